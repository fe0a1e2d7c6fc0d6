/**
 * What a review command acts on: the active transcript editor and its selection's offsets (trimmed of
 * white space), or the paragraph at the cursor when nothing is selected.
 */
import * as vscode from 'vscode';
import { isReviewable } from './reviewStore';

export interface ReviewTarget {
  editor: vscode.TextEditor;
  start: number;
  end: number;
}

export function activeReviewEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && isReviewable(editor.document)) return editor;
  void vscode.window.showInformationMessage(
    editor?.document.uri.scheme === 'untitled' ? 'Save the transcript first: its review is kept in a file beside it.' : 'Open a transcript to review it.',
  );
  return undefined;
}

export function reviewTarget(): ReviewTarget | undefined {
  const editor = activeReviewEditor();
  if (!editor) return undefined;
  const { document, selection } = editor;
  let start = document.offsetAt(selection.start);
  let end = document.offsetAt(selection.end);
  if (start === end) {
    const paragraph = paragraphAt(document, selection.active.line);
    if (!paragraph) {
      void vscode.window.showInformationMessage('Select the passage first (or put the cursor in a paragraph).');
      return undefined;
    }
    [start, end] = [document.offsetAt(paragraph.start), document.offsetAt(paragraph.end)];
  }
  const text = document.getText(new vscode.Range(document.positionAt(start), document.positionAt(end)));
  start += text.length - text.trimStart().length;
  end -= text.length - text.trimEnd().length;
  return end > start ? { editor, start, end } : undefined;
}

/** The run of non-blank lines around `line`. */
function paragraphAt(document: vscode.TextDocument, line: number): vscode.Range | undefined {
  if (document.lineAt(line).isEmptyOrWhitespace) return undefined;
  let first = line;
  let last = line;
  while (first > 0 && !document.lineAt(first - 1).isEmptyOrWhitespace) first--;
  while (last < document.lineCount - 1 && !document.lineAt(last + 1).isEmptyOrWhitespace) last++;
  return new vscode.Range(first, 0, last, document.lineAt(last).text.length);
}

export function newPassageId(): string {
  return globalThis.crypto.randomUUID();
}
