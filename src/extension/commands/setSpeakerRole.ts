/**
 * Transcript: Set Speaker Role…: host, witness, interpreter, … for a speaker label, kept in the review
 * sidecar and shown in the Review view's speaker pick and exports. Arguments (label, role) skip the questions.
 */
import * as vscode from 'vscode';
import { withSpeaker } from '../../core/review';
import type { ReviewStore } from '../review/reviewStore';
import { pickSpeaker } from '../review/speakerPick';
import { activeReviewEditor } from '../review/target';
import type { TranscriptCache } from '../transcriptCache';

export const SET_SPEAKER_ROLE_COMMAND = 'transcriptReview.setSpeakerRole';

const ROLES = ['host', 'moderator', 'interviewer', 'guest', 'witness', 'counsel', 'judge', 'interpreter', 'reporter', 'analyst', 'operator'];

export function registerSetSpeakerRoleCommand(store: ReviewStore, cache: TranscriptCache): vscode.Disposable {
  return vscode.commands.registerCommand(SET_SPEAKER_ROLE_COMMAND, async (givenLabel?: string, givenRole?: string) => {
    const editor = activeReviewEditor();
    const entry = editor && await store.load(editor.document);
    if (!editor || !entry) return false;
    const label = givenLabel ?? await pickSpeaker(cache.get(editor.document), entry.speakers, 'Set Speaker Role');
    if (!label) return false;
    const role = givenRole ?? await pickRole(label);
    if (role === undefined) return false;
    return store.change(editor.document, state => ({
      ...state,
      speakers: withSpeaker(state.speakers, label, e => ({ ...e, role: role.trim() || undefined })),
    }));
  });
}

/** A common role, or one typed in; an empty one clears it. */
async function pickRole(label: string): Promise<string | undefined> {
  const pick = vscode.window.createQuickPick();
  pick.title = `Role of "${label}"`;
  pick.placeholder = 'Pick or type a role (empty clears it)';
  pick.items = ROLES.map(label => ({ label }));
  return new Promise(resolve => {
    let chosen: string | undefined;
    pick.onDidAccept(() => {
      chosen = pick.selectedItems[0]?.label ?? pick.value;
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(chosen);
    });
    pick.show();
  });
}
