/**
 * Transcript: Remove Tag/Note: offers the tags and notes of the passages at the cursor or selection
 * and removes the one picked (a passage left with neither goes). An argument `{ tag }` or `{ note: true }`
 * removes that one from the innermost passage without asking.
 */
import * as vscode from 'vscode';
import { anchorsTouching, removeNote, removeTag } from '../../core/review';
import type { ReviewStore } from '../review/reviewStore';
import { activeReviewEditor } from '../review/target';

export const REMOVE_TAG_OR_NOTE_COMMAND = 'transcriptReview.removeTagOrNote';

interface Removal extends vscode.QuickPickItem {
  passageId: string;
  tag?: string;
}

export function registerRemoveTagOrNoteCommand(store: ReviewStore): vscode.Disposable {
  return vscode.commands.registerCommand(REMOVE_TAG_OR_NOTE_COMMAND, async (given?: { tag?: string; note?: boolean }) => {
    const editor = activeReviewEditor();
    if (!editor) return false;
    const entry = await store.load(editor.document);
    const { document, selection } = editor;
    const here = entry ? anchorsTouching(entry.anchors, document.offsetAt(selection.start), document.offsetAt(selection.end)) : [];
    const choices: Removal[] = here.flatMap(a => [
      ...a.passage.tags.map(tag => ({ passageId: a.passage.id, tag, label: `$(tag) ${tag}`, description: firstWords(a.passage.quote.exact) })),
      ...(a.passage.note ? [{ passageId: a.passage.id, label: '$(note) Note', description: firstWords(a.passage.note) }] : []),
    ]);
    if (choices.length === 0) {
      void vscode.window.showInformationMessage('No tagged or annotated passage here.');
      return false;
    }
    const chosen = given
      ? choices.find(c => (given.note ? c.tag === undefined : c.tag === given.tag))
      : await vscode.window.showQuickPick(choices, { title: 'Remove Tag/Note', placeHolder: 'What to remove' });
    if (!chosen) return false;
    return store.change(document, state => ({
      ...state,
      anchors: chosen.tag !== undefined ? removeTag(state.anchors, chosen.passageId, chosen.tag) : removeNote(state.anchors, chosen.passageId),
    }));
  });
}

function firstWords(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}
