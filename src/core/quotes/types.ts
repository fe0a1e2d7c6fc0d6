/** What a quote lookup answers: where the quote was said, how sure, and how it differs from what was said. */
import type { Range } from '../position';

/**
 * One run of the word-level comparison. `same`: said as quoted (case and punctuation aside); `added`: words in
 * the quote the speaker did not say; `omitted`: words the speaker said that the quote leaves out (an elision's
 * `quoteText` is its mark, `…`); `changed`: words the quote has in place of the speaker's.
 */
export interface QuoteChange {
  kind: 'same' | 'added' | 'changed' | 'omitted';
  quoteText: string;
  spokenText: string;
}

export interface QuoteMatch {
  file: string;
  /** The true text's range in the file (0-based lines, as the core counts them). */
  range: Range;
  /** The speaker as the transcript labels them (or as renamed, when the caller passed the renames); null when unlabelled. */
  speaker: string | null;
  /** The exchange (Q number) the words were said in, or null. */
  exchange: number | null;
  /** 1 for the quote word for word; lower as more of it differs (rare words weigh more than common ones). */
  score: number;
  /** What was said, from the first to the last word the quote covers (lines joined, elided words included). */
  text: string;
  changes: QuoteChange[];
}

export interface FindQuoteOptions {
  /** At most this many matches (best first); 5 by default. */
  limit?: number;
  /** Matches scoring below this are not reported; `DEFAULT_THRESHOLD` by default. */
  threshold?: number;
  /** The name to report for a speaker of `file` (the review's renames), or undefined to keep the label. */
  speakerName?: (file: string, speaker: string) => string | undefined;
}

/** Below this, a match is more likely another passage that shares some words than the quote altered. */
export const DEFAULT_THRESHOLD = 0.5;
