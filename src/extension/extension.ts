/**
 * Activation only wires features together; each feature registers and owns its disposables.
 */
import * as vscode from 'vscode';
import { TranscriptCache } from './transcriptCache';
import { registerNavigation } from './navigation';
import { registerStatusBar } from './statusBar';

export function activate(context: vscode.ExtensionContext): void {
  const cache = new TranscriptCache();
  context.subscriptions.push(cache);
  context.subscriptions.push(registerNavigation(cache));
  context.subscriptions.push(registerStatusBar(cache));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
