/**
 * The web worker extension host has no file system of its own: sidecars are written through `vscode.workspace.fs`.
 * Same exports as atomicOps.node.ts, which the Node bundle uses.
 */
import type * as vscode from 'vscode';
import type { AtomicWriteOps } from '../../core/review';
import { workspaceFsOps } from './workspaceFsOps';

export function atomicOpsFor(uri: vscode.Uri): AtomicWriteOps {
  return workspaceFsOps(uri);
}
