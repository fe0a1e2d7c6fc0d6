/**
 * Activation only wires features together; each feature registers and owns its disposables.
 */
import * as vscode from 'vscode';
import { registerCitations } from './citation';
import { registerDetection } from './detection/registerDetection';
import { registerEncoding } from './encoding';
import { registerFolding } from './folding/foldingRanges';
import { registerMedia } from './media';
import { RecordingLinks } from './media/recording';
import { registerNavigation } from './navigation';
import { registerOutline } from './outline/documentSymbols';
import { registerQuotes } from './quotes';
import { registerReview } from './review';
import { ReviewStore } from './review/reviewStore';
import { registerStatusBar } from './statusBar';
import { createParseRunner } from './parsing/workerRunner.node';
import { registerCacheStats, TranscriptCache } from './transcriptCache';

export function activate(context: vscode.ExtensionContext): void {
  // Large Markdown is read by remark in a worker (dist/parseWorker.js) in the Node host; on the web, in-thread.
  const cache = new TranscriptCache(createParseRunner(context.extensionUri));
  const reviews = new ReviewStore();
  // Recordings linked with Link Recording…: played by the player, cited by {mediaUrl}.
  const links = new RecordingLinks(context.workspaceState);
  // One line per feature; each returns the Disposable that undoes its registrations.
  context.subscriptions.push(
    cache,
    reviews,
    links,
    registerDetection(cache, context.globalState),
    registerOutline(cache),
    registerFolding(cache),
    registerNavigation(cache),
    registerStatusBar(cache),
    registerCitations(cache, reviews, links),
    registerEncoding(),
    registerCacheStats(cache),
    registerReview(cache, reviews),
    registerMedia(cache, links),
    registerQuotes(cache),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
