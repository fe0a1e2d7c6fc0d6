/**
 * Reopens a document in another encoding. VS Code 1.100's `openTextDocument(uri, { encoding })`
 * reads the file's bytes again in that encoding; the file itself is not written, and a later save
 * keeps the encoding. A document with unsaved changes is not reopened (VS Code refuses, and the
 * changes would be lost).
 */
import * as vscode from 'vscode';
import { adviseEncoding, type EncodingAdvice } from '../../core/encoding/suggest';

/** VS Code's own picker (Reopen with Encoding / Save with Encoding) for the active editor. */
export const CHANGE_ENCODING_COMMAND = 'workbench.action.editor.changeEncoding';

/** The advice for a document from its bytes on disk (or whatever file system holds it). */
export async function adviseForDocument(document: vscode.TextDocument): Promise<EncodingAdvice> {
  if (document.isUntitled) return { kind: 'none', reason: 'untitled: no bytes to read' };
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(document.uri);
  } catch {
    return { kind: 'none', reason: 'the file could not be read' };
  }
  return adviseEncoding(bytes, document.encoding);
}

export async function reopenInEncoding(document: vscode.TextDocument, vscodeEncoding: string, title: string): Promise<vscode.TextDocument | undefined> {
  if (document.isDirty) {
    void vscode.window.showErrorMessage(`Save or revert ${fileName(document)} first: reopening it in ${title} would drop the unsaved changes.`);
    return undefined;
  }
  const reopened = await vscode.workspace.openTextDocument(document.uri, { encoding: vscodeEncoding });
  await vscode.window.showTextDocument(reopened);
  return reopened;
}

/** Shows the document and opens VS Code's encoding picker for it. */
export async function pickEncoding(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand(CHANGE_ENCODING_COMMAND);
}

export function fileName(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() || document.uri.toString();
}
