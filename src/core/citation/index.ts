/**
 * Citations: the exact text of a selection and a citation for it in a chosen style.
 * Pure core: the CLI and the extension call `cite` (or the steps it is made of).
 */
import type { Transcript } from '../model';
import type { Range } from '../position';
import { buildCitationContext, type CitationContextOptions, type CitationOverrides } from './context';
import { extractQuote } from './quote';
import { formatCitation, type CitationStyle, type FormatOptions } from './styles';

export { CITATION_FIELDS, buildCitationContext } from './context';
export type { CitationContext, CitationContextOptions, CitationField, CitationOverrides } from './context';
export { extractQuote } from './quote';
export type { LineSpan, Quote } from './quote';
export { CITATION_STYLES, formatCitation, isCitationStyle } from './styles';
export type { CitationStyle, CitationStyleInfo, FormatOptions } from './styles';
export { DEFAULT_TEMPLATE, fillTemplate } from './template';

export interface CiteOptions extends FormatOptions, CitationContextOptions {
  overrides?: CitationOverrides;
}

/** Quote the selection (the current paragraph when it is empty) and format its citation. */
export function cite(
  transcript: Transcript,
  lines: readonly string[],
  selection: Range,
  style: CitationStyle,
  options: CiteOptions = {},
): string {
  const quote = extractQuote(transcript, lines, selection);
  const context = buildCitationContext(transcript, quote, options.overrides, { overridesWin: options.overridesWin });
  return formatCitation(context, style, { template: options.template });
}
