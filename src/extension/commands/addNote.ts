/**
 * Transcript: Add Note…: sets the note of the selected passage (or the paragraph at the cursor),
 * starting from the note it has. An empty note removes it. An argument gives the note without asking.
 */
import * as vscode from 'vscode';
import { anchorAt, setNote } from '../../core/review';
import type { ReviewStore } from '../review/reviewStore';
import { newPassageId, reviewTarget } from '../review/target';

export const ADD_NOTE_COMMAND = 'transcriptReview.addNote';

export function registerAddNoteCommand(store: ReviewStore): vscode.Disposable {
  return vscode.commands.registerCommand(ADD_NOTE_COMMAND, async (given?: unknown) => {
    const target = reviewTarget();
    if (!target) return undefined;
    const { editor, start, end } = target;
    const entry = await store.load(editor.document);
    const current = entry ? anchorAt(entry.anchors, start, end)?.passage.note : undefined;
    const note = typeof given === 'string'
      ? given
      : await vscode.window.showInputBox({ title: 'Add Note', prompt: 'Note on the selected passage (empty removes it)', value: current ?? '' });
    if (note === undefined) return undefined;
    const id = newPassageId();
    return store.change(editor.document, (state, text) => ({ ...state, anchors: setNote(state.anchors, text, start, end, note, id) }));
  });
}
