/**
 * Recognises speaker labels at the start of a line: `Name:`, `Name (qualifier):`, `Question:`, `Q.`,
 * `MS. PSAKI:`, `主持人：`, a label alone on its line, `Speaker 1: 00:01:17`, `Name 00:12:34`.
 * Everything here is bounded (no unbounded backtracking) because it runs on every line.
 */
import { DASH_LABELS, endsAsQuoteIntroducer, HONORIFICS, isNameParticle, MARKER_LETTERS, NAME_PARTICLES, isNotSpeaker, isPartWord, isSalutation, markerKind, markerLetter } from '../conventions';
import { isTimestamp, normaliseTimestamp } from './timestamps';
import { matchFrenchRecordLabel } from './frenchRecordLabel';
import { matchMarkedLabel, opensMarkedLabel } from './markedLabel';

export type LabelKind = 'speaker' | 'question' | 'answer';

export interface LabelMatch {
  kind: LabelKind;
  /** The label as written, without colon and markup (`Question (to both ministers)`). */
  label: string;
  /** Speaker name without qualifier or role. */
  name: string;
  qualifier: string | null;
  /** Character where the label starts, and where it ends (after its colon). */
  start: number;
  end: number;
  /** Where the spoken text starts on the line, or -1 when the label stands alone. */
  textStart: number;
  /** A timestamp written with the label (`[00:12:34] Name:`, `Speaker 1: 00:01:17`). */
  time: string | null;
}

const SPACE = '[ \\t\\u00a0\\u2000-\\u200b\\u202f\\u3000]';
const NAME_CHARS = '[^\\s:：(（)）\\[\\]<>*#|`{}=~"“”_\\\\/]';
// A speaker the transcriber could not name, in capitals and parentheses: `(UNKNOWN)`, `(UNIDENTIFIED MALE)`.
const PLACEHOLDER = '\\(\\p{Lu}[\\p{Lu} ]{1,24}\\)';
// [time] prefix, then a name of at most 80 characters (words apart by one or two spaces: `MS.  PSAKI`), up to two
// (qualifiers) (`Mr. Nebenzia (Russian Federation) (spoke in Russian):`), and a colon followed by space or the end.
// A line may open with `>>` (television captions), a dash, or `[*]` (a speaker the transcriber marked as uncertain).
const LABEL_RE = new RegExp(
  `^${SPACE}*(?:(?:>>|-|\\[\\*\\])${SPACE}*)?(?:\\[(\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?)\\]${SPACE}*)?` +
  `(${NAME_CHARS}(?:${NAME_CHARS}|${SPACE}${SPACE}?(?!${SPACE})){0,79}|${PLACEHOLDER})${SPACE}*` +
  `(?:[(（]([^)）\\n]{1,120})[)）]${SPACE}*(?:[(（]([^)）\\n]{1,120})[)）]${SPACE}*)?)?(?:(:)(?=\\s|$)|(：))`,
  'u',
);
// One-letter markers (the conventions table): `Q`, `Q.`, `Q:`, `A`, `A.`, `A:`, Spanish `P.` and `R.`.
const QA_RE = new RegExp(`^(${SPACE}*)(\\p{Lu})([.:]?)(${SPACE}+|$)`, 'u');
// A name followed by a timestamp alone on the line: `Jane Doe  00:12:34`, `Jane Doe (00:12:34)`.
const NAME_TIME_RE = new RegExp(
  `^${SPACE}*(${NAME_CHARS}(?:${NAME_CHARS}|${SPACE}(?!${SPACE})){0,59})${SPACE}+[([]?(\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?)[)\\]]?${SPACE}*$`,
  'u',
);

const MAX_NAME_WORDS = 7;
const MAX_NAME_LENGTH = 60;

/**
 * Labels seen in this document, by the text up to their colon: a transcript repeats a few labels thousands of
 * times (`Question:`, `Sergey Lavrov:`), and a hit skips the label expressions. One per parse.
 */
export type LabelMemo = Map<string, LabelMatch>;
const MAX_MEMO = 4096;

/** Tests one line for a label. Returns null for ordinary text. */
export function matchLabel(line: string, memo?: LabelMemo): LabelMatch | null {
  const first = firstNonSpace(line);
  if (first < 0) return null;
  const c = line.charCodeAt(first);
  // Fast rejects: ordinary prose starts with a lowercase ASCII letter; digits start times and line numbers.
  if (c >= 97 && c <= 122) return null;
  if (c >= 48 && c <= 57) return null;
  if (c > 127 && opensMarkedLabel(c)) return matchMarkedLabel(line, first);
  if (MARKER_LETTER_CODES.has(c) && first + 1 < line.length && !isLetterCode(line.charCodeAt(first + 1))) {
    const qa = matchQuestionAnswer(line);
    if (qa) return qa;
  }
  if (startsLikeProse(line, first)) return null;
  if (RECORD_FIRST_LETTERS.has(c) && mayOpenWithHonorific(line, first)) {
    const record = matchRecordLabel(line) ?? (c === 77 /* M */ ? matchFrenchRecordLabel(line) : null);
    if (record) return record;
  }
  // Every other label but a Hansard name line has a colon near the start (a timestamp has one too):
  // two native scans are far cheaper than running the label expressions on every line of prose.
  const colon = colonNearStart(line);
  if (colon < 0) return matchDashLabel(line, first) ?? (line.length <= MAX_NAME_LINE ? matchNameLine(line) : null);
  const oneWord = matchOneWordLabel(line, first, colon);
  if (oneWord !== undefined) return oneWord;
  // What LABEL_RE finds depends only on the text up to the first colon and whether a space follows it
  // (unless a `[00:12:34]` prefix holds that colon): such labels are remembered by that text.
  let key = memo ? line.slice(0, colon + 1) : null;
  if (key !== null && key.includes('[')) key = null;
  const remembered = key !== null ? memo!.get(key) : undefined;
  if (remembered && (line.charCodeAt(colon) === 0xff1a || colon + 1 >= line.length || isSpace(line.charCodeAt(colon + 1)) || line.charCodeAt(colon + 1) === 10)) {
    return completeLabel(line, remembered.kind, remembered.label, remembered.name, remembered.qualifier, remembered.start, remembered.end, null);
  }
  const m = LABEL_RE.exec(line);
  if (m) {
    const match = labelFromMatch(line, m);
    if (match && key !== null && match.end === colon + 1 && memo!.size < MAX_MEMO) {
      // Remember the label itself; an interpreter's note after the colon belongs to this line only.
      memo!.set(key, m[3] ? match : { ...match, qualifier: null });
    }
    return match ?? matchDashLabel(line, first);
  }
  return matchDashLabel(line, first) ?? matchNameWithTime(line);
}

/**
 * `Lavrov: text`, `HOLT:`: a single word of letters right before the colon, the commonest label, read without the
 * label expressions or the memo (a transcript of 200,000 such lines must stay cheap). Returns undefined for any
 * other shape, which the expressions read; what it returns is what they would.
 */
function matchOneWordLabel(line: string, first: number, colon: number): LabelMatch | null | undefined {
  if (colon === first || colon - first > MAX_NAME_LENGTH) return undefined;
  for (let i = 0; i < first; i++) if (!isSpace(line.charCodeAt(i))) return undefined;
  for (let i = first; i < colon; i++) if (!isWordLetter(line.charCodeAt(i))) return undefined;
  if (line.charCodeAt(colon) === 58 /* : */ && colon + 1 < line.length && !/\s/.test(line[colon + 1])) return undefined;
  const word = line.slice(first, colon);
  const kind = questionKind(word);
  if (!kind && !isPlausibleWord(word)) return null;
  return completeLabel(line, kind ?? 'speaker', word, word, null, first, colon + 1, null);
}

/** isPlausibleName for one word of Latin letters, without its general checks (it has no space, digit or URL). */
function isPlausibleWord(word: string): boolean {
  const c = word.charCodeAt(0);
  // A capital is needed: ASCII, or from Latin-1 and Latin Extended (`Émile`, `Łukasz`).
  if (!(c >= 65 && c <= 90) && !(c >= 0xc0 && /\p{Lu}/u.test(word[0]))) return false;
  const lower = word.toLowerCase();
  return !isNotSpeaker(lower) && !isPartWord(lower) && lower !== 'http' && lower !== 'https';
}

/** A letter of the Latin alphabets (ASCII, Latin-1 and Latin Extended-A and B, without × and ÷). */
function isWordLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** `Mr. `, `The `: a first word short enough to be an honorific, then a space; else no Record label can start here. */
function mayOpenWithHonorific(line: string, first: number): boolean {
  for (let i = first + 1; i < line.length && i <= first + MAX_HONORIFIC; i++) {
    if (line.charCodeAt(i) === 32) return true;
  }
  return false;
}

/** The one-letter markers' character codes (`Q`, `A`, `P`, `R`), tested before anything else on a line. */
const MARKER_LETTER_CODES = new Set(MARKER_LETTERS.map(row => row.letter.charCodeAt(0)));

const MAX_HONORIFIC = Math.max(...HONORIFICS.map(h => h.length)) + 1;

/**
 * `We had very constructive talks`: a second word in lower case that is no particle means the line cannot hold a
 * name of several words, and the first word has no colon. Most lines of speech stop here, with no allocation.
 */
function startsLikeProse(line: string, first: number): boolean {
  const limit = Math.min(line.length, first + 40);
  let i = first;
  for (; i < limit; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) break;
    // A colon, parenthesis or wide space inside the first word: it may be a label.
    if (c === 58 || c === 0xff1a || c === 40 || c === 0xff08 || c === 9 || c === 0xa0 || c === 0x3000) return false;
  }
  if (i >= limit) return false;
  if (line.startsWith('Question', first) || line.startsWith('QUESTION', first)) return false;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  const c = line.charCodeAt(i);
  if (c < 97 || c > 122) return false;
  // Particles are short: a longer lowercase word settles it without looking the word up.
  let j = i + 1;
  while (j < line.length && j - i <= MAX_PARTICLE && isLowerLetter(line.charCodeAt(j))) j++;
  if (j - i > MAX_PARTICLE) return true;
  return !isNameParticle(line.slice(i, j));
}

/** A lower-case letter: ASCII without a lookup, others (`ñ` in `señora`, `à`) by their Unicode category. */
function isLowerLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0x80 && /\p{Ll}/u.test(String.fromCharCode(c)));
}

/** The longest particle: a longer lower-case second word settles that a line is prose. */
const MAX_PARTICLE = Math.max(...NAME_PARTICLES.map(word => word.length));

const COLON_WINDOW = 240;
const MAX_NAME_LINE = 140;

/** The first colon (or full-width colon) within the label window, or -1. */
function colonNearStart(line: string): number {
  // indexOf is native and vectorised: far cheaper than a bounded loop or lastIndexOf here.
  const colon = line.indexOf(':');
  const wide = line.indexOf('：');
  const first = colon < 0 ? wide : wide < 0 ? colon : Math.min(colon, wide);
  return first <= COLON_WINDOW ? first : -1;
}

// Hansard: `Mr John Smith (Northshire) (Lab)` or `The Prime Minister (Jane Doe)` alone on its line, speech below.
const NAME_LINE_RE = new RegExp(`^[ \\t]*((?:${HONORIFICS.join('|')}|The)\\.? [^:()\\n]{1,60}?)[ \\t]*((?:\\([^()\\n]{1,80}\\)[ \\t]*){0,3})$`);

function matchNameLine(line: string): LabelMatch | null {
  const m = NAME_LINE_RE.exec(line);
  if (!m) return null;
  const name = m[1].trim();
  const qualifiers = [...m[2].matchAll(/\(([^()]+)\)/g)].map(q => q[1].trim());
  // `The ...` alone could be a wrapped line of prose; it needs a qualifier to count as a name line.
  if (!isPlausibleName(name) || name.endsWith('.')) return null;
  // Without a qualifier, `The ...` or a single name after the honorific could be a wrapped line of prose.
  if (qualifiers.length === 0 && (name.startsWith('The ') || name.split(' ').length < 3)) return null;
  const start = line.indexOf(m[1]);
  const qualifier = qualifiers.length ? qualifiers.join('; ') : null;
  return {
    kind: 'speaker', label: line.trim(), name, qualifier, start, end: line.trimEnd().length, textStart: -1, time: null,
  };
}

/**
 * The US Congressional Record ends a label with a full stop: `Mr. HOLLAND. Mr. President, I rise`, `Ms. PARK of Ohio.`,
 * `The PRESIDING OFFICER (Ms. Reyes).`, `The SPEAKER pro tempore.`: an honorific and a surname in capitals (or `The`
 * and an office in capitals). `Mr. HOLLAND addressed the Chair.` has no full stop after the capitals: prose.
 */
const RECORD_RE = new RegExp(
  `^${SPACE}*((?:${HONORIFICS.join('|')})\\.? \\p{Lu}{2,30}(?:[-'’ ]\\p{Lu}{2,30}){0,3}(?: of \\p{Lu}\\p{Ll}{1,20}(?: \\p{Lu}\\p{Ll}{1,20})?)?` +
  `|The \\p{Lu}{2,30}(?: \\p{Lu}{2,30}){0,3}(?: pro tempore)?)(?: \\(([^()]{1,60})\\))?\\.(?=${SPACE}|$)`,
  'u',
);
const RECORD_FIRST_LETTERS = new Set([...HONORIFICS, 'The'].map(word => word.charCodeAt(0)));

function matchRecordLabel(line: string): LabelMatch | null {
  const m = RECORD_RE.exec(line);
  if (!m) return null;
  const start = m[0].length - m[0].trimStart().length;
  const name = m[1];
  const qualifier = m[2] ? collapseSpaces(m[2]) : null;
  const label = qualifier ? `${name} (${qualifier})` : name;
  return completeLabel(line, 'speaker', label, name, qualifier, start, m[0].length, null);
}

const CHAIRS: ReadonlySet<string> = new Set(DASH_LABELS.chairs);

/** Longest label a dash ending closes: a name and a role, not a sentence. */
const MAX_DASH_LABEL = 160;

/**
 * A label closed by a full stop and a dash (DASH_LABELS): `President. – The next item…`,
 * `Ursula von der Leyen, President of the Commission. – Madam President…`. The name before a comma must be a name.
 */
function matchDashLabel(line: string, first: number): LabelMatch | null {
  for (const ending of DASH_LABELS.endings) {
    const at = line.indexOf(ending, first);
    if (at <= first || at - first > MAX_DASH_LABEL) continue;
    const label = line.slice(first, at);
    const comma = label.indexOf(',');
    let name = (comma > 0 ? label.slice(0, comma) : label).trim();
    let role = comma > 0 ? collapseSpaces(label.slice(comma + 1)) : null;
    // `Radosław Sikorski (PPE)`: the political group in parentheses.
    const group = /^(.+?) \(([^()]{1,60})\)$/.exec(name);
    if (group) {
      name = group[1];
      role = role ? `${group[2]}; ${role}` : group[2];
    }
    if (!isPlausibleName(name) || (role !== null && (role === '' || role.includes('.')))) return null;
    // One word alone (`Yes. – I agree`) is a name only when it is the chair (`President. –`, `Präsidentin. –`).
    if (role === null && !name.includes(' ') && !CHAIRS.has(name)) return null;
    const end = at + ending.length - 1;
    return { kind: 'speaker', label, name, qualifier: role, start: first, end, textStart: firstNonSpaceFrom(line, end), time: null };
  }
  return null;
}

function labelFromMatch(line: string, m: RegExpExecArray): LabelMatch | null {
  const start = m.index + m[0].indexOf(m[2]);
  const afterName = start + m[2].length;
  // `Sign(sk, m):` is code, `Petitioners         :` a court caption: a label's parts sit close together.
  if (m[3] && line.charCodeAt(afterName) === 40 /* ( */ && !isSpace(line.charCodeAt(afterName - 1))) return null;
  if (!m[3]) {
    let gap = isSpace(line.charCodeAt(afterName - 1)) ? 1 : 0;
    for (let i = afterName; i < line.length && isSpace(line.charCodeAt(i)); i++) gap++;
    if (gap >= 3) return null;
  }
  const rawName = collapseSpaces(m[2]);
  if (rawName.charCodeAt(0) === 40 /* ( */) {
    // `(UNKNOWN):` is the speaker UNKNOWN, labelled as written.
    return completeLabel(line, 'speaker', rawName, rawName.slice(1, -1).trim(), m[3] ? collapseSpaces(m[3]) : null, start, m.index + m[0].length, m[1] ? normaliseTimestamp(m[1]) : null);
  }
  // `Question time:` opens like a marker and is a part of a debate: the table's keys come first.
  const kind = isNotSpeaker(rawName.toLowerCase()) ? null : questionKind(rawName);
  if (!kind && !isPlausibleName(rawName)) return null;
  // Two qualifiers (a delegation, then how the speech was given) are kept as one, as a Hansard name line's are.
  const qualifier = m[3] ? collapseSpaces(m[4] ? `${m[3]}; ${m[4]}` : m[3]) : null;
  const end = m.index + m[0].length;
  const name = kind === 'question' || kind === 'answer' ? rawName : stripRole(rawName);
  const label = qualifier ? collapseSpaces(line.slice(start, end - 1)) : rawName;
  return completeLabel(line, kind ?? 'speaker', label, name, qualifier, start, end, m[1] ? normaliseTimestamp(m[1]) : null);
}

/** What follows a label's colon: its text, a time standing alone (`Speaker 1: 00:01:17`), an interpreter's note. */
function completeLabel(line: string, kind: LabelKind, label: string, name: string, qualifier: string | null, start: number, end: number, prefixTime: string | null): LabelMatch {
  let textStart = firstNonSpaceFrom(line, end);
  let time = prefixTime;
  if (textStart >= 0 && line.length - textStart <= 16) {
    const rest = line.slice(textStart).trim();
    if (isTimestamp(rest)) {
      time = time ?? normaliseTimestamp(rest);
      textStart = -1;
    }
  }
  // `CHANCELLOR MERKEL: (As interpreted.)`: an interpreter's note after the colon qualifies the label.
  let postQualifier: string | null = null;
  const opening = textStart >= 0 ? line.charCodeAt(textStart) : 0;
  if (!qualifier && (opening === 40 || opening === 0xff08)) {
    const note = /^[(（]([^)）]{0,60}(?:interpret|translat)[^)）]{0,60})[)）][\s\u00a0]*/i.exec(line.slice(textStart));
    if (note) {
      postQualifier = note[1].trim();
      textStart = firstNonSpaceFrom(line, textStart + note[0].length);
    }
  }
  return { kind, label, name, qualifier: qualifier ?? postQualifier, start, end, textStart, time };
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0x202f || (c >= 0x2000 && c <= 0x200b);
}

/** Runs of white space as one space, trimmed; the string itself when it has none to fold. */
function collapseSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) && (c !== 32 || i === 0 || i === text.length - 1 || isSpace(text.charCodeAt(i + 1)))) {
      return text.replace(/[\s\u00a0]+/g, ' ').trim();
    }
  }
  return text;
}

function matchQuestionAnswer(line: string): LabelMatch | null {
  const m = QA_RE.exec(line);
  if (!m) return null;
  const [, lead, letter, punct, space] = m;
  const row = markerLetter(letter);
  if (!row) return null;
  const start = lead.length;
  const end = start + 1 + punct.length;
  // `P:` is a research interview's Participant, not Spanish `P.` (Pregunta).
  if (row.punctuation === 'stop' && punct !== '.') return null;
  if (!punct) {
    // Bare `Q` needs a wide gap (or a no-break space / tab) or a capital after it; bare `A` needs the gap:
    // "A Missouri mayor said" is prose.
    const wide = space.length >= 2 || /[\t\u00a0]/.test(space);
    const capitalNext = /^\p{Lu}/u.test(line.slice(end + space.length));
    if (!wide && !(letter === 'Q' && capitalNext && space.length === 1)) return null;
    if (!space) return null;
  } else if (punct === '.' && !space) {
    return null;
  }
  const textStart = firstNonSpaceFrom(line, end);
  return {
    kind: row.kind, label: letter + punct.replace(':', ''), name: letter,
    qualifier: null, start, end, textStart, time: null,
  };
}

function matchNameWithTime(line: string): LabelMatch | null {
  if (line.length > 100) return null;
  const m = NAME_TIME_RE.exec(line);
  if (!m) return null;
  const name = m[1].trim();
  if (!isPlausibleName(name) || questionKind(name)) return null;
  const start = line.indexOf(m[1]);
  return {
    kind: 'speaker', label: name, name: stripRole(name), qualifier: null, start, end: start + m[1].length,
    textStart: -1, time: normaliseTimestamp(m[2]),
  };
}

/**
 * `Question`, `PREGUNTA`, `Question from the audience`, `记者`, `Q` → question; `Answer`, `答`, `A` → answer
 * (the conventions table's marker words and letters).
 */
function questionKind(name: string): LabelKind | null {
  const row = name.length === 1 ? markerLetter(name) : undefined;
  if (row) return row.punctuation === 'any' ? row.kind : null;
  return markerKind(name);
}

/** A name or role, not a sentence: capitalised words (or words of an uncased script), short. */
export function isPlausibleName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) return false;
  if (!/^\p{L}/u.test(name)) return false;
  const lower = name.toLowerCase();
  if (isNotSpeaker(lower)) return false;
  const words = name.split(' ');
  if (words.length > MAX_NAME_WORDS) return false;
  const firstWord = words[0].toLowerCase();
  if (words.length <= 3 && isPartWord(firstWord)) return false;
  // `Dear Chairman Holt:`, a letter read out; `他接着说：`, a sentence introducing a quotation.
  if (words.length > 1 && isSalutation(firstWord)) return false;
  if (/^https?$|^www\./i.test(name)) return false;
  let uncased = 0;
  for (let i = 0; i < words.length; i++) {
    // Most names are in Latin capitals: settle those words without building strings.
    const c = words[i].charCodeAt(0);
    if (c >= 65 && c <= 90) continue;
    const word = words[i].replace(/^[,'"‘’“”.(-]+|[,.)]+$/g, '');
    if (word === '' || word === '&' || word === '–' || word === '-') continue;
    const ch = word.charAt(0);
    if (/\p{Lu}/u.test(ch)) continue;
    if (/\p{Lo}/u.test(ch)) { uncased += word.length; continue; }
    if (i > 0 && /^\d{1,3}$/.test(word)) continue; // Speaker 1
    if (i > 0 && isNameParticle(word.toLowerCase())) continue;
    return false;
  }
  // A run of characters from an uncased script is a name only when short (主持人, 李明).
  return uncased <= 16 && (uncased === 0 || !endsAsQuoteIntroducer(name));
}

/** `WOLF BLITZER, CNN HOST` → `WOLF BLITZER`. */
function stripRole(name: string): string {
  const comma = name.indexOf(',');
  if (comma <= 0) return name;
  const head = name.slice(0, comma).trim();
  // `Smith, Jr.` keeps its suffix.
  if (/^\s*(jr|sr|ii|iii|iv|esq)\.?\s*$/i.test(name.slice(comma + 1))) return name;
  return head || name;
}

/**
 * `line.trimEnd().length` without making the trimmed string (the plain parser asks it of every line): the white
 * space JavaScript's trim removes, scanned from the end.
 */
export function trimmedLength(line: string): number {
  let end = line.length;
  while (end > 0 && isTrimmedSpace(line.charCodeAt(end - 1))) end--;
  return end;
}

function isTrimmedSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function firstNonSpace(line: string): number {
  return firstNonSpaceFrom(line, 0);
}

export function firstNonSpaceFrom(line: string, from: number): number {
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (!isSpace(c) && c !== 12 /* form feed */) return i;
  }
  return -1;
}
