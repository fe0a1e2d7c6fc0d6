/**
 * `transcriptReview.review.openReadOnly`: each transcript opened in an editor is made read-only for the
 * session (once per document, so Make Writable in Session sticks until it is closed).
 */
import * as vscode from 'vscode';
import { registerMakeReadOnlyCommand } from '../commands/openReadOnly';

export const OPEN_READ_ONLY_SETTING = 'transcriptReview.review.openReadOnly';

export function registerReadOnly(): vscode.Disposable {
  const done = new Set<string>();
  const apply = (editor: vscode.TextEditor | undefined) => {
    if (!editor || editor.document.languageId !== 'transcript' || editor.document.uri.scheme === 'untitled') return;
    const key = editor.document.uri.toString();
    if (done.has(key)) return;
    if (!vscode.workspace.getConfiguration('transcriptReview.review', editor.document.uri).get<boolean>('openReadOnly', false)) return;
    done.add(key);
    void vscode.commands.executeCommand('workbench.action.files.setActiveEditorReadonlyInSession');
  };
  apply(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    registerMakeReadOnlyCommand(),
    vscode.window.onDidChangeActiveTextEditor(apply),
    vscode.workspace.onDidCloseTextDocument(d => done.delete(d.uri.toString())),
  );
}
