/**
 * The quote to check: the selection in the active editor (a draft article, a colleague's message), else one typed
 * or pasted in an input box, prefilled from the clipboard when the clipboard holds something quote-like.
 */
import * as vscode from 'vscode';

/** A clipboard worth offering: a few words to a long paragraph, on one or a few lines. */
function looksLikeQuote(text: string): boolean {
  const words = text.trim().split(/\s+/).length;
  return words >= 3 && text.length <= 2000 && text.split(/\n/).length <= 8;
}

export async function quoteToCheck(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
  if (selected.trim()) return selected;
  const clipboard = await vscode.env.clipboard.readText().then(t => t, () => '');
  const typed = await vscode.window.showInputBox({
    title: 'Check Quote',
    prompt: 'The quote as printed: it is found even with words dropped, changed or elided (…)',
    placeHolder: '“We expect the bridge to reopen … in the spring”',
    value: looksLikeQuote(clipboard) ? clipboard.trim() : '',
    ignoreFocusOut: true,
  });
  return typed?.trim() ? typed : undefined;
}
