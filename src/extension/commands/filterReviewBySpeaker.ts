/**
 * Transcript: Filter Review by Speaker…: the Review view shows only one speaker's passages (or all again).
 * An argument (a speaker name, or null for all) sets the filter without asking.
 */
import * as vscode from 'vscode';
import type { ReviewTreeProvider } from '../review/reviewTree';

export const FILTER_REVIEW_BY_SPEAKER_COMMAND = 'transcriptReview.filterReviewBySpeaker';

export function registerFilterReviewBySpeakerCommand(tree: ReviewTreeProvider, view: vscode.TreeView<unknown>): vscode.Disposable {
  return vscode.commands.registerCommand(FILTER_REVIEW_BY_SPEAKER_COMMAND, async (given?: string | null) => {
    let speaker: string | null | undefined = given;
    if (given === undefined) {
      const speakers = [...new Set((await tree.collect()).rows.map(r => r.speaker).filter((s): s is string => s !== null))].sort();
      const all = '$(clear-all) All speakers';
      const picked = await vscode.window.showQuickPick([all, ...speakers], { title: 'Filter Review by Speaker' });
      if (picked === undefined) return undefined;
      speaker = picked === all ? null : picked;
    }
    tree.speakerFilter = speaker ?? null;
    view.description = speaker ? `Speaker: ${speaker}` : undefined;
    tree.refresh();
    return tree.speakerFilter;
  });
}
