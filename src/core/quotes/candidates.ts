/**
 * Which passages of which transcripts a quote may come from, from the index alone: the paragraphs that hold the
 * quote's rarest words, gathered into runs within one turn (a quote may run over several paragraphs or caption
 * cues, and an elision may join parts far apart), ranked by how much of the rare words' weight each run holds.
 */
import { paragraphCount, paragraphTurn, postingsOf, type IndexedFile } from './indexedFile';
import type { ParsedQuote } from './quoteText';
import { decodeSorted } from './varint';

/** The rarest words looked up; common words only rank what these find. */
const RARE_WORDS = 8;
/** Paragraphs between two hits that still count as one passage (an elision may pass over a few). */
const MAX_GAP = 12;
/** The longest run of paragraphs aligned at once: bounds a lookup's work in a long monologue or caption file. */
const MAX_RUN = 40;
/** Paragraphs read on either side of a run, for quote words too common to be looked up. */
const MARGIN = 2;
/** Passages aligned per lookup. */
export const MAX_CANDIDATES = 16;
/** A passage holding less than this share of the rare words' weight is not worth aligning. */
const MIN_SHARE = 0.3;
/** Nor one holding less than this share of what the best passage holds: it would not score near it. */
const MIN_SHARE_OF_BEST = 0.5;

export interface Candidate {
  file: string;
  /** First and last paragraph (inclusive) to read. */
  first: number;
  last: number;
  weight: number;
}

/** How rare a word is: the bytes of its paragraph lists in all files, a near count of the paragraphs holding it. */
export type Rarity = (hash: number) => number;

export function findCandidates(quote: ParsedQuote, files: ReadonlyMap<string, IndexedFile>, rarity: Rarity, weight: (hash: number) => number): Candidate[] {
  const hashes = [...new Set(quote.tokens.filter(t => !t.bracketed).map(t => t.hash))].filter(h => rarity(h) > 0);
  hashes.sort((a, b) => rarity(a) - rarity(b));
  const chosen = hashes.slice(0, RARE_WORDS);
  if (chosen.length === 0) return [];
  const weights = chosen.map(weight);
  const total = weights.reduce((a, b) => a + b, 0);
  const candidates: Candidate[] = [];
  for (const [name, file] of files) {
    const hits = new Map<number, number>();
    chosen.forEach((hash, bit) => {
      const span = postingsOf(file, hash);
      if (span) decodeSorted(file.postings, span[0], span[1], p => hits.set(p, (hits.get(p) ?? 0) | (1 << bit)));
    });
    if (hits.size === 0) continue;
    const paragraphs = [...hits.keys()].sort((a, b) => a - b);
    let runStart = 0;
    for (let i = 1; i <= paragraphs.length; i++) {
      const ends = i === paragraphs.length || paragraphs[i] - paragraphs[i - 1] > MAX_GAP || paragraphs[i] - paragraphs[runStart] > MAX_RUN
        || paragraphTurn(file, paragraphs[i]) !== paragraphTurn(file, paragraphs[i - 1]);
      if (!ends) continue;
      let mask = 0;
      for (let k = runStart; k < i; k++) mask |= hits.get(paragraphs[k]) ?? 0;
      let w = 0;
      weights.forEach((wt, bit) => { if (mask & (1 << bit)) w += wt; });
      if (w >= MIN_SHARE * total) {
        candidates.push({ file: name, ...widen(file, paragraphs[runStart], paragraphs[i - 1]), weight: w });
      }
      runStart = i;
    }
  }
  candidates.sort((a, b) => b.weight - a.weight);
  const best = candidates.length ? candidates[0].weight : 0;
  return candidates.filter(c => c.weight >= MIN_SHARE_OF_BEST * best).slice(0, MAX_CANDIDATES);
}

/** The run with a paragraph more on either side, within its turn. */
function widen(file: IndexedFile, first: number, last: number): { first: number; last: number } {
  const turn = paragraphTurn(file, first);
  let a = first;
  let b = last;
  for (let k = 0; k < MARGIN && a > 0 && paragraphTurn(file, a - 1) === turn; k++) a--;
  for (let k = 0; k < MARGIN && b + 1 < paragraphCount(file) && paragraphTurn(file, b + 1) === turn; k++) b++;
  return { first: a, last: b };
}
