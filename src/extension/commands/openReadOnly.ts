/**
 * Transcript: Make Read-Only (Session): the active transcript can no longer be typed into until it is
 * closed or made writable again (VS Code's session read-only mode), so a reviewer cannot change the
 * evidence by a stray key press. Tags and notes still work: they live in the sidecar.
 */
import * as vscode from 'vscode';
import { activeReviewEditor } from '../review/target';

export const MAKE_READ_ONLY_COMMAND = 'transcriptReview.makeReadOnly';

export function registerMakeReadOnlyCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(MAKE_READ_ONLY_COMMAND, async () => {
    if (!activeReviewEditor()) return false;
    await vscode.commands.executeCommand('workbench.action.files.setActiveEditorReadonlyInSession');
    return true;
  });
}
