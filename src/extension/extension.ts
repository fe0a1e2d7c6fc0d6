/**
 * Activation only wires features together; each feature registers and owns its disposables.
 */
import * as vscode from 'vscode';
import { registerCitations } from './citation';
import { registerDetection } from './detection/registerDetection';
import { registerFolding } from './folding/foldingRanges';
import { registerMedia } from './media';
import { registerNavigation } from './navigation';
import { registerOutline } from './outline/documentSymbols';
import { registerStatusBar } from './statusBar';
import { registerCacheStats, TranscriptCache } from './transcriptCache';

export function activate(context: vscode.ExtensionContext): void {
  const cache = new TranscriptCache();
  // One line per feature; each returns the Disposable that undoes its registrations.
  context.subscriptions.push(
    cache,
    registerDetection(cache, context.globalState),
    registerOutline(cache),
    registerFolding(cache),
    registerNavigation(cache),
    registerStatusBar(cache),
    registerCitations(cache),
    registerCacheStats(cache),
    registerMedia(cache, context.workspaceState),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
