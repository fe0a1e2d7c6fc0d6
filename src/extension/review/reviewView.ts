/**
 * Registers the Review view, its speaker filter, the context key that shows it while a transcript is
 * open or the workspace has reviews, and the internal command that reads the view back for the integration tests.
 */
import * as vscode from 'vscode';
import { registerFilterReviewBySpeakerCommand } from '../commands/filterReviewBySpeaker';
import type { TranscriptCache } from '../transcriptCache';
import type { ReviewStore } from './reviewStore';
import { ReviewTreeProvider, type ReviewNode } from './reviewTree';
import { WorkspaceSidecars } from './workspaceSidecars';

export const REVIEW_VIEW_ID = 'transcriptReview.review';
export const REVIEW_TREE_COMMAND = 'transcriptReview.internal.reviewTree';

export interface ReviewTreeRow {
  label: string;
  description: string;
  command: string | null;
  children: ReviewTreeRow[];
}

export function registerReviewView(store: ReviewStore, cache: TranscriptCache): vscode.Disposable {
  const sidecars = new WorkspaceSidecars();
  const tree = new ReviewTreeProvider(store, cache, sidecars);
  const view = vscode.window.createTreeView<ReviewNode>(REVIEW_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  // Finding the workspace's sidecars is one search, in the background; they are read when the view is shown.
  const showView = () => void sidecars.count().then(count => vscode.commands.executeCommand('setContext', 'transcriptReview.reviewing', store.all().length > 0 || count > 0));
  showView();
  const read = async (node?: ReviewNode): Promise<ReviewTreeRow[]> => Promise.all((await tree.getChildren(node)).map(async child => {
    const item = tree.getTreeItem(child);
    return {
      label: typeof item.label === 'string' ? item.label : item.label?.label ?? '',
      description: typeof item.description === 'string' ? item.description : '',
      command: item.command?.command ?? null,
      children: await read(child),
    };
  }));
  return vscode.Disposable.from(
    tree,
    view,
    sidecars,
    store.onDidChange(showView),
    sidecars.onDidChange(showView),
    registerFilterReviewBySpeakerCommand(tree, view as vscode.TreeView<unknown>),
    vscode.commands.registerCommand(REVIEW_TREE_COMMAND, () => read()),
  );
}
