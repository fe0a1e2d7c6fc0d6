/**
 * Transcript: Rename Tag…: renames a tag in every review of the workspace; renaming it to a tag that
 * exists merges the two. Open transcripts change through the review store (so Undo takes it back there),
 * other sidecars are rewritten on disk; unreadable sidecars are named and left alone.
 */
import * as vscode from 'vscode';
import { parseReview, renameTag, serializeReview, transcriptPathFor } from '../../core/review';
import type { ReviewStore } from '../review/reviewStore';
import { readSidecar, writeAtomically } from '../review/sidecarFiles';
import type { ReviewNode } from '../review/reviewTree';
import { findSidecars } from '../review/workspaceSidecars';

export const RENAME_TAG_COMMAND = 'transcriptReview.renameTag';

export function registerRenameTagCommand(store: ReviewStore): vscode.Disposable {
  return vscode.commands.registerCommand(RENAME_TAG_COMMAND, async (from?: string | ReviewNode, given?: string) => {
    const tag = typeof from === 'string' ? from : from?.kind === 'tag' ? from.tag : await askTag(store);
    if (!tag) return 0;
    const to = (given ?? await vscode.window.showInputBox({ title: `Rename Tag "${tag}"`, prompt: 'New name (an existing tag merges them)', value: tag }))?.trim();
    if (!to || to === tag) return 0;
    let changed = 0;
    const open = new Set<string>();
    for (const entry of store.all()) {
      open.add(entry.sidecar.toString());
      const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === entry.transcript.toString());
      if (!document || !entry.anchors.some(a => a.passage.tags.includes(tag))) continue;
      // A transcript deleted on disk gets no new sidecar.
      if (!(await vscode.workspace.fs.stat(entry.transcript).then(() => true, () => false))) continue;
      const done = await store.change(document, state => {
        const passages = renameTag(state.anchors.map(a => a.passage), tag, to);
        return { ...state, anchors: state.anchors.map((a, i) => ({ ...a, passage: passages[i] })) };
      });
      if (done) changed++;
    }
    const unreadable: string[] = [];
    for (const file of await findSidecars()) {
      if (open.has(file.toString())) continue;
      try {
        const text = await readSidecar(file);
        if (!text) continue;
        const review = parseReview(text);
        if (!review.passages.some(p => p.tags.includes(tag))) continue;
        const name = transcriptPathFor(file.path).slice(transcriptPathFor(file.path).lastIndexOf('/') + 1);
        await writeAtomically(file, serializeReview({ ...review, passages: renameTag(review.passages, tag, to) }, name));
        changed++;
      } catch (error) {
        unreadable.push(`${vscode.workspace.asRelativePath(file)} (${(error as Error).message})`);
      }
    }
    if (unreadable.length) void vscode.window.showWarningMessage(`Tag "${tag}" was not renamed in: ${unreadable.join('; ')}. Those files were left as they are.`);
    return changed;
  });
}

async function askTag(store: ReviewStore): Promise<string | undefined> {
  const tags = [...new Set(store.all().flatMap(e => e.anchors.flatMap(a => a.passage.tags)))].sort();
  return vscode.window.showQuickPick(tags, { title: 'Rename Tag', placeHolder: 'Tag to rename' });
}
