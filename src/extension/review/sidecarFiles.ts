/**
 * Reading and writing sidecar files through `vscode.workspace.fs` (so remote and virtual workspaces work).
 * A write goes to a temporary file beside the sidecar and is renamed over it: a full disk or a failed
 * write leaves the old sidecar whole, never half of the new one. (VS Code's file service carries out a
 * rename over an existing file as delete-then-rename, so for a moment there may be no sidecar at all;
 * the store reads a sidecar again only after its own writes have finished, so it never sees that moment.)
 */
import * as vscode from 'vscode';

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
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const temporary = vscode.Uri.joinPath(uri, '..', `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}
