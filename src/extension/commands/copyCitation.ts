/**
 * Transcript: Copy Citation: copies the selected text (or the current paragraph), exact with its
 * line wraps joined, and its citation in the default style; one citation per selection.
 */
import * as vscode from 'vscode';
import { copyCitations } from '../citation/copyCitations';
import type { RecordingLinks } from '../media/recording';
import type { ReviewStore } from '../review/reviewStore';
import type { TranscriptCache } from '../transcriptCache';

export const COPY_CITATION_COMMAND = 'transcriptReview.copyCitation';

export function registerCopyCitationCommand(cache: TranscriptCache, reviews?: ReviewStore, links?: RecordingLinks): vscode.Disposable {
  return vscode.commands.registerCommand(COPY_CITATION_COMMAND, async () => {
    const editor = vscode.window.activeTextEditor;
    return editor ? copyCitations(cache, editor, undefined, reviews, links) : undefined;
  });
}
