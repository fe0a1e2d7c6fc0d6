/**
 * Internal (not in the Command Palette): the review of a document as the extension holds it, and what it
 * drew, so that the integration tests read real state instead of mocking VS Code.
 */
import * as vscode from 'vscode';
import type { DrawnDecorations } from './decorations';
import type { ReviewStore } from './reviewStore';

export const REVIEW_STATE_COMMAND = 'transcriptReview.internal.reviewState';

export interface ReviewStateSnapshot {
  loaded: boolean;
  error: string | null;
  canUndo: boolean;
  passages: Array<{ id: string; tags: string[]; note: string | null; how: string; text: string | null; start: number; end: number }>;
  speakers: Record<string, unknown>;
  /** Decoration slot → ranges as [startLine, startCharacter, endLine, endCharacter]. */
  drawn: Record<string, number[][]>;
}

export function registerReviewStateCommand(store: ReviewStore, drawn: DrawnDecorations): vscode.Disposable {
  return vscode.commands.registerCommand(REVIEW_STATE_COMMAND, async (uri?: vscode.Uri | string): Promise<ReviewStateSnapshot | undefined> => {
    const wanted = uri ? uri.toString() : vscode.window.activeTextEditor?.document.uri.toString();
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === wanted);
    if (!document) return undefined;
    const entry = store.peek(document);
    const ranges = drawn.get(document.uri.toString()) ?? {};
    return {
      loaded: !!entry,
      error: entry?.error ?? null,
      canUndo: store.canUndo(document),
      passages: (entry?.anchors ?? []).map(a => ({
        id: a.passage.id,
        tags: a.passage.tags,
        note: a.passage.note ?? null,
        how: a.how,
        text: a.how === 'orphan' ? null : document.getText().slice(a.start, a.end),
        start: a.start,
        end: a.end,
      })),
      speakers: entry?.speakers ?? {},
      drawn: Object.fromEntries(Object.entries(ranges).map(([k, rs]) => [k, rs.map(r => [r.start.line, r.start.character, r.end.line, r.end.character])])),
    };
  });
}
