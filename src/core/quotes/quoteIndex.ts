/**
 * The quote index over many transcripts (a part of the workspace index): keeps, per transcript, which paragraphs
 * hold which words (see indexedFile.ts), and finds where a quote was said, even altered. A lookup picks
 * candidate passages by the quote's rarest words, reads only those transcripts' text (`readText`), aligns the
 * quote with each passage, and reports the matches that score above the threshold, best first.
 */
import type { Transcript } from '../model';
import { range } from '../position';
import type { TranscriptIndexPart } from '../workspace/indexPart';
import { alignQuote } from './align';
import { findCandidates, type Candidate } from './candidates';
import { compareQuote } from './compare';
import { indexedBytes, indexFile, paragraphCount, paragraphTurn, postingsOf, type IndexedFile } from './indexedFile';
import { lineStarts, positionAt } from './lineOffsets';
import { readPassage, spokenBetween } from './passage';
import { parseQuote, quoteProblem, type ParsedQuote } from './quoteText';
import { DEFAULT_THRESHOLD, type FindQuoteOptions, type QuoteMatch } from './types';

/** A quote that cannot be looked up (no words, too few): the message says why. */
export class QuoteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QuoteError';
  }
}

const DEFAULT_LIMIT = 5;

export class QuoteIndex implements TranscriptIndexPart {
  private readonly files = new Map<string, IndexedFile>();

  add(file: string, text: string, transcript: Transcript): void {
    this.files.set(file, indexFile(text, transcript));
  }

  remove(file: string): void {
    this.files.delete(file);
  }

  /** The transcripts indexed. */
  get fileCount(): number {
    return this.files.size;
  }

  /** Bytes the index keeps (its arrays; the map's own entries aside). */
  memoryBytes(): number {
    let n = 0;
    for (const [name, f] of this.files) n += indexedBytes(f) + 2 * name.length;
    return n;
  }

  /** Where `quote` was said, best first; `readText` gives a transcript's current text. Throws QuoteError for a quote too short. */
  async find(quote: string, readText: (file: string) => string | Promise<string>, options: FindQuoteOptions = {}): Promise<QuoteMatch[]> {
    const lookup = this.prepare(quote);
    const texts = new Map<string, string | null>();
    for (const c of lookup.candidates) {
      if (!texts.has(c.file)) texts.set(c.file, await readOrNull(() => readText(c.file)));
    }
    return lookup.finish(texts, options);
  }

  /** `find` for a caller that reads text synchronously (the command-line tool). */
  findSync(quote: string, readText: (file: string) => string, options: FindQuoteOptions = {}): QuoteMatch[] {
    const lookup = this.prepare(quote);
    const texts = new Map<string, string | null>();
    for (const c of lookup.candidates) {
      if (!texts.has(c.file)) {
        try {
          texts.set(c.file, readText(c.file));
        } catch {
          texts.set(c.file, null);
        }
      }
    }
    return lookup.finish(texts, options);
  }

  private prepare(text: string): { candidates: Candidate[]; finish: (texts: Map<string, string | null>, options: FindQuoteOptions) => QuoteMatch[] } {
    const quote = parseQuote(text);
    const problem = quoteProblem(quote);
    if (problem) throw new QuoteError(problem);
    const rarities = new Map<number, number>();
    const rarity = (hash: number): number => {
      let r = rarities.get(hash);
      if (r === undefined) {
        r = 0;
        for (const f of this.files.values()) {
          const span = postingsOf(f, hash);
          if (span) r += span[1] - span[0];
        }
        rarities.set(hash, r);
      }
      return r;
    };
    let paragraphs = 0;
    for (const f of this.files.values()) paragraphs += paragraphCount(f);
    // How much a word says about where it was said: rare words much more than common ones, unknown ones as the rarest.
    const weight = (hash: number): number => Math.sqrt(Math.log(1 + paragraphs / Math.max(1, rarity(hash))));
    const candidates = findCandidates(quote, this.files, rarity, weight);
    const finish = (texts: Map<string, string | null>, options: FindQuoteOptions): QuoteMatch[] => {
      const matches: QuoteMatch[] = [];
      const starts = new Map<string, Uint32Array | null>();
      for (const c of candidates) {
        const content = texts.get(c.file);
        const file = this.files.get(c.file);
        if (content == null || !file) continue;
        let lines = starts.get(c.file);
        if (lines === undefined) {
          // A text that is not the one indexed (changed since) would put the match in the wrong place: the indexer reads it again.
          lines = content.length === file.textLength ? lineStarts(content) : null;
          if (lines && lines.length !== file.lineCount) lines = null;
          starts.set(c.file, lines);
        }
        if (lines === null) continue;
        const match = matchPassage(quote, c, content, lines, file, weight, options);
        if (match) matches.push(match);
      }
      return bestDistinct(matches, options);
    };
    return { candidates, finish };
  }
}

async function readOrNull(read: () => string | Promise<string>): Promise<string | null> {
  try {
    return await read();
  } catch {
    return null;
  }
}

function matchPassage(
  quote: ParsedQuote, c: Candidate, text: string, starts: Uint32Array, file: IndexedFile,
  weight: (hash: number) => number, options: FindQuoteOptions,
): QuoteMatch | null {
  const passage = readPassage(text, starts, file, c.first, c.last);
  const alignment = alignQuote(quote, passage.tokens);
  if (!alignment || alignment.firstText < 0) return null;
  let matched = 0;
  let quoteWeight = 0;
  let spokenWeight = 0;
  for (const pair of alignment.pairs) {
    const q = pair.quote >= 0 ? quote.tokens[pair.quote] : null;
    const t = pair.text >= 0 ? passage.tokens[pair.text] : null;
    if (q && !q.bracketed) quoteWeight += weight(q.hash);
    if (t && !pair.forgiven) spokenWeight += weight(t.hash);
    if (q && t && q.key === t.key) matched += weight(q.hash);
  }
  // The weighted share of words in common among all the words of both sides (Jaccard): half a quote found is not a match.
  const union = quoteWeight + spokenWeight - matched;
  const score = union > 0 ? matched / union : 0;
  if (score < (options.threshold ?? DEFAULT_THRESHOLD)) return null;
  const start = passage.tokens[alignment.firstText].start;
  const end = passage.tokens[alignment.lastText].end;
  const from = positionAt(starts, start);
  const to = positionAt(starts, end);
  const turn = paragraphTurn(file, c.first);
  const who = file.turns[turn * 2];
  const label = who >= 0 ? file.speakers[who] : null;
  const exchange = file.turns[turn * 2 + 1];
  return {
    file: c.file,
    range: range(from.line, from.character, to.line, to.character),
    speaker: label === null ? null : options.speakerName?.(c.file, label) ?? label,
    exchange: exchange > 0 ? exchange : null,
    score: Math.round(score * 1000) / 1000,
    text: spokenBetween(passage, start, end),
    changes: compareQuote(quote, passage.tokens, alignment, (a, b) => spokenBetween(passage, a, b)),
  };
}

/** Best first; of matches that overlap in one file, the best; at most `limit`. */
function bestDistinct(matches: QuoteMatch[], options: FindQuoteOptions): QuoteMatch[] {
  matches.sort((a, b) => b.score - a.score || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.range.start.line - b.range.start.line);
  const kept: QuoteMatch[] = [];
  for (const m of matches) {
    const overlaps = kept.some(k => k.file === m.file && k.range.start.line <= m.range.end.line && m.range.start.line <= k.range.end.line);
    if (!overlaps) kept.push(m);
    if (kept.length >= (options.limit ?? DEFAULT_LIMIT)) break;
  }
  return kept;
}
