/**
 * Activation only wires features together; each feature registers and owns its disposables.
 */
import * as vscode from 'vscode';
import { registerCitations } from './citation';
import { registerDetection } from './detection/registerDetection';
import { registerFolding } from './folding/foldingRanges';
import { registerMedia } from './media';
import { RecordingLinks } from './media/recording';
import { registerNavigation } from './navigation';
import { registerOutline } from './outline/documentSymbols';
import { registerStatusBar } from './statusBar';
import { registerCacheStats, TranscriptCache } from './transcriptCache';

export function activate(context: vscode.ExtensionContext): void {
  const cache = new TranscriptCache();
  // Recordings linked with Link Recording…: played by the player, cited by {mediaUrl}.
  const links = new RecordingLinks(context.workspaceState);
  // One line per feature; each returns the Disposable that undoes its registrations.
  context.subscriptions.push(
    cache,
    links,
    registerDetection(cache, context.globalState),
    registerOutline(cache),
    registerFolding(cache),
    registerNavigation(cache),
    registerStatusBar(cache),
    registerCitations(cache, links),
    registerCacheStats(cache),
    registerMedia(cache, links),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
