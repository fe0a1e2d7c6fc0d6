/**
 * Activation only wires features together; each feature registers and owns its disposables.
 */
import * as vscode from 'vscode';
import { TranscriptCache } from './transcriptCache';

export function activate(context: vscode.ExtensionContext): void {
  const cache = new TranscriptCache();
  context.subscriptions.push(cache);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
