/**
 * Finding a passage again in the current text, in the order W3C Web Annotation suggests: at its
 * offsets if its exact text is still there (and its context agrees), else by its quote, scored by
 * how much of the prefix and suffix agree and by closeness to the old offsets; then the same ignoring
 * white space (re-wrapped text); then between its prefix and suffix when the quote itself was
 * corrected a little. A passage found nowhere is an orphan: kept, listed, never dropped.
 */
import { diffChars } from 'diff';
import type { Anchor, Passage, TextPositionSelector, TextQuoteSelector } from './types';
import { collapse, collapseWhitespace, type CollapsedText } from './whitespace';

/** Characters of context kept before and after a quote. */
export const CONTEXT_LENGTH = 32;
/** How much of a corrected quote must be unchanged for it to count as the same passage. */
const FUZZY_SIMILARITY = 0.75;
/** Past this many occurrences of a quote, scoring them all is not worth it: the nearest ones are scored. */
const MAX_CANDIDATES = 200;

export function selectorsFor(text: string, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Reusable state for anchoring many passages in one text (the collapsed copy is made once, if needed). */
export class AnchorContext {
  private collapsedText: CollapsedText | undefined;
  constructor(readonly text: string) {}

  get collapsed(): CollapsedText {
    this.collapsedText ??= collapseWhitespace(this.text);
    return this.collapsedText;
  }
}

/**
 * Anchors passages in order of their old offsets. Text inserted or removed before many passages moves
 * them all by the same amount, so each is first looked for where the one before it moved (`shift`):
 * a file edited outside the editor costs one comparison per passage, not a search of the whole text.
 */
export function anchorPassages(text: string, passages: readonly Passage[]): Anchor[] {
  const context = new AnchorContext(text);
  let shift = 0;
  return passages.map(p => {
    const anchor = anchorPassage(context, p, shift);
    if (anchor.how !== 'orphan') shift = anchor.start - p.position.start;
    return anchor;
  });
}

export function anchorPassage(context: AnchorContext, passage: Passage, shift = 0): Anchor {
  const { text } = context;
  const { exact } = passage.quote;
  const { start } = passage.position;
  if (text.startsWith(exact, start) && contextScore(text, start, start + exact.length, passage.quote) >= contextWanted(passage.quote)) {
    return { passage, start, end: start + exact.length, how: 'position' };
  }
  const moved = start + shift;
  if (shift !== 0 && moved >= 0 && text.startsWith(exact, moved) && contextScore(text, moved, moved + exact.length, passage.quote) >= contextWanted(passage.quote)) {
    return { passage, start: moved, end: moved + exact.length, how: 'quote' };
  }
  const byQuote = bestOccurrence(text, exact, passage, (s, e) => contextScore(text, s, e, passage.quote), identity);
  if (byQuote) return { passage, start: byQuote, end: byQuote + exact.length, how: 'quote' };
  return anchorCollapsed(context, passage) ?? anchorBetweenContext(context, passage) ?? { passage, start: -1, end: -1, how: 'orphan' };
}

function identity(offset: number): number {
  return offset;
}

/** Context agreement to expect at the old offsets: all of it, or one character less than is there when short. */
function contextWanted(quote: TextQuoteSelector): number {
  return Math.min(quote.prefix.length, 8) + Math.min(quote.suffix.length, 8);
}

/** Characters of prefix (backwards) and suffix (forwards) that agree with the text around start..end (up to 8 each). */
function contextScore(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  return agreeBackwards(text, start, quote.prefix, 8) + agreeForwards(text, end, quote.suffix, 8);
}

function agreeBackwards(text: string, at: number, prefix: string, limit: number): number {
  let n = 0;
  while (n < limit && n < prefix.length && at - n - 1 >= 0 && text[at - n - 1] === prefix[prefix.length - n - 1]) n++;
  return n;
}

function agreeForwards(text: string, at: number, suffix: string, limit: number): number {
  let n = 0;
  while (n < limit && n < suffix.length && at + n < text.length && text[at + n] === suffix[n]) n++;
  return n;
}

/**
 * The occurrence of `needle` in `haystack` with the best context, nearest the old offset on a tie;
 * `toOriginal` maps haystack offsets to the text's (for the collapsed copy). Returns a haystack offset.
 */
function bestOccurrence(
  haystack: string,
  needle: string,
  passage: Passage,
  score: (start: number, end: number) => number,
  toOriginal: (offset: number) => number,
): number | undefined {
  if (needle === '') return undefined;
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  if (found.length === 0) return undefined;
  const old = passage.position.start;
  const distance = (at: number) => Math.abs(toOriginal(at) - old);
  const candidates = found.length > MAX_CANDIDATES ? found.sort((a, b) => distance(a) - distance(b)).slice(0, MAX_CANDIDATES) : found;
  let best: number | undefined;
  let bestScore = -1;
  for (const at of candidates) {
    const s = score(at, at + needle.length);
    if (s > bestScore || (s === bestScore && best !== undefined && distance(at) < distance(best))) {
      best = at;
      bestScore = s;
    }
  }
  return best;
}

/** The quote with its white space collapsed, found in the collapsed text (re-wrapped, other line endings). */
function anchorCollapsed(context: AnchorContext, passage: Passage): Anchor | undefined {
  const needle = collapse(passage.quote.exact).trim();
  if (needle === '') return undefined;
  const { text: haystack, offsets } = context.collapsed;
  const prefix = collapse(passage.quote.prefix);
  const suffix = collapse(passage.quote.suffix);
  const quote: TextQuoteSelector = { ...passage.quote, prefix: prefix.trimEnd(), suffix: suffix.trimStart() };
  const score = (s: number, e: number) => {
    const before = haystack[s - 1] === ' ' ? s - 1 : s;
    const after = haystack[e] === ' ' ? e + 1 : e;
    return agreeBackwards(haystack, before, quote.prefix, 8) + agreeForwards(haystack, after, quote.suffix, 8);
  };
  const at = bestOccurrence(haystack, needle, passage, score, i => offsets[i]);
  if (at === undefined) return undefined;
  return { passage, start: offsets[at], end: offsets[at + needle.length - 1] + 1, how: 'whitespace' };
}

/**
 * A quote corrected a little (a typo fixed, a word changed): its prefix and suffix still stand on
 * either side, and the text between them is mostly the old quote.
 */
function anchorBetweenContext(context: AnchorContext, passage: Passage): Anchor | undefined {
  const prefix = collapse(passage.quote.prefix).trim();
  const suffix = collapse(passage.quote.suffix).trim();
  const exact = collapse(passage.quote.exact).trim();
  if (prefix.length < 8 || suffix.length < 8 || exact.length < 4) return undefined;
  const { text: haystack, offsets } = context.collapsed;
  const maxGap = Math.ceil(exact.length * 1.5) + 2;
  let best: { start: number; end: number; similarity: number } | undefined;
  for (let p = haystack.indexOf(prefix); p !== -1; p = haystack.indexOf(prefix, p + 1)) {
    let from = p + prefix.length;
    const s = haystack.indexOf(suffix, from);
    if (s === -1) break;
    if (s - from > maxGap) continue;
    if (haystack[from] === ' ') from++;
    const to = haystack[s - 1] === ' ' ? s - 1 : s;
    if (to <= from) continue;
    const similarity = similarityOf(exact, haystack.slice(from, to));
    if (similarity >= FUZZY_SIMILARITY && (!best || similarity > best.similarity)) best = { start: from, end: to, similarity };
  }
  if (!best) return undefined;
  return { passage, start: offsets[best.start], end: offsets[best.end - 1] + 1, how: 'fuzzy' };
}

/** Share of characters the two strings have in common, by a character diff. */
export function similarityOf(a: string, b: string): number {
  let common = 0;
  for (const change of diffChars(a, b)) if (!change.added && !change.removed) common += change.value.length;
  return (2 * common) / (a.length + b.length || 1);
}

/**
 * The passage as it now stands, to be written back: at its found offsets, with its quote taken from
 * the text again when it was found only by ignoring white space or by its context. Orphans stay as they were.
 */
export function settledPassage(anchor: Anchor, text: string): Passage {
  const { passage, start, end } = anchor;
  if (anchor.how === 'orphan') return passage;
  if (anchor.how === 'whitespace' || anchor.how === 'fuzzy') return { ...passage, ...selectorsFor(text, start, end) };
  if (passage.position.start === start && passage.position.end === end) return passage;
  return { ...passage, position: { type: 'TextPositionSelector', start, end } };
}
