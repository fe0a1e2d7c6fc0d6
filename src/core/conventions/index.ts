/**
 * The conventions table (./table.ts) as the parser looks it up: by a label's words, in constant time.
 * The lookups are built once when the module loads and never change.
 */
import {
  DASH_LABELS, DOCUMENTATION_LABELS, EXAMINATION_HEADINGS, FRENCH_RECORD_LABELS, FRONT_MATTER_PEOPLE, MARKED_LABELS, HONORIFICS, MARKER_LETTERS, MARKER_WORDS, NAME_PARTICLES, NOT_SPEAKER_KEYS, PART_WORDS, QUOTE_INTRODUCERS,
  ROSTER_HEADINGS, SALUTATIONS, STAGE_DIRECTION_WORDS, type KeyRow,
} from './table';

export {
  DASH_LABELS, DOCUMENTATION_LABELS, EXAMINATION_HEADINGS, FRENCH_RECORD_LABELS, FRONT_MATTER_PEOPLE, MARKED_LABELS, HONORIFICS, MARKER_LETTERS, MARKER_WORDS, NAME_PARTICLES, NOT_SPEAKER_KEYS, PART_WORDS, QUOTE_INTRODUCERS,
  ROSTER_HEADINGS, SALUTATIONS, STAGE_DIRECTION_WORDS,
};
export type { KeyRow, MarkerLetterRow, MarkerWordRow, RosterRow } from './table';

export type MarkerKind = 'question' | 'answer';
export type MetadataField = NonNullable<KeyRow['field']>;

/** Most words a label may have when a marker word opens it (`Question from the audience`). */
const MAX_MARKER_LABEL_WORDS = 6;
/** Longest label that a suffix marker ends (`法新社记者`). */
const MAX_SUFFIX_LABEL_LENGTH = 12;

/** The marker words as written and in capitals. */
const markerWords = new Map<string, MarkerKind>(
  MARKER_WORDS.flatMap(row => [[row.word, row.kind], [row.word.toUpperCase(), row.kind]] as [string, MarkerKind][]),
);
const prefixWords = MARKER_WORDS.filter(row => row.extends === 'prefix')
  .flatMap(row => [[row.word + ' ', row.kind], [row.word.toUpperCase() + ' ', row.kind]] as [string, MarkerKind][]);
const suffixWords = MARKER_WORDS.filter(row => row.extends === 'suffix').map(row => [row.word, row.kind] as [string, MarkerKind]);
const markerLetters = new Map(MARKER_LETTERS.map(row => [row.letter, row]));

/** First characters of the marker words, and last characters of the suffix words: most labels are settled by them. */
const markerFirstCodes = new Set([...markerWords.keys()].map(word => word.charCodeAt(0)));
const suffixLastCodes = new Set(suffixWords.map(([word]) => word.charCodeAt(word.length - 1)));

/** `Question`, `PREGUNTA`, `Question from the audience`, `法新社记者` → question; `Answer`, `答` → answer. */
export function markerKind(label: string): MarkerKind | null {
  // Every label is asked, so the lookups below are skipped when the first or last character rules them out.
  const opensAsMarker = markerFirstCodes.has(label.charCodeAt(0));
  if (opensAsMarker) {
    const exact = markerWords.get(label);
    if (exact) return exact;
  }
  if (label.length > 1 && label.length <= MAX_SUFFIX_LABEL_LENGTH && suffixLastCodes.has(label.charCodeAt(label.length - 1))) {
    for (const [word, kind] of suffixWords) if (label.endsWith(word)) return kind;
  }
  if (!opensAsMarker) return null;
  if (label.indexOf(' ') < 0) return null;
  for (const [prefix, kind] of prefixWords) {
    if (label.startsWith(prefix) && label.split(' ').length <= MAX_MARKER_LABEL_WORDS) return kind;
  }
  return null;
}

/** The row of a one-letter marker (`Q`, `A`, `P`, `R`), or undefined. */
export function markerLetter(letter: string): { kind: MarkerKind; punctuation: 'any' | 'stop' } | undefined {
  return markerLetters.get(letter);
}

/** Keys compared as the metadata reader writes them: lower case, spaces and hyphens as `_`. */
export function metadataKeyOf(key: string): string {
  return key.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

const notSpeakers = new Set([
  ...NOT_SPEAKER_KEYS.filter(row => row.role !== 'field').map(row => row.word),
  ...ROSTER_HEADINGS.map(row => row.word),
]);
const partWords = new Set(PART_WORDS);
const particles = new Set(NAME_PARTICLES);
const headerFields = new Map<string, MetadataField | null>([
  ...NOT_SPEAKER_KEYS.filter(row => row.role !== 'document').map(row => [metadataKeyOf(row.word), row.field ?? null] as const),
  ...ROSTER_HEADINGS.map(row => [metadataKeyOf(row.word), null] as const),
]);
const rosterHeadings = new Set(ROSTER_HEADINGS.map(row => row.word));

const examinationWords = (headings: readonly string[]) => headings.map(h => h.replace(/-/g, '\\-').replace(/ /g, '\\s+')).join('|');
/** `cross-examination by ms. park` (in lower case): an examination heading, with its examiner or not. */
const EXAMINATION_LABEL = new RegExp(`^(?:further\\s+)?(?:${examinationWords(EXAMINATION_HEADINGS)})(?:\\s+by\\b.*)?$`);
/** The heading as written alone on its line: capitals, the examiner's name after `BY`, a colon or none. */
const EXAMINATION_LINE = new RegExp(
  `^\\s*(?:FURTHER\\s+)?(?:${examinationWords(EXAMINATION_HEADINGS.map(h => h.toUpperCase()))})(?:\\s+BY\\s+[A-Z][A-Z'’ -]*(?:\\.\\s?[A-Z][A-Z'’ -]*)*:?)?\\s*$`);

/**
 * A label's whole text, in lower case, that is metadata, a document part, a roster heading or an examination
 * heading: never a speaker.
 */
export function isNotSpeaker(lowerLabel: string): boolean {
  return notSpeakers.has(lowerLabel) || (lowerLabel.includes('examination') && EXAMINATION_LABEL.test(lowerLabel));
}

/**
 * Counsel's questioning of a witness, in capitals alone on its line: `EXAMINATION`, `CROSS-EXAMINATION BY MS. PARK:`,
 * `FURTHER REDIRECT EXAMINATION`. Not an index line (`EXAMINATION BY MR. ROSS ... 4`).
 */
export function isExaminationHeading(text: string): boolean {
  return text.length <= 80 && EXAMINATION_LINE.test(text);
}

/** `part`, `chapter`, `punto`: the first word of a document part's heading (`Part II:`). */
export function isPartWord(lowerWord: string): boolean {
  return partWords.has(lowerWord);
}

/** `von`, `de`, `of`: a lower-case word allowed inside a name or role. */
export function isNameParticle(lowerWord: string): boolean {
  return particles.has(lowerWord);
}

/** A roster heading (`SPEAKERS`, `Teilnehmer`), compared in lower case without its colon. */
export function isRosterHeading(lowerWord: string): boolean {
  return rosterHeadings.has(lowerWord);
}

/**
 * A header field the metadata reader knows (key as from metadataKeyOf): undefined when unknown, null when known
 * but not part of a citation, else the citation field it fills.
 */
export function headerField(key: string): MetadataField | null | undefined {
  return headerFields.get(key);
}

const stageDirections = new Set(STAGE_DIRECTION_WORDS.map(row => row.word));

/** `laughter`, `beifall`: a word that is a stage direction on its own, in lower case. */
export function isStageDirectionWord(lowerWord: string): boolean {
  return stageDirections.has(lowerWord);
}

const salutations = new Set(SALUTATIONS.map(row => row.word));

/** `dear`, `estimado`: the first word of a letter's salutation, in lower case. */
export function isSalutation(lowerWord: string): boolean {
  return salutations.has(lowerWord);
}

const quoteIntroducers = QUOTE_INTRODUCERS.map(row => row.ending);

/** `他接着说`: text that ends as a sentence introducing a quotation does, not as a name. */
export function endsAsQuoteIntroducer(label: string): boolean {
  return quoteIntroducers.some(ending => label.endsWith(ending));
}

const documentationLabels = new Set(DOCUMENTATION_LABELS);

/** `usage`, `returns`: a label of reference documentation, in lower case. */
export function isDocumentationLabel(lowerLabel: string): boolean {
  return documentationLabels.has(lowerLabel);
}
