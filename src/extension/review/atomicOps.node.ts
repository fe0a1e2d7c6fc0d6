/**
 * In the Node extension host, a sidecar on the `file` scheme (a local folder, or the remote machine's own disk
 * under Remote-SSH, WSL and containers, where this host runs) is written with Node's file system: the temporary
 * file is flushed to disk before it is renamed, and the rename replaces the old sidecar in one step (POSIX
 * rename; MoveFileEx on Windows), with no moment without a sidecar. Other schemes go through `vscode.workspace.fs`.
 */
import { open, rename, rm } from 'node:fs/promises';
import type * as vscode from 'vscode';
import type { AtomicWriteOps } from '../../core/review';
import { workspaceFsOps } from './workspaceFsOps';

export function atomicOpsFor(uri: vscode.Uri): AtomicWriteOps {
  if (uri.scheme !== 'file') return workspaceFsOps(uri);
  const at = (path: string) => uri.with({ path }).fsPath;
  return {
    async writeFile(path, text) {
      const file = await open(at(path), 'w');
      try {
        await file.writeFile(text, 'utf8');
        // Without it, a crash soon after the rename can leave an empty file on some file systems.
        await file.sync();
      } finally {
        await file.close();
      }
    },
    rename: (from, to) => rename(at(from), at(to)),
    delete: path => rm(at(path), { force: true }),
  };
}
