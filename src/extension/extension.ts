/**
 * Activation only wires features together; each feature registers and owns its disposables.
 */
import * as vscode from 'vscode';
import { registerCitations } from './citation';
import { LanguageChoices } from './detection/languageChoices';
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
import { registerWorkspace } from './workspace';
import { WorkspaceIndexer } from './workspace/indexer';
import { transcriptExtensions } from './workspace/languageExtensions';

export function activate(context: vscode.ExtensionContext): void {
  // Large Markdown is read by remark in a worker (dist/parseWorker.js) in the Node host; on the web, in-thread.
  const runner = createParseRunner(context.extensionUri);
  const cache = new TranscriptCache(runner);
  const reviews = new ReviewStore();
  // Recordings linked with Link Recording…: played by the player, cited by {mediaUrl}.
  const links = new RecordingLinks(context.workspaceState);
  // The workspace's transcripts, read in the background once first needed; other indexes plug in with addPart().
  const workspace = new WorkspaceIndexer({
    cache, runner, languageExtensions: transcriptExtensions(context.extension.packageJSON), choices: new LanguageChoices(context.globalState),
  });
  // One line per feature; each returns the Disposable that undoes its registrations.
  context.subscriptions.push(
    cache,
    reviews,
    links,
    workspace,
    registerDetection(cache, context.globalState),
    registerOutline(cache, reviews),
    registerFolding(cache),
    registerNavigation(cache, reviews),
    registerStatusBar(cache, reviews),
    registerCitations(cache, reviews, links),
    registerEncoding(),
    registerCacheStats(cache),
    registerReview(cache, reviews),
    registerMedia(cache, links, context.extensionUri),
    registerWorkspace(workspace, context.workspaceState),
    registerQuotes(workspace),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
