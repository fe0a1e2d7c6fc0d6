/**
 * Transcript: Copy Citation of the True Text: after a Check Quote, selects what was really said and copies it
 * with its citation (the Copy Citation command, in the default style).
 */
import * as vscode from 'vscode';
import type { QuoteChecks } from '../quotes/quoteCheck';

export const COPY_QUOTE_CITATION_COMMAND = 'transcriptReview.copyQuoteCitation';

export function registerCopyQuoteCitationCommand(checks: QuoteChecks): vscode.Disposable {
  return vscode.commands.registerCommand(COPY_QUOTE_CITATION_COMMAND, () => checks.copyCitationOfTrueText());
}
