/**
 * Activation only wires features together; each feature registers and owns its disposables.
 */
import * as vscode from 'vscode';
import { registerCitations } from './citation';
import { registerDetection } from './detection/registerDetection';
import { registerEncoding } from './encoding';
import { registerFolding } from './folding/foldingRanges';
import { registerNavigation } from './navigation';
import { registerOutline } from './outline/documentSymbols';
import { registerReview } from './review';
import { ReviewStore } from './review/reviewStore';
import { registerStatusBar } from './statusBar';
import { createParseRunner } from './parsing/workerRunner.node';
import { registerCacheStats, TranscriptCache } from './transcriptCache';

export function activate(context: vscode.ExtensionContext): void {
  // Large Markdown is read by remark in a worker (dist/parseWorker.js) in the Node host; on the web, in-thread.
  const cache = new TranscriptCache(createParseRunner(context.extensionUri));
  const reviews = new ReviewStore();
  // One line per feature; each returns the Disposable that undoes its registrations.
  context.subscriptions.push(
    cache,
    reviews,
    registerDetection(cache, context.globalState),
    registerOutline(cache),
    registerFolding(cache),
    registerNavigation(cache),
    registerStatusBar(cache),
    registerCitations(cache, reviews),
    registerEncoding(),
    registerCacheStats(cache),
    registerReview(cache, reviews),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
