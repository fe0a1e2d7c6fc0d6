/**
 * The Review view (Explorer): each tag with its passages and count, then the passages with notes, then
 * orphaned passages (whose text is gone), across the transcripts open in editor tabs; optionally only one
 * speaker's.
 * Clicking a passage reveals it.
 */
import * as vscode from 'vscode';
import type { TranscriptCache } from '../transcriptCache';
import { describeRow, passageRows, shorten, type PassageRow } from './passageRows';
import type { ReviewStore } from './reviewStore';

export const REVEAL_PASSAGE_COMMAND = 'transcriptReview.revealPassage';

export type ReviewNode =
  | { kind: 'tag'; tag: string; rows: PassageRow[] }
  | { kind: 'group'; label: string; icon: string; rows: PassageRow[]; showNote: boolean }
  | { kind: 'passage'; row: PassageRow; showNote: boolean; withFile: boolean };

export class ReviewTreeProvider implements vscode.TreeDataProvider<ReviewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Show only this speaker's passages (as the reviewer names them); null for all. */
  speakerFilter: string | null = null;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: ReviewStore, private readonly cache: TranscriptCache) {
    this.subscription = vscode.Disposable.from(
      store.onDidChange(() => this.refresh()),
      vscode.window.tabGroups.onDidChangeTabs(() => this.refresh()),
    );
  }

  /** The reviews of transcripts open in a tab (a document VS Code still holds after its tab closed is not listed). */
  private shownEntries() {
    const inTabs = new Set(vscode.window.tabGroups.all.flatMap(g => g.tabs).map(t => (t.input instanceof vscode.TabInputText ? t.input.uri.toString() : '')));
    return this.store.all().filter(e => inTabs.has(e.transcript.toString()) && e.error === null);
  }

  refresh(): void {
    this.changed.fire();
  }

  /** Every passage row of the open transcripts, before filtering. */
  allRows(): PassageRow[] {
    const rows: PassageRow[] = [];
    for (const entry of this.shownEntries()) {
      const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === entry.transcript.toString());
      if (document) rows.push(...passageRows(this.cache, entry, document));
    }
    return rows;
  }

  getChildren(node?: ReviewNode): ReviewNode[] {
    if (node?.kind === 'passage') return [];
    const withFile = this.shownEntries().length > 1;
    if (node) return node.rows.map(row => ({ kind: 'passage', row, showNote: node.kind === 'group' && node.showNote, withFile }));
    const rows = this.allRows().filter(r => this.speakerFilter === null || r.speaker === this.speakerFilter);
    const found = rows.filter(r => r.anchor.how !== 'orphan');
    const tags = [...new Set(found.flatMap(r => r.anchor.passage.tags))].sort((a, b) => a.localeCompare(b));
    const nodes: ReviewNode[] = tags.map(tag => ({ kind: 'tag', tag, rows: found.filter(r => r.anchor.passage.tags.includes(tag)) }));
    const noted = found.filter(r => r.anchor.passage.note);
    if (noted.length) nodes.push({ kind: 'group', label: 'Notes', icon: 'note', rows: noted, showNote: true });
    const orphans = rows.filter(r => r.anchor.how === 'orphan');
    if (orphans.length) nodes.push({ kind: 'group', label: 'Orphaned (text not found)', icon: 'warning', rows: orphans, showNote: false });
    return nodes;
  }

  getTreeItem(node: ReviewNode): vscode.TreeItem {
    if (node.kind === 'tag') {
      const item = new vscode.TreeItem(node.tag, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.rows.length);
      item.iconPath = new vscode.ThemeIcon('tag');
      item.contextValue = 'reviewTag';
      return item;
    }
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.rows.length);
      item.iconPath = new vscode.ThemeIcon(node.icon);
      return item;
    }
    const { row } = node;
    const { passage } = row.anchor;
    const label = node.showNote && passage.note ? shorten(passage.note, 60) : row.firstWords;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.description = describeRow(row, node.withFile);
    item.tooltip = new vscode.MarkdownString().appendText(passage.quote.exact + (passage.note ? `\n\nNote: ${passage.note}` : ''));
    item.iconPath = new vscode.ThemeIcon(row.anchor.how === 'orphan' ? 'warning' : 'quote');
    item.contextValue = row.anchor.how === 'orphan' ? 'reviewOrphan' : 'reviewPassage';
    if (row.anchor.how !== 'orphan') {
      item.command = { command: REVEAL_PASSAGE_COMMAND, title: 'Reveal', arguments: [row.document.uri, row.anchor.start, row.anchor.end] };
    }
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
