/**
 * Labels of French parliamentary records, which end with a full stop and are followed by the speech on the same
 * line: `Mme Mathilde Panot. Monsieur le Premier ministre…`, `M. Gabriel Attal, Premier ministre. Madame…`,
 * `M. le président. La séance est ouverte.` The words come from the conventions table (FRENCH_RECORD_LABELS);
 * the grammar's `french-record-label` rule is built from the same rows.
 */
import { FRENCH_RECORD_LABELS, NAME_PARTICLES } from '../conventions';
import type { LabelMatch } from './labels';
import { wordAlternatives } from '../wordsPattern';

const ADDRESS = `(?:${wordAlternatives(FRENCH_RECORD_LABELS.addresses)})`;
/** A capitalised word of a name: `Panot`, `Jean-Luc`, `L’Hôte`. */
const NAME_WORD = `\\p{Lu}[\\p{L}'’\\-]{0,30}`;
const NAME = `${NAME_WORD}(?: (?:${NAME_WORD}|${wordAlternatives(NAME_PARTICLES)})){0,4}`;
/** `le président`, `la ministre déléguée chargée de l'industrie`, `le Premier ministre`. */
const OFFICES = FRENCH_RECORD_LABELS.offices.flatMap(office => [office, office.charAt(0).toUpperCase() + office.slice(1)]);
const OFFICE = `(?:le|la|l[’']) ?(?:${wordAlternatives(OFFICES)})(?: (?:${wordAlternatives(FRENCH_RECORD_LABELS.complements)})[^.\\n]{0,80}?)?`;
/** The full stop ends the label when speech in a capital (or a quotation mark) follows, or nothing does. */
const LABEL_RE = new RegExp(`^[ \\t]*(${ADDRESS} (?:${OFFICE}|${NAME}))(?:, ([^.\\n]{1,80}?))?\\.(?= [\\p{Lu}«"“]|[ \\t]*$)`, 'u');

export function matchFrenchRecordLabel(line: string): LabelMatch | null {
  const m = LABEL_RE.exec(line);
  if (!m) return null;
  const start = m[0].length - m[0].trimStart().length;
  const name = m[1];
  const qualifier = m[2] ?? null;
  const end = m[0].length;
  let textStart = end;
  while (textStart < line.length && (line[textStart] === ' ' || line[textStart] === '\t')) textStart++;
  return {
    kind: 'speaker', label: qualifier ? `${name}, ${qualifier}` : name, name, qualifier, start, end,
    textStart: textStart < line.length ? textStart : -1, time: null,
  };
}
