/**
 * Registers the Transcripts view: its tree, the "Indexing N of M" message and progress while the indexer reads,
 * its sort commands, and the internal command that reads the view back for the integration tests. Showing the
 * view starts the indexer.
 */
import * as vscode from 'vscode';
import { registerSortTranscriptsByDateCommand } from '../commands/sortTranscriptsByDate';
import { registerSortTranscriptsByTitleCommand } from '../commands/sortTranscriptsByTitle';
import type { WorkspaceIndexer } from './indexer';
import { TranscriptsSort } from './transcriptsSort';
import { TranscriptsTreeProvider, type TranscriptsNode } from './transcriptsTree';

export const TRANSCRIPTS_VIEW_ID = 'transcriptReview.transcripts';
export const TRANSCRIPTS_TREE_COMMAND = 'transcriptReview.internal.transcriptsTree';

export interface TranscriptsTreeRow {
  label: string;
  description: string;
  /** The file a transcript row opens (its URI string); null for a speaker row. */
  opens: string | null;
  children: TranscriptsTreeRow[];
}

export function registerTranscriptsView(indexer: WorkspaceIndexer, state: vscode.Memento): vscode.Disposable {
  const tree = new TranscriptsTreeProvider(indexer, TranscriptsSort.stored(state));
  const view = vscode.window.createTreeView<TranscriptsNode>(TRANSCRIPTS_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  const sort = new TranscriptsSort(state, tree);
  let progressShown = false;

  const update = () => {
    const progress = indexer.state;
    view.message = message(progress);
    tree.refresh();
    if (progress.indexing && !progressShown) {
      progressShown = true;
      void vscode.window.withProgress({ location: { viewId: TRANSCRIPTS_VIEW_ID } }, () => indexer.whenIdle()).then(() => {
        progressShown = false;
      });
    }
  };
  const startWhenShown = () => {
    if (view.visible) indexer.start();
  };
  startWhenShown();

  const read = (node?: TranscriptsNode): TranscriptsTreeRow[] => tree.getChildren(node).map(child => {
    const item = tree.getTreeItem(child);
    return {
      label: typeof item.label === 'string' ? item.label : item.label?.label ?? '',
      description: typeof item.description === 'string' ? item.description : '',
      opens: item.command?.arguments?.[0] instanceof vscode.Uri ? item.command.arguments[0].toString() : null,
      children: read(child),
    };
  });
  return vscode.Disposable.from(
    tree,
    view,
    indexer.onDidChange(update),
    view.onDidChangeVisibility(startWhenShown),
    registerSortTranscriptsByDateCommand(sort),
    registerSortTranscriptsByTitleCommand(sort),
    vscode.commands.registerCommand(TRANSCRIPTS_TREE_COMMAND, async () => {
      await indexer.whenIdle();
      return { message: view.message ?? null, rows: read() };
    }),
  );
}

function message(progress: WorkspaceIndexer['state']): string | undefined {
  if (progress.indexing && progress.total > 0) return `Indexing ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')} files…`;
  if (progress.indexing) return 'Looking for transcripts…';
  const unreadable = progress.unreadable.length === 0 ? ''
    : ` ${progress.unreadable.length === 1 ? 'One file' : `${progress.unreadable.length} files`} could not be read: `
      + progress.unreadable.slice(0, 3).map(u => `${vscode.workspace.asRelativePath(vscode.Uri.parse(u.file))} (${u.reason})`).join('; ')
      + (progress.unreadable.length > 3 ? '…' : '.');
  if (progress.transcripts === 0) return `No transcripts in this workspace yet: files with a transcript extension (.transcript, .vtt, .srt), and .txt and .md files that read as transcripts, are listed here.${unreadable}`;
  return unreadable ? unreadable.trim() : undefined;
}
