/**
 * Transcript: Undo Last Review Change. VS Code's undo stack belongs to the document's text, and a tag or
 * note never changes the text, so review changes have their own history. Ctrl+Z (Cmd+Z) runs this command
 * while the context key `transcriptReview.canUndoReviewChange` says the last thing done in the transcript
 * was a review change (its text has not been edited since); otherwise Ctrl+Z is the editor's undo.
 */
import * as vscode from 'vscode';
import type { ReviewStore } from '../review/reviewStore';
import { activeReviewEditor } from '../review/target';

export const UNDO_REVIEW_CHANGE_COMMAND = 'transcriptReview.undoReviewChange';

export function registerUndoReviewChangeCommand(store: ReviewStore): vscode.Disposable {
  return vscode.commands.registerCommand(UNDO_REVIEW_CHANGE_COMMAND, async () => {
    const editor = activeReviewEditor();
    if (!editor) return false;
    const undone = await store.undo(editor.document);
    if (!undone) void vscode.window.showInformationMessage('No review change to undo in this transcript.');
    return undone;
  });
}
