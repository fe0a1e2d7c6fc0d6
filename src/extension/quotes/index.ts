/**
 * Checking a quote across the workspace's transcripts: Check Quote… and Copy Citation of the True Text.
 */
import * as vscode from 'vscode';
import { registerCheckQuoteCommand } from '../commands/checkQuote';
import { registerCopyQuoteCitationCommand } from '../commands/copyQuoteCitation';
import type { TranscriptCache } from '../transcriptCache';
import { QuoteChecks } from './quoteCheck';

export function registerQuotes(cache: TranscriptCache): vscode.Disposable {
  const checks = new QuoteChecks(cache);
  return vscode.Disposable.from(checks, registerCheckQuoteCommand(checks), registerCopyQuoteCitationCommand(checks));
}
