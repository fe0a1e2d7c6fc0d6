/**
 * Whether a turn asks something: a question mark in any script, an interrogative opening of its last
 * sentence, or a phrase such as "I want to ask". Reads the turn's lines once, with no copy of its text
 * except its last few hundred characters.
 */
import type { Turn } from '../model';
import { ASKING_WORDS, QUESTION_MARKS, TAG_QUESTIONS } from './roleWords';

/** What the inference reads of a turn. */
export interface TurnReading {
  /** A question mark, or an asking phrase ("I want to ask"). */
  asks: boolean;
  /** The last sentence opens with an interrogative word: read only where a transcript writes no question marks,
   * since in punctuated text such openings start statements as often ("When we get back, ..."). */
  opensLikeQuestion: boolean;
  /** Characters of text (the label excluded): a measure of how long the turn is that costs no scan. */
  length: number;
}

/** Characters at the start and the end of a turn searched for asking phrases. */
const PHRASE_WINDOW = 240;

const OPENINGS = new Set(Object.values(ASKING_WORDS).flatMap(words => words.openings));
/** Every language's asking phrases in one expression: one pass over the text instead of one per phrase. */
const PHRASES = new RegExp(Object.values(ASKING_WORDS).flatMap(words => words.phrases)
  .map(phrase => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
/** Scripts without spaces: there an opening is a prefix of the sentence. */
const UNSPACED_OPENINGS = [...OPENINGS].filter(o => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(o));
const LONGEST_OPENING = Math.max(...[...OPENINGS].map(o => o.split(' ').length));

/** Reads a turn; interrogative openings only when `openings` is set (they cost a split of the turn's end). */
export function readTurn(lines: readonly string[], turn: Turn, openings: boolean): TurnReading {
  let length = 0;
  let marked = false;
  // Spans of the turn's lines: [line, from, to] three numbers each.
  const spans: number[] = [];
  for (const p of turn.paragraphs) {
    const { start, end } = p.range;
    for (let l = start.line; l <= end.line; l++) {
      const line = lines[l] ?? '';
      const from = l === start.line ? start.character : 0;
      const to = l === end.line ? Math.min(end.character, line.length) : line.length;
      if (to <= from) continue;
      length += to - from;
      if (!marked) marked = hasQuestionMark(line, from, to);
      spans.push(l, from, to);
    }
  }
  if (marked) return { asks: true, opensLikeQuestion: false, length };
  const head = joinSpans(lines, spans, 0, 3);
  const tail = joinSpans(lines, spans, spans.length - 3, -3);
  return { asks: hasAskingPhrase(head, tail), opensLikeQuestion: openings && lastSentenceOpensLikeQuestion(tail), length };
}

/** Up to PHRASE_WINDOW characters of the spans from `first`, walking forwards (`step` 3) or backwards (-3). */
function joinSpans(lines: readonly string[], spans: readonly number[], first: number, step: number): string {
  let text = '';
  for (let i = first; i >= 0 && i < spans.length && text.length < PHRASE_WINDOW; i += step) {
    const piece = lines[spans[i]].slice(spans[i + 1], spans[i + 2]);
    text = step > 0 ? `${text} ${piece}` : `${piece} ${text}`;
  }
  return step > 0 ? text.slice(0, PHRASE_WINDOW) : text.slice(-PHRASE_WINDOW);
}

/** A question mark that asks: not the tag of a statement ("..., right?"). */
function hasQuestionMark(line: string, from: number, to: number): boolean {
  for (const mark of QUESTION_MARKS) {
    for (let at = line.indexOf(mark, from); at >= 0 && at < to; at = line.indexOf(mark, at + 1)) {
      if (!endsWithTag(line.slice(Math.max(from, at - TAG_WINDOW), at))) return true;
    }
  }
  return false;
}

const TAGS = [...new Set(Object.values(TAG_QUESTIONS).flat())];
const TAG_WINDOW = Math.max(...TAGS.map(tag => tag.length)) + 2;

/** The words before a question mark are a tag after a comma or dash (`..., right`), or the whole sentence is one. */
function endsWithTag(before: string): boolean {
  const text = before.toLowerCase().trimEnd();
  return TAGS.some(tag => text.endsWith(tag) && /(?:^|[,，、—–-]\s*)$/u.test(text.slice(0, text.length - tag.length)));
}

function hasAskingPhrase(head: string, tail: string): boolean {
  return PHRASES.test(head) || PHRASES.test(tail);
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
