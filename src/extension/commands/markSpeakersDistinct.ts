/**
 * The speaker-variant quick fix "different people": records in the review sidecar that two labels are
 * not one speaker, so the variant is not offered again. Internal (run from the quick fix), with arguments.
 */
import * as vscode from 'vscode';
import { withSpeaker } from '../../core/review';
import type { ReviewStore } from '../review/reviewStore';

export const MARK_SPEAKERS_DISTINCT_COMMAND = 'transcriptReview.markSpeakersDistinct';

export function registerMarkSpeakersDistinctCommand(store: ReviewStore): vscode.Disposable {
  return vscode.commands.registerCommand(MARK_SPEAKERS_DISTINCT_COMMAND, async (uri: vscode.Uri, variant: string, of: string) => {
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (!document) return false;
    return store.change(document, state => ({
      ...state,
      speakers: withSpeaker(state.speakers, variant, e => ({ ...e, notSameAs: [...new Set([...(e.notSameAs ?? []), of])] })),
    }));
  });
}
