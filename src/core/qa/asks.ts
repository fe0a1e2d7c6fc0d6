/**
 * Whether a turn asks something: a question mark in any script, an interrogative opening of its last
 * sentence, or a phrase such as "I want to ask". Every turn's lines are read once for question marks; the
 * words are read only at the edges of the turns that need them.
 */
import type { Turn } from '../model';
import { allWords } from '../languages';
import { wordAlternatives } from '../wordsPattern';

/** Characters that end a question, in any script: `?`, full-width `？`, Spanish `¿` (which opens one), Arabic `؟`. */
export const QUESTION_MARKS = '?？¿؟';

/** Characters at the start and the end of a turn searched for asking phrases. */
const PHRASE_WINDOW = 240;

/** Openings and phrases of every language (src/core/languages): a transcript may switch languages. */
const OPENINGS = allWords('askingOpenings');
/** Every language's asking phrases in one expression: one pass over the text instead of one per phrase. */
const PHRASES = new RegExp(wordAlternatives(allWords('askingPhrases')), 'i');
/** Scripts without spaces: there an opening is a prefix of the sentence. */
const UNSPACED_OPENINGS = [...OPENINGS].filter(o => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(o));
const LONGEST_OPENING = Math.max(...[...OPENINGS].map(o => o.split(' ').length));

/** What the inference reads of every turn: cheap enough for tens of thousands of turns on each edit. */
export interface TurnReading {
  /** A question mark that is not a statement's tag ("..., right?"). */
  asks: boolean;
  /** The last sentence opens with an interrogative word: read only where a transcript writes no question marks,
   * since in punctuated text such openings start statements as often ("When we get back, ..."). */
  opensLikeQuestion: boolean;
  /** Characters of the turn's lines after its label: a measure of how long the turn is that costs no scan. */
  length: number;
}

/** Reads a turn's lines (from its label's end to its last line) once; no copy of its text. */
export function readTurn(lines: readonly string[], turn: Turn, openings: boolean): TurnReading {
  const { start, end } = turn.range;
  const from = turn.labelRange && turn.labelRange.end.line === start.line ? turn.labelRange.end.character : start.character;
  let length = 0;
  let marked = false;
  for (let l = start.line; l <= end.line; l++) {
    const line = lines[l] ?? '';
    const a = l === start.line ? from : 0;
    const b = l === end.line ? Math.min(end.character, line.length) : line.length;
    if (b <= a) continue;
    length += b - a;
    if (!marked) marked = hasQuestionMark(line, a, b);
  }
  const opensLikeQuestion = !marked && openings && lastSentenceOpensLikeQuestion(edge(lines, turn, -1));
  return { asks: marked, opensLikeQuestion, length };
}

/** "I want to ask", "my question is" near the start or the end of a turn: read only for an asker's turns. */
export function hasAskingPhrase(lines: readonly string[], turn: Turn): boolean {
  return PHRASES.test(edge(lines, turn, 1)) || PHRASES.test(edge(lines, turn, -1));
}

/** Up to PHRASE_WINDOW characters at the start (`direction` 1) or the end (-1) of the turn's text. */
function edge(lines: readonly string[], turn: Turn, direction: 1 | -1): string {
  const { start, end } = turn.range;
  const from = turn.labelRange && turn.labelRange.end.line === start.line ? turn.labelRange.end.character : start.character;
  let text = '';
  for (let l = direction > 0 ? start.line : end.line; l >= start.line && l <= end.line && text.length < PHRASE_WINDOW; l += direction) {
    const line = lines[l] ?? '';
    const piece = line.slice(l === start.line ? from : 0, l === end.line ? end.character : line.length);
    text = direction > 0 ? `${text} ${piece}` : `${piece} ${text}`;
  }
  return direction > 0 ? text.slice(0, PHRASE_WINDOW) : text.slice(-PHRASE_WINDOW);
}

/** A question mark that asks: not the tag of a statement ("..., right?"). */
function hasQuestionMark(line: string, from: number, to: number): boolean {
  for (const mark of QUESTION_MARKS) {
    for (let at = line.indexOf(mark, from); at >= 0 && at < to; at = line.indexOf(mark, at + 1)) {
      const windowStart = Math.max(from, at - TAG_WINDOW);
      if (!endsWithTag(line.slice(windowStart, at), windowStart === from)) return true;
    }
  }
  return false;
}

const TAGS = [...allWords('tagQuestions')];
const SPACED_TAGS = new Set(TAGS.filter(tag => !/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(tag)));
const UNSPACED_TAGS = TAGS.filter(tag => !SPACED_TAGS.has(tag));
const TAG_WINDOW = Math.max(...TAGS.map(tag => tag.length)) + 2;
/** What sets a tag off from its statement: a comma or a dash. */
const TAG_SEPARATORS = new Set([',', '，', '、', '—', '–']);

/**
 * The words before a question mark are a tag set off by a comma or dash (`..., right`), or the whole of what is
 * said (`Right?`, when the window reaches the start of the turn's line); in scripts without spaces, a tag particle.
 */
function endsWithTag(before: string, fromStart: boolean): boolean {
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if (TAG_SEPARATORS.has(before[i])) {
      cut = i + 1;
      break;
    }
  }
  if (cut >= 0 || fromStart) {
    if (SPACED_TAGS.has(before.slice(Math.max(cut, 0)).trim().toLowerCase())) return true;
  }
  return UNSPACED_TAGS.length > 0 && UNSPACED_TAGS.some(tag => before.trimEnd().endsWith(tag));
}

function lastSentenceOpensLikeQuestion(tail: string): boolean {
  const sentences = tail.toLowerCase().split(/[.!。！]\s*/u).filter(s => s.trim() !== '');
  const last = sentences[sentences.length - 1];
  return last !== undefined && opensWithQuestionWord(last.trim());
}

function opensWithQuestionWord(sentence: string): boolean {
  if (UNSPACED_OPENINGS.some(opening => sentence.startsWith(opening))) return true;
  const words = sentence.split(/[\s,;:]+/u);
  for (let n = LONGEST_OPENING; n >= 1; n--) {
    if (OPENINGS.has(words.slice(0, n).join(' '))) return true;
  }
  return false;
}
