/**
 * The file operations of an atomic sidecar write through `vscode.workspace.fs`, which reaches every file system
 * VS Code can open (remote, virtual, the web). Its rename over an existing file deletes that file first (VS Code's
 * file service does so for every provider), which is why a missing sidecar is recovered from its temporary file.
 */
import * as vscode from 'vscode';
import type { AtomicWriteOps } from '../../core/review';

export function workspaceFsOps(base: vscode.Uri): AtomicWriteOps {
  const at = (path: string) => base.with({ path });
  return {
    writeFile: (path, text) => Promise.resolve(vscode.workspace.fs.writeFile(at(path), new TextEncoder().encode(text))),
    rename: (from, to) => Promise.resolve(vscode.workspace.fs.rename(at(from), at(to), { overwrite: true })),
    delete: path => Promise.resolve(vscode.workspace.fs.delete(at(path), { useTrash: false })),
  };
}
