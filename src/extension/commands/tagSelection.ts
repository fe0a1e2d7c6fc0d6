/**
 * Transcript: Tag Selection…: adds a tag (picked, or typed as a new one) to the selected passage, or
 * the paragraph at the cursor. An argument gives the tag without asking. Returns the passage's id.
 */
import * as vscode from 'vscode';
import { addTag } from '../../core/review';
import type { ReviewStore } from '../review/reviewStore';
import { pickTag } from '../review/tagPick';
import { newPassageId, reviewTarget } from '../review/target';

export const TAG_SELECTION_COMMAND = 'transcriptReview.tagSelection';

export function registerTagSelectionCommand(store: ReviewStore): vscode.Disposable {
  return vscode.commands.registerCommand(TAG_SELECTION_COMMAND, async (given?: unknown) => {
    const target = reviewTarget();
    if (!target) return undefined;
    const { editor, start, end } = target;
    await store.load(editor.document);
    const tag = (typeof given === 'string' ? given : await pickTag(store, editor.document))?.trim();
    if (!tag) return undefined;
    const id = newPassageId();
    let taggedId: string | undefined;
    await store.change(editor.document, (state, text) => {
      const anchors = addTag(state.anchors, text, start, end, tag, id);
      taggedId = anchors.find(a => a.start === start && a.end === end)?.passage.id;
      return { ...state, anchors };
    });
    return taggedId;
  });
}
