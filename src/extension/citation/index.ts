/**
 * Citations: Copy Citation and Copy Citation As....
 */
import * as vscode from 'vscode';
import { registerCopyCitationCommand } from '../commands/copyCitation';
import { registerCopyCitationAsCommand } from '../commands/copyCitationAs';
import type { ReviewStore } from '../review/reviewStore';
import type { TranscriptCache } from '../transcriptCache';

/** `reviews` gives the reviewer's speaker names (review sidecar) to the citations. */
export function registerCitations(cache: TranscriptCache, reviews?: ReviewStore): vscode.Disposable {
  return vscode.Disposable.from(
    registerCopyCitationCommand(cache, reviews),
    registerCopyCitationAsCommand(cache, reviews),
  );
}
