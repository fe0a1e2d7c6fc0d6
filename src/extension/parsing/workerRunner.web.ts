/**
 * The web worker extension host (vscode.dev, github.dev): no parse worker of its own, so large Markdown is
 * parsed on the extension's thread, where the guards of src/core/parse/markdownHostile.ts keep every input
 * linear. Same exports as workerRunner.node.ts, which the Node bundle uses.
 */
import type * as vscode from 'vscode';
import type { ParseRunner } from './parseRunner';

export function createParseRunner(_extensionUri: vscode.Uri): ParseRunner | undefined {
  return undefined;
}
