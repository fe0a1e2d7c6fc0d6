/** Finding a quote, even altered, across many transcripts: the index, the lookup and the word-level comparison. */
export { QuoteError, QuoteIndex } from './quoteIndex';
export { parseQuote, MIN_QUOTE_WORDS } from './quoteText';
export { comparisonMarkdown } from './comparisonMarkdown';
export { DEFAULT_THRESHOLD, type FindQuoteOptions, type QuoteChange, type QuoteMatch } from './types';
