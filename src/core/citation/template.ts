/**
 * Custom citation templates: `{field}` names a citation field and is replaced by its value.
 * Filling is plain string substitution in one pass, never evaluation: values are not scanned
 * again, `{name}` that is not a citation field stays as written (`{constructor}` too), `{{` and
 * `}}` write single braces. Where a field is missing, the separator or bracket that only served
 * it goes too, so `({question}, {lines})` without a question reads `(40-42)`.
 */
import { CITATION_FIELDS, type CitationContext, type CitationField } from './context';

const FIELDS: ReadonlySet<string> = new Set<string>(CITATION_FIELDS);
/** Stands for a missing field until the clean-up; a private-use character no value keeps. */
const GAP = '\uE000';
const TOKEN = /\{\{|\}\}|\{([A-Za-z_$][\w$]*)\}/g;

export const DEFAULT_TEMPLATE = '"{quote}" — {speaker}, {title}, {date} ({question}, {page}, {time}, lines {lines})';

export function fillTemplate(template: string, context: CitationContext): string {
  const filled = template.replace(TOKEN, (token: string, name: string | undefined, offset: number) => {
    if (token === '{{') return '{';
    if (token === '}}') return '}';
    if (name === undefined || !FIELDS.has(name)) return token;
    const value = context[name as CitationField];
    if (!value) return GAP;
    // `lines {lines}` for one line reads `line 58`: the template's word follows the value's number.
    const clean = value.replace(/\uE000/g, '');
    return name === 'lines' && !clean.includes('-') && /\blines\s*$/.test(template.slice(0, offset)) ? SINGULAR + clean : clean;
  });
  return (filled.includes(GAP) ? closeGaps(filled) : filled).replace(SINGULAR_WORD, 'line$1');
}

/** Marks a `lines` value of one line, so that the word before it loses its `s`. */
const SINGULAR = '\uE001';
const SINGULAR_WORD = /lines(\s*)\uE001/g;

const SEPARATOR = '[,;:·|]';
const DASH = '[—–]';

/** Removes each missing field with the punctuation that belonged to it. */
function closeGaps(text: string): string {
  const lines = text.split('\n');
  const result: string[] = [];
  for (const line of lines) {
    if (!line.includes(GAP)) {
      result.push(line);
      continue;
    }
    const closed = closeLineGaps(line);
    if (closed.trim() !== '') result.push(closed);
  }
  return result.join('\n');
}

function closeLineGaps(line: string): string {
  let text = line;
  let previous: string;
  do {
    previous = text;
    text = text
      // A gap in quotation marks: `"{quote}"` with no quote.
      .replace(new RegExp(`["“'‘]${GAP}["”'’]`, 'g'), GAP)
      // A word that labels the gap: `lines {lines}`, `p. {page}`.
      .replace(new RegExp(`\\b(?:lines?|para\\.?|p\\.|pp\\.|at)\\s*${GAP}`, 'gi'), GAP)
      // Brackets holding nothing but gaps and separators.
      .replace(new RegExp(`[(\\[](?:[\\s,;:·|—–-]|${GAP})*${GAP}(?:[\\s,;:·|—–-]|${GAP})*[)\\]]`, 'g'), GAP)
      // The separator before a gap goes with it (`Speaker, {title}`)...
      .replace(new RegExp(`\\s*${SEPARATOR}\\s*${GAP}`, 'g'), GAP)
      // ...or the one after it when nothing comes before (`({question}, ...`, `— {speaker}, ...`).
      .replace(new RegExp(`(^|[(\\[“‘]|${DASH}\\s*)${GAP}\\s*${SEPARATOR}\\s*`, 'g'), `$1${GAP}`)
      // A dash that introduced only the gap (`"quote" — {speaker}` at the end or before brackets).
      .replace(new RegExp(`\\s*${DASH}\\s*${GAP}(?=\\s*(?:$|[(\\[)\\]]))`, 'g'), GAP)
      .replace(new RegExp(`^${GAP}\\s*${DASH}\\s*`, 'g'), GAP)
      .replace(new RegExp(`${GAP}(?:\\s*${GAP})+`, 'g'), GAP);
  } while (text !== previous);
  // A gap between two words leaves one space; next to punctuation or a line end, none.
  text = text.replace(new RegExp(`\\s*${GAP}\\s*`, 'g'), (gap: string, offset: number, whole: string) => {
    const before = whole.charAt(offset - 1);
    const after = whole.charAt(offset + gap.length);
    const spaced = /\s/.test(gap);
    return spaced && before !== '' && !/[\s(\[“‘]/.test(before) && after !== '' && !/[)\].,;:!?”’]/.test(after) ? ' ' : '';
  });
  return text.replace(/\s+$/, '').replace(/^\s+/, (indent) => (/^\s/.test(line) ? indent : ''));
}
