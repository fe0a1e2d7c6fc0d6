/**
 * Reading and writing sidecar files. A write goes to a temporary file beside the sidecar, which is renamed over
 * it (src/core/review/atomicWrite.ts): a full disk or a write cut off leaves the old sidecar whole, never half of
 * the new one. A sidecar found missing while a whole temporary file of it is there (a write cut off between the
 * file service's delete and rename) is put back from that file.
 */
import * as vscode from 'vscode';
import { isTemporaryOf, parseReview, recoverableTemporary, writeFileAtomically, type TemporaryFile } from '../../core/review';
import { atomicOpsFor } from './atomicOps.node';

/** The sidecar's text, or undefined when there is none. */
export async function readSidecar(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

export async function writeAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  await writeFileAtomically(atomicOpsFor(uri), uri.path, text, unique);
}

/**
 * For a sidecar that is missing: puts back the newest whole temporary file of an interrupted write, and returns
 * its name; undefined when there is none (the usual case: no review yet).
 */
export async function recoverInterruptedWrite(uri: vscode.Uri): Promise<string | undefined> {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const folder = vscode.Uri.joinPath(uri, '..');
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return undefined;
  }
  const files: TemporaryFile[] = [];
  for (const [entry, type] of entries) {
    if (type !== vscode.FileType.File || !isTemporaryOf(name, entry)) continue;
    const file = vscode.Uri.joinPath(folder, entry);
    try {
      const text = await readSidecar(file);
      if (text !== undefined) files.push({ name: entry, text, mtime: (await vscode.workspace.fs.stat(file)).mtime });
    } catch {
      // Not UTF-8: not a whole review.
    }
  }
  const found = recoverableTemporary(name, files, text => {
    try {
      parseReview(text);
      return true;
    } catch {
      return false;
    }
  });
  if (!found) return undefined;
  // Never over a sidecar that appeared meanwhile.
  await vscode.workspace.fs.rename(vscode.Uri.joinPath(folder, found.name), uri, { overwrite: false });
  return found.name;
}
