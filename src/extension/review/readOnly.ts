/**
 * `transcriptReview.review.openReadOnly`: each transcript opened in an editor is made read-only for the
 * session (once per document, so Make Writable in Session sticks until it is closed).
 */
import * as vscode from 'vscode';
import { registerMakeReadOnlyCommand } from '../commands/openReadOnly';

export const OPEN_READ_ONLY_SETTING = 'transcriptReview.review.openReadOnly';

/**
 * Internal (not in the Command Palette): the transcripts the setting has made read-only, once VS Code has done
 * it, so that the integration tests wait for that instead of probing with key presses (a key typed while the
 * change is on its way lands, and its undo is then refused).
 */
export const READ_ONLY_APPLIED_COMMAND = 'transcriptReview.internal.readOnlyApplied';

export function registerReadOnly(): vscode.Disposable {
  const done = new Set<string>();
  const applied = new Set<string>();
  const apply = async (editor: vscode.TextEditor | undefined) => {
    if (!editor || editor.document.languageId !== 'transcript' || editor.document.uri.scheme === 'untitled') return;
    const key = editor.document.uri.toString();
    if (done.has(key)) return;
    if (!vscode.workspace.getConfiguration('transcriptReview.review', editor.document.uri).get<boolean>('openReadOnly', false)) return;
    // VS Code's command acts on the active editor: it must still be this one.
    if (vscode.window.activeTextEditor?.document !== editor.document) return;
    done.add(key);
    await vscode.commands.executeCommand('workbench.action.files.setActiveEditorReadonlyInSession');
    if (done.has(key)) applied.add(key);
  };
  void apply(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    registerMakeReadOnlyCommand(),
    vscode.window.onDidChangeActiveTextEditor(editor => void apply(editor)),
    vscode.workspace.onDidCloseTextDocument(d => {
      done.delete(d.uri.toString());
      applied.delete(d.uri.toString());
    }),
    vscode.commands.registerCommand(READ_ONLY_APPLIED_COMMAND, () => [...applied]),
  );
}
