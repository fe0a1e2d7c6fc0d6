/**
 * Where the navigation commands go, and where the cursor is, computed from the model alone.
 *
 * "Next" is the first target that starts strictly after the cursor; "previous" is the last one that
 * starts strictly before it (so from the middle of a turn, Previous Turn goes to that turn's label).
 * Turns, exchanges and sections are in document order, so every lookup is a binary search.
 */
import type { Cue, Exchange, Section, Transcript, Turn } from './model';
import { cueIndexAtLine } from './parse/captionSections';
import { comparePositions, type Position } from './position';

export type NavigationResult =
  | { kind: 'target'; position: Position }
  | { kind: 'none'; reason: 'first' | 'last' | 'empty' | 'noSpeaker'; message: string };

/** Where a turn is reached: the start of its label, or of its text when it has none (the opening). */
export function turnStart(turn: Turn): Position {
  return turn.labelRange?.start ?? turn.range.start;
}

export function exchangeStart(exchange: Exchange): Position {
  return turnStart(exchange.question);
}

export function sectionStart(section: Section): Position {
  return section.headingRange.start;
}

/** Number of leading items that start at or before `p` (or strictly before it when `strict`). */
function countStartingBefore<T>(items: readonly T[], startOf: (item: T) => Position, p: Position, strict: boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const c = comparePositions(startOf(items[mid]), p);
    if (c < 0 || (c === 0 && !strict)) low = mid + 1;
    else high = mid;
  }
  return low;
}

function nextStart<T>(items: readonly T[], startOf: (item: T) => Position, p: Position): Position | undefined {
  const i = countStartingBefore(items, startOf, p, false);
  return i < items.length ? startOf(items[i]) : undefined;
}

function previousStart<T>(items: readonly T[], startOf: (item: T) => Position, p: Position): Position | undefined {
  const i = countStartingBefore(items, startOf, p, true);
  return i > 0 ? startOf(items[i - 1]) : undefined;
}

interface Noun {
  singular: string;
  plural: string;
}

const TURN: Noun = { singular: 'turn', plural: 'turns' };
const QUESTION: Noun = { singular: 'question', plural: 'questions' };
const TOPIC: Noun = { singular: 'topic', plural: 'topics' };

function result(target: Position | undefined, count: number, noun: Noun, direction: 'next' | 'previous'): NavigationResult {
  if (target) return { kind: 'target', position: target };
  if (count === 0) return { kind: 'none', reason: 'empty', message: `No ${noun.plural} in this transcript` };
  return direction === 'next'
    ? { kind: 'none', reason: 'last', message: `No ${noun.singular} after this: this is the last ${noun.singular}` }
    : { kind: 'none', reason: 'first', message: `No ${noun.singular} before this: this is the first ${noun.singular}` };
}

export function nextTurn(t: Transcript, p: Position): NavigationResult {
  return result(nextStart(t.turns, turnStart, p), t.turns.length, TURN, 'next');
}

export function previousTurn(t: Transcript, p: Position): NavigationResult {
  return result(previousStart(t.turns, turnStart, p), t.turns.length, TURN, 'previous');
}

export function nextQuestion(t: Transcript, p: Position): NavigationResult {
  return result(nextStart(t.exchanges, exchangeStart, p), t.exchanges.length, QUESTION, 'next');
}

export function previousQuestion(t: Transcript, p: Position): NavigationResult {
  return result(previousStart(t.exchanges, exchangeStart, p), t.exchanges.length, QUESTION, 'previous');
}

/** Topics are exchanges and sections together, in document order. */
export function nextTopic(t: Transcript, p: Position): NavigationResult {
  const target = earliest(nextStart(t.exchanges, exchangeStart, p), nextStart(t.sections, sectionStart, p));
  return result(target, t.exchanges.length + t.sections.length, TOPIC, 'next');
}

export function previousTopic(t: Transcript, p: Position): NavigationResult {
  const target = latest(previousStart(t.exchanges, exchangeStart, p), previousStart(t.sections, sectionStart, p));
  return result(target, t.exchanges.length + t.sections.length, TOPIC, 'previous');
}

function earliest(a: Position | undefined, b: Position | undefined): Position | undefined {
  if (!a || !b) return a ?? b;
  return comparePositions(a, b) <= 0 ? a : b;
}

function latest(a: Position | undefined, b: Position | undefined): Position | undefined {
  if (!a || !b) return a ?? b;
  return comparePositions(a, b) >= 0 ? a : b;
}

/** The next turn whose speaker is the speaker of the turn at the cursor. */
export function nextTurnBySameSpeaker(t: Transcript, p: Position): NavigationResult {
  if (t.turns.length === 0) return result(undefined, 0, TURN, 'next');
  const current = turnAt(t, p);
  const key = current ? speakerKey(current) : null;
  if (!current || key === null) {
    return { kind: 'none', reason: 'noSpeaker', message: 'The cursor is not in a turn with a known speaker' };
  }
  for (let i = current.index + 1; i < t.turns.length; i++) {
    if (speakerKey(t.turns[i]) === key && comparePositions(turnStart(t.turns[i]), p) > 0) {
      return { kind: 'target', position: turnStart(t.turns[i]) };
    }
  }
  const who = current.speaker ?? 'this speaker';
  return { kind: 'none', reason: 'last', message: `No turn by ${who} after this: this is their last turn` };
}

/**
 * What identifies a speaker across turns: the name, ignoring case and spacing (`MS. PSAKI` and
 * `Ms. Psaki` are one person). An unnamed question turn matches other unnamed question turns.
 */
function speakerKey(turn: Turn): string | null {
  const asker = askerOf(turn);
  if (asker) return asker.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  return turn.isQuestion ? '\u0000question' : turn.isAnswer ? '\u0000answer' : null;
}

/** Labels that mark a question without naming who asks it. */
const QUESTION_MARKER = /^(?:q|question)\.?$/i;

/** The person who speaks a turn, or null where the label only says "Question". */
/** Who asks (or speaks) in a turn, by the reviewer's name for them if `names` gives one; null for a bare marker. */
export function askerOf(turn: Turn, names?: ReadonlyMap<string, string>): string | null {
  if (!turn.speaker || QUESTION_MARKER.test(turn.speaker.trim())) return null;
  return names?.get(turn.speaker) ?? turn.speaker;
}

export interface Location {
  section: Section | null;
  exchange: Exchange | null;
  turn: Turn | null;
  /** Caption files: the cue at the position (see `cueAt`). */
  cue?: Cue | null;
}

/** The section, exchange and turn (and in captions the cue) at a position (each null where there is none). */
export function locate(t: Transcript, p: Position): Location {
  const turn = turnAt(t, p);
  const location: Location = { section: sectionAt(t, p), exchange: turn ? exchangeOf(t, turn) : null, turn };
  if (t.cues) location.cue = cueAt(t.cues, p.line);
  return location;
}

/**
 * The cue holding a line, else the last cue before it; the line just before a timing line (the cue's number)
 * belongs to that cue. Null before the first cue.
 */
export function cueAt(cues: readonly Cue[], line: number): Cue | null {
  const index = cueIndexAtLine(cues, line + 1);
  return index >= 0 ? cues[index] : null;
}

/**
 * The turn at a position. Blank lines between two turns belong to the turn above, unless a section
 * heading starts in between; past the end of the last turn there is none.
 */
export function turnAt(t: Transcript, p: Position): Turn | null {
  const i = countStartingBefore(t.turns, turn => turn.range.start, p, false) - 1;
  if (i < 0) return null;
  const turn = t.turns[i];
  if (p.line <= turn.range.end.line) return turn;
  if (i === t.turns.length - 1) return null;
  const headingBetween = nextStart(t.sections, sectionStart, turn.range.end);
  return headingBetween && comparePositions(headingBetween, p) <= 0 ? null : turn;
}

function exchangeOf(t: Transcript, turn: Turn): Exchange | null {
  const i = countStartingBefore(t.exchanges, e => e.question.range.start, turn.range.start, false) - 1;
  if (i < 0) return null;
  const exchange = t.exchanges[i];
  const last = exchange.answers.length > 0 ? exchange.answers[exchange.answers.length - 1] : exchange.question;
  return turn.index >= exchange.question.index && turn.index <= last.index ? exchange : null;
}

/** The innermost section whose lines hold the position. */
export function sectionAt(t: Transcript, p: Position): Section | null {
  for (let i = countStartingBefore(t.sections, s => s.range.start, p, false) - 1; i >= 0; i--) {
    const s = t.sections[i];
    if (s.range.start.line <= p.line && p.line <= s.range.end.line) return s;
  }
  return null;
}

/** Short text for where the cursor is: `Q3 · Sergey Lavrov`, `Opening · Sergey Lavrov`, a section title. */
/** `Q3 · Sergey Lavrov`; `names` (label as written → the reviewer's name) renames the speaker. */
export function describeLocation(location: Location, names?: ReadonlyMap<string, string>): string {
  const { section, exchange, turn } = location;
  const who = turn ? (askerOf(turn, names) ?? (turn.isQuestion ? 'Question' : null)) : null;
  // Captions: the cue's time, then who speaks.
  if (location.cue) return who ? `${location.cue.start.slice(0, 8)} · ${who}` : location.cue.start.slice(0, 8);
  if (exchange) return who ? `Q${exchange.number} · ${who}` : `Q${exchange.number}`;
  if (turn && turn.label === null) return who ? `Opening · ${who}` : 'Opening';
  const parts = [section?.title, who].filter((part): part is string => !!part);
  return parts.join(' · ');
}

export interface QuestionEntry {
  number: number;
  topic: string;
  /** Who asks, where the label names them; otherwise the qualifier (`to both ministers`), or null. */
  asker: string | null;
  position: Position;
}

/** One entry per exchange, for Go to Question; `names` gives the reviewer's names for speakers. */
export function questionEntries(t: Transcript, names?: ReadonlyMap<string, string>): QuestionEntry[] {
  return t.exchanges.map(e => ({
    number: e.number,
    topic: e.topic,
    asker: askerOf(e.question, names) ?? e.question.qualifier,
    position: exchangeStart(e),
  }));
}
