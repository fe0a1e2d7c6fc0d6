/**
 * Labels opened by a mark (the conventions table's MARKED_LABELS): `○議長（額賀福志郎君）　これより…`. The speaker runs
 * from the mark to the separator (an ideographic space) or the end of the line; an office's holder in full-width
 * parentheses is the qualifier; the honorific after a name (`君`) is not part of the name. The grammar's
 * `marked-label` rule is built from the same rows.
 */
import { MARKED_LABELS } from '../conventions';
import type { LabelMatch } from './labels';

/** Longest speaker between the mark and the separator: an office and a name, not a sentence. */
const MAX_SPEAKER = 40;

const ROWS = new Map(MARKED_LABELS.map(row => [row.mark.charCodeAt(0), row]));

/** Whether a line's first character (at `first`) can open a marked label: one map lookup per line. */
export function opensMarkedLabel(code: number): boolean {
  return ROWS.has(code);
}

export function matchMarkedLabel(line: string, first: number): LabelMatch | null {
  const row = ROWS.get(line.charCodeAt(first));
  if (!row) return null;
  const from = first + row.mark.length;
  let end = line.indexOf(row.separator, from);
  if (end < 0) end = line.trimEnd().length;
  const label = line.slice(from, end);
  if (label.length === 0 || label.length > MAX_SPEAKER || /[\s。、！？]/u.test(label)) return null;
  const open = label.indexOf('（');
  const withoutHonorific = (text: string) => (text.endsWith(row.honorific) && text.length > row.honorific.length ? text.slice(0, -row.honorific.length) : text);
  const name = withoutHonorific(open > 0 && label.endsWith('）') ? label.slice(0, open) : label);
  const qualifier = open > 0 && label.endsWith('）') ? withoutHonorific(label.slice(open + 1, -1)) : null;
  let textStart = end;
  while (textStart < line.length && (line[textStart] === row.separator || line[textStart] === ' ')) textStart++;
  return {
    kind: 'speaker', label, name, qualifier, start: first, end, textStart: textStart < line.length ? textStart : -1, time: null,
  };
}
