/**
 * Questions with several parts: `Two questions: first, on tariffs ... Second, on the border ...`, `On tariffs, and
 * then on the border ...`, `第一，关于关税……第二，关于边境……`. Finds where each later part starts, from the words of the
 * question's language profile (src/core/languages): an ordinal that opens a clause after the first part's ordinal,
 * or a continuation (`and then`, `außerdem`, `另外`) right before a topic preposition (`on`, `über`, `关于`) when an
 * earlier topic preposition opened the first subject. One pass over the text for each kind of start.
 */
import type { QuestionParts } from '../languages';

/** Most parts a label names: more would leave each a word or less. */
export const MAX_PARTS = 3;

export interface PartWords extends QuestionParts {
  topicPrepositions: readonly string[];
}

/** Characters that end a clause: what an ordinal (`second`, `第二`) opens after. */
const CLAUSE_END = new Set(',;:.?!—–-(…，。？！；：、'.split(''));
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}'’]/u;
const SPACE = /\s/u;

interface Start {
  /** Where the part's text begins (after its ordinal or continuation, which say nothing of its subject). */
  from: number;
  /** Where its opening word begins: the end of the part before it. */
  at: number;
  /** For a start after a continuation: where the preposition of the part before it begins. */
  previousPreposition?: number;
}

export interface Part {
  text: string;
  /**
   * What a topic preposition that opens one of the part's clauses heads (`on the border` in `Second, on the border:
   * when will it reopen?`): the part's subject as the asker announced it; null when no clause opens so.
   */
  heading: string | null;
  /**
   * Where, in `text`, the subject of this part must lie: after the topic preposition that opened it when the next
   * part continues with another (`on tariffs, and then on the border`: `tariffs` after `on`); 0 otherwise.
   */
  subjectFrom: number;
}

/**
 * The texts of a question's parts, the first part's ordinal blanked out, or null when it has one part only.
 * `unspaced`: the text is in a script without spaces, where words have no boundaries to check.
 */
export function questionParts(text: string, words: PartWords, unspaced: boolean): Part[] | null {
  const lower = text.toLowerCase();
  // Lowercasing that changes lengths (a dotted capital I) would shift every offset: such text keeps one part.
  if (lower.length !== text.length) return null;
  const boundary = (at: number) => unspaced || at >= lower.length || !WORD_CHARACTER.test(lower[at]);
  const matchAt = (at: number, phrases: readonly string[]) =>
    phrases.find(phrase => lower.startsWith(phrase, at) && boundary(at + phrase.length));
  const byLength = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length);
  const first = byLength(words.first);
  const later = byLength(words.later);
  const continuations = byLength([...words.continuations, ...words.later]);
  const prepositions = byLength(words.topicPrepositions);

  const starts: Start[] = [];
  let firstOrdinal: { at: number; length: number } | null = null;
  let lastPreposition = -1;
  let lastPrepositionStart = -1;
  for (let at = 0; at < lower.length; at++) {
    if (!WORD_CHARACTER.test(lower[at])) continue;
    const wordStart = unspaced || at === 0 || !WORD_CHARACTER.test(lower[at - 1]);
    if (!wordStart) continue;
    if (opensClause(lower, at)) {
      const ordinal = matchAt(at, first);
      if (ordinal && firstOrdinal === null) firstOrdinal = { at, length: ordinal.length };
      const next = firstOrdinal && firstOrdinal.at < at ? matchAt(at, later) : undefined;
      if (next) starts.push({ at, from: at + next.length });
    }
    const preposition = matchAt(at, prepositions);
    if (preposition) {
      const continuation = lastPreposition >= 0 ? continuationBefore(lower, at, continuations, lastPreposition, unspaced) : -1;
      if (continuation >= 0) starts.push({ at: continuation, from: at, previousPreposition: lastPrepositionStart });
      lastPreposition = at + preposition.length;
      lastPrepositionStart = at;
    }
    // Spaced text: the rest of this word cannot start one.
    if (!unspaced) while (at + 1 < lower.length && WORD_CHARACTER.test(lower[at + 1])) at++;
  }
  const ordered = starts.sort((a, b) => a.at - b.at).filter((start, i, all) => i === 0 || start.at >= all[i - 1].from);
  if (ordered.length === 0) return null;
  const kept = ordered.slice(0, MAX_PARTS - 1);
  const head = firstOrdinal && firstOrdinal.at < kept[0].at
    ? text.slice(0, firstOrdinal.at) + ' '.repeat(firstOrdinal.length) + text.slice(firstOrdinal.at + firstOrdinal.length, kept[0].at)
    : text.slice(0, kept[0].at);
  const texts = [head, ...kept.map((start, i) => text.slice(start.from, i + 1 < kept.length ? kept[i + 1].at : text.length))];
  const offsets = [0, ...kept.map(start => start.from)];
  return texts.map((partText, i) => {
    const previous = kept[i]?.previousPreposition;
    const subjectFrom = previous !== undefined ? Math.max(0, previous - offsets[i]) : 0;
    return { text: partText, heading: headingOf(partText, prepositions, unspaced), subjectFrom };
  });
}

/** Longest heading, in words (characters in a script without spaces): longer is a clause, not an announced subject. */
const MAX_HEADING_WORDS = 6;
const MAX_HEADING_CHARACTERS = 16;

/** The words after the first clause-opening topic preposition of a part, up to the clause's end. */
function headingOf(part: string, prepositions: readonly string[], unspaced: boolean): string | null {
  const lower = part.toLowerCase();
  for (let at = 0; at < lower.length; at++) {
    if (!WORD_CHARACTER.test(lower[at]) || !opensClause(lower, at)) continue;
    const preposition = prepositions.find(p => lower.startsWith(p, at) && (unspaced || !WORD_CHARACTER.test(lower[at + p.length] ?? ' ')));
    if (!preposition) continue;
    const rest = part.slice(at + preposition.length);
    const end = [...rest].findIndex(c => CLAUSE_END.has(c));
    const heading = (end < 0 ? rest : [...rest].slice(0, end).join('')).trim();
    const size = unspaced ? [...heading].length : heading.split(/\s+/u).length;
    if (heading !== '' && size <= (unspaced ? MAX_HEADING_CHARACTERS : MAX_HEADING_WORDS)) return heading;
  }
  return null;
}

/** The first character of a clause: the text's start, or the first after a clause's end and spaces. */
function opensClause(lower: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && SPACE.test(lower[before])) before--;
  return before < 0 || CLAUSE_END.has(lower[before]);
}

/**
 * Where a continuation (`and then`, `另外`) that ends right before `at` begins, with only spaces and clause
 * punctuation between; -1 when there is none, or when nothing stands between it and the preposition before
 * (`on and on`).
 */
function continuationBefore(lower: string, at: number, continuations: readonly string[], previousEnd: number, unspaced: boolean): number {
  let end = at;
  while (end > 0 && (SPACE.test(lower[end - 1]) || CLAUSE_END.has(lower[end - 1]))) end--;
  for (const continuation of continuations) {
    const start = end - continuation.length;
    if (start <= previousEnd || !lower.startsWith(continuation, start)) continue;
    if (!unspaced && start > 0 && WORD_CHARACTER.test(lower[start - 1])) continue;
    if (!/[\p{L}\p{N}]/u.test(lower.slice(previousEnd, start))) continue;
    return start;
  }
  return -1;
}
