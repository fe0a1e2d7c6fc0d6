/**
 * Citations: Copy Citation and Copy Citation As....
 */
import * as vscode from 'vscode';
import { registerCopyCitationCommand } from '../commands/copyCitation';
import { registerCopyCitationAsCommand } from '../commands/copyCitationAs';
import type { RecordingLinks } from '../media/recording';
import type { ReviewStore } from '../review/reviewStore';
import type { TranscriptCache } from '../transcriptCache';

/** `reviews` gives the reviewer's speaker names (review sidecar), `links` the linked recordings ({mediaUrl}). */
export function registerCitations(cache: TranscriptCache, reviews?: ReviewStore, links?: RecordingLinks): vscode.Disposable {
  return vscode.Disposable.from(
    registerCopyCitationCommand(cache, reviews, links),
    registerCopyCitationAsCommand(cache, reviews, links),
  );
}
