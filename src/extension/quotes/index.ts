/**
 * Checking a quote across the workspace's transcripts: Check Quote… and Copy Citation of the True Text,
 * answered from a quote index the workspace indexer keeps current.
 */
import * as vscode from 'vscode';
import { registerCheckQuoteCommand } from '../commands/checkQuote';
import { registerCopyQuoteCitationCommand } from '../commands/copyQuoteCitation';
import type { WorkspaceIndexer } from '../workspace/indexer';
import { QuoteChecks } from './quoteCheck';
import { WorkspaceQuotes } from './workspaceQuotes';

export function registerQuotes(workspace: WorkspaceIndexer): vscode.Disposable {
  const quotes = new WorkspaceQuotes(workspace);
  const checks = new QuoteChecks(quotes);
  return vscode.Disposable.from(quotes, checks, registerCheckQuoteCommand(checks), registerCopyQuoteCitationCommand(checks));
}
