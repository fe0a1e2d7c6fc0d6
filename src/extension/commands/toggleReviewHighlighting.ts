/**
 * Transcript: Toggle Review Highlighting: turns the colours of tagged passages off and on (the
 * `transcriptReview.review.highlight` user setting). Returns the new value.
 */
import * as vscode from 'vscode';

export const TOGGLE_REVIEW_HIGHLIGHTING_COMMAND = 'transcriptReview.toggleReviewHighlighting';

export function registerToggleReviewHighlightingCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(TOGGLE_REVIEW_HIGHLIGHTING_COMMAND, async () => {
    const config = vscode.workspace.getConfiguration('transcriptReview.review');
    const next = !config.get<boolean>('highlight', true);
    await config.update('highlight', next, vscode.ConfigurationTarget.Global);
    return next;
  });
}
