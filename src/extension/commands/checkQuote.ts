/**
 * Transcript: Check Quote…: finds where a quote (the selection, or one typed or pasted) was said in the
 * workspace's transcripts, even altered, and shows how it differs from what was said.
 */
import * as vscode from 'vscode';
import type { QuoteChecks } from '../quotes/quoteCheck';

export const CHECK_QUOTE_COMMAND = 'transcriptReview.checkQuote';

/** `quote` may be passed by a caller (a test, a keybinding's args) instead of the selection or input box. */
export function registerCheckQuoteCommand(checks: QuoteChecks): vscode.Disposable {
  return vscode.commands.registerCommand(CHECK_QUOTE_COMMAND, (quote?: unknown) => checks.check(typeof quote === 'string' ? quote : undefined));
}
