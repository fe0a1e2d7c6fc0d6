/**
 * Keeps the context key `transcriptReview.canUndoReviewChange` true while Ctrl+Z in the active editor
 * should undo a review change rather than an edit (see commands/undoReviewChange.ts).
 */
import * as vscode from 'vscode';
import type { ReviewStore } from './reviewStore';

export const CAN_UNDO_REVIEW_CHANGE = 'transcriptReview.canUndoReviewChange';

export function registerUndoContext(store: ReviewStore): vscode.Disposable {
  let current: boolean | undefined;
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    const value = !!document && store.canUndo(document);
    if (value === current) return;
    current = value;
    void vscode.commands.executeCommand('setContext', CAN_UNDO_REVIEW_CHANGE, value);
  };
  update();
  return vscode.Disposable.from(
    store.onDidChange(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument(e => {
      if (e.document === vscode.window.activeTextEditor?.document) update();
    }),
  );
}
