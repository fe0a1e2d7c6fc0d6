/**
 * Transcript: Merge Speakers…: marks one label as a variant of another (`SA` of `Shaun Apps（SA）`), so it
 * takes that speaker's name and role in citations and exports. Kept in the review sidecar; the transcript
 * is not changed. Arguments (variant, of) skip the questions (the speaker-variant quick fix uses them).
 */
import * as vscode from 'vscode';
import { withSpeaker } from '../../core/review';
import type { ReviewStore } from '../review/reviewStore';
import { pickSpeaker } from '../review/speakerPick';
import { activeReviewEditor } from '../review/target';
import type { TranscriptCache } from '../transcriptCache';

export const MERGE_SPEAKERS_COMMAND = 'transcriptReview.mergeSpeakers';

export function registerMergeSpeakersCommand(store: ReviewStore, cache: TranscriptCache): vscode.Disposable {
  return vscode.commands.registerCommand(MERGE_SPEAKERS_COMMAND, async (givenVariant?: string, givenOf?: string) => {
    const editor = activeReviewEditor();
    const entry = editor && await store.load(editor.document);
    if (!editor || !entry) return false;
    const transcript = cache.get(editor.document);
    const variant = givenVariant ?? await pickSpeaker(transcript, entry.speakers, 'Merge Speakers: the variant');
    if (!variant) return false;
    const of = givenOf ?? await pickSpeaker(transcript, entry.speakers, `Merge "${variant}" into`, variant);
    if (!of || of === variant) return false;
    return store.change(editor.document, state => ({
      ...state,
      speakers: withSpeaker(state.speakers, variant, e => ({ ...e, sameAs: of, notSameAs: e.notSameAs?.filter(x => x !== of) })),
    }));
  });
}
