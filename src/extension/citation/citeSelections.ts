/**
 * The citations for an editor's selections: one per selection, in document order, joined by a
 * blank line. An empty selection quotes its current paragraph. Reads the document, never edits it.
 */
import type * as vscode from 'vscode';
import { buildCitationContext, extractQuote, formatCitation, type CitationStyle } from '../../core/citation';
import type { Transcript } from '../../core/model';
import { fromVsRange } from '../convert';
import { documentLines } from './documentLines';
import type { CitationSettings } from './settings';

export function citeSelections(
  document: vscode.TextDocument,
  selections: readonly vscode.Selection[],
  transcript: Transcript,
  style: CitationStyle,
  settings: CitationSettings,
  /** The reviewer's name for a speaker label (review sidecar), if any. */
  speakerName: (label: string) => string = label => label,
): string[] {
  const lines = documentLines(document);
  const ordered = [...selections].sort((a, b) => a.start.compareTo(b.start));
  const citations: string[] = [];
  for (const selection of ordered) {
    const quote = extractQuote(transcript, lines, fromVsRange(selection));
    if (quote.text.trim() === '') continue;
    const context = buildCitationContext(transcript, quote, settings.overrides);
    if (quote.speaker !== null && context.speaker !== null) context.speaker = speakerName(quote.speaker);
    const citation = formatCitation(context, style, { template: settings.template });
    // Two cursors in one paragraph quote it once.
    if (!citations.includes(citation)) citations.push(citation);
  }
  return citations;
}
