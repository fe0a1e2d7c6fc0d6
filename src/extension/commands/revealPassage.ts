/**
 * Reveals a passage of the Review view: opens its transcript and selects the passage. Given the passage's id,
 * the passage is looked up in the transcript's review once it is loaded (a transcript that was not open is
 * found again by its text); the offsets are the fallback.
 */
import * as vscode from 'vscode';
import type { ReviewStore } from '../review/reviewStore';
import { REVEAL_PASSAGE_COMMAND } from '../review/reviewTree';

export function registerRevealPassageCommand(store: ReviewStore): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_PASSAGE_COMMAND, async (uri: vscode.Uri, start: number, end: number, id?: string) => {
    const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
    const anchor = id === undefined ? undefined : (await store.load(editor.document))?.anchors.find(a => a.passage.id === id);
    if (anchor?.how === 'orphan') {
      void vscode.window.showWarningMessage('The text of this passage is no longer in the transcript; it is listed under Orphaned in the Review view.');
      return false;
    }
    const range = new vscode.Range(editor.document.positionAt(anchor?.start ?? start), editor.document.positionAt(anchor?.end ?? end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  });
}
