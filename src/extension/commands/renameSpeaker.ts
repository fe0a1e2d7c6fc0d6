/**
 * Transcript: Rename Speaker…: the name to show and cite for a speaker label (`PRESIDENT LINCOLN` →
 * `Abraham Lincoln`), kept in the review sidecar; the transcript is not changed. An empty name goes back
 * to the label. Arguments (label, name) skip the questions.
 */
import * as vscode from 'vscode';
import { withSpeaker } from '../../core/review';
import type { ReviewStore } from '../review/reviewStore';
import { pickSpeaker } from '../review/speakerPick';
import { activeReviewEditor } from '../review/target';
import type { TranscriptCache } from '../transcriptCache';

export const RENAME_SPEAKER_COMMAND = 'transcriptReview.renameSpeaker';

export function registerRenameSpeakerCommand(store: ReviewStore, cache: TranscriptCache): vscode.Disposable {
  return vscode.commands.registerCommand(RENAME_SPEAKER_COMMAND, async (givenLabel?: string, givenName?: string) => {
    const editor = activeReviewEditor();
    const entry = editor && await store.load(editor.document);
    if (!editor || !entry) return false;
    const label = givenLabel ?? await pickSpeaker(cache.get(editor.document), entry.speakers, 'Rename Speaker');
    if (!label) return false;
    const name = givenName ?? await vscode.window.showInputBox({
      title: `Rename Speaker "${label}"`, prompt: 'Name to show and cite (empty: as written)', value: entry.speakers[label]?.name ?? label,
    });
    if (name === undefined) return false;
    const trimmed = name.trim();
    return store.change(editor.document, state => ({
      ...state,
      speakers: withSpeaker(state.speakers, label, e => ({ ...e, name: trimmed && trimmed !== label ? trimmed : undefined })),
    }));
  });
}
