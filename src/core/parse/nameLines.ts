/**
 * Transcripts that give each speaker's name alone on a line in capitals, after a separator line, with the speech
 * below and no colon (`----------`, `PRESIDENTA MARÍA TORRES`, `Se abre la sesión.`). Read so only where the
 * document does it throughout: anywhere else a line in capitals after a rule may be a title.
 */
import { isPlausibleName, type LabelMatch } from './labels';
import { isSeparator } from './sections';

/** The layout is decided from this many first lines: an edit further down cannot change the decision. */
export const NAME_LINE_SAMPLE = 3000;
/** Separator-and-name blocks needed, and the share of separators they must make up. */
const MIN_BLOCKS = 2;
const MIN_SHARE = 2 / 3;
/** Lines looked back over (blank ones) for the separator, and forward for the speech. */
const REACH = 3;
const MAX_NAME_LENGTH = 60;

const CAPS_NAME_RE = /^[ \t]*(\p{Lu}[\p{Lu}\p{M}.'’-]*(?: \p{Lu}[\p{Lu}\p{M}.'’-]*){0,7})[ \t]*$/u;

/** `PRESIDENTA MARÍA TORRES` alone on its line: a name in capitals, no colon. */
export function capsNameLine(text: string): LabelMatch | null {
  if (text.length > MAX_NAME_LENGTH + 8) return null;
  const m = CAPS_NAME_RE.exec(text);
  if (!m || m[1].length > MAX_NAME_LENGTH || !isPlausibleName(m[1])) return null;
  const start = text.indexOf(m[1]);
  return { kind: 'speaker', label: m[1], name: m[1], qualifier: null, start, end: start + m[1].length, textStart: -1, time: null };
}

/** Whether the last non-blank line before `line` (within a few lines) is a separator. */
export function followsSeparator(content: (line: number) => string, line: number): boolean {
  for (let j = line - 1; j >= Math.max(0, line - REACH); j--) {
    const text = content(j);
    if (text.trim() === '') continue;
    return isSeparator(text);
  }
  return false;
}

/** A name line of this layout at `line`: a name in capitals right after a separator. */
export function layoutNameLine(content: (line: number) => string, line: number): LabelMatch | null {
  const label = capsNameLine(content(line));
  return label && followsSeparator(content, line) ? label : null;
}

/** Whether the document uses the layout: most separators among its first lines come before a name and speech. */
export function detectNameLineLayout(lineCount: number, content: (line: number) => string): boolean {
  let separators = 0;
  let blocks = 0;
  const end = Math.min(lineCount, NAME_LINE_SAMPLE);
  for (let i = 0; i < end; i++) {
    if (!isSeparator(content(i))) continue;
    separators++;
    const name = nextNonBlank(content, i, lineCount);
    if (name < 0 || !capsNameLine(content(name))) continue;
    const speech = nextNonBlank(content, name, lineCount);
    if (speech >= 0 && !isSeparator(content(speech)) && !capsNameLine(content(speech))) blocks++;
  }
  return blocks >= MIN_BLOCKS && blocks >= separators * MIN_SHARE;
}

function nextNonBlank(content: (line: number) => string, line: number, lineCount: number): number {
  for (let j = line + 1; j < Math.min(lineCount, line + 1 + REACH); j++) {
    if (content(j).trim() !== '') return j;
  }
  return -1;
}
