/**
 * Reveals a passage of the Review view: opens its transcript and selects the passage.
 */
import * as vscode from 'vscode';
import { REVEAL_PASSAGE_COMMAND } from '../review/reviewTree';

export function registerRevealPassageCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_PASSAGE_COMMAND, async (uri: vscode.Uri, start: number, end: number) => {
    const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
    const range = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  });
}
