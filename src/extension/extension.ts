/**
 * Activation only wires features together; each feature registers and owns its disposables.
 */
import * as vscode from 'vscode';
import { registerCitations } from './citation';
import { registerDetection } from './detection/registerDetection';
import { registerFolding } from './folding/foldingRanges';
import { registerNavigation } from './navigation';
import { registerOutline } from './outline/documentSymbols';
import { registerStatusBar } from './statusBar';
import { createNodeParseRunner } from './parsing/nodeWorkerPort';
import { registerCacheStats, TranscriptCache } from './transcriptCache';

export function activate(context: vscode.ExtensionContext): void {
  // Large Markdown is read by remark in a worker (dist/parseWorker.js), off the extension host's thread.
  const cache = new TranscriptCache(createNodeParseRunner(vscode.Uri.joinPath(context.extensionUri, 'dist', 'parseWorker.js').fsPath));
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
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
