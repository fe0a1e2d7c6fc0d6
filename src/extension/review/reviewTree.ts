/**
 * The Review view (Explorer): each tag with its passages and count, then the passages with notes, then
 * orphaned passages (whose text is gone), then sidecars that cannot be read; optionally only one speaker's.
 * It covers every review of the workspace: transcripts open in editor tabs from the review store (passages
 * found in the text, with speaker, Q# and line), the others as their sidecars keep them.
 * Clicking a passage reveals it (opening its transcript if need be).
 */
import * as vscode from 'vscode';
import type { TranscriptCache } from '../transcriptCache';
import { describeRow, passageRows, shorten, storedRows, type PassageRow } from './passageRows';
import type { ReviewStore } from './reviewStore';
import type { WorkspaceSidecars } from './workspaceSidecars';

export const REVEAL_PASSAGE_COMMAND = 'transcriptReview.revealPassage';

export interface UnreadableSidecar {
  sidecar: vscode.Uri;
  error: string;
}

export type ReviewNode =
  | { kind: 'tag'; tag: string; rows: PassageRow[]; withFile: boolean }
  | { kind: 'group'; label: string; icon: string; rows: PassageRow[]; showNote: boolean; withFile: boolean }
  | { kind: 'passage'; row: PassageRow; showNote: boolean; withFile: boolean }
  | { kind: 'unreadableGroup'; files: UnreadableSidecar[] }
  | { kind: 'unreadable'; file: UnreadableSidecar };

export class ReviewTreeProvider implements vscode.TreeDataProvider<ReviewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Show only this speaker's passages (as the reviewer names them); null for all. */
  speakerFilter: string | null = null;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: ReviewStore, private readonly cache: TranscriptCache, private readonly sidecars: WorkspaceSidecars) {
    this.subscription = vscode.Disposable.from(
      store.onDidChange(() => this.refresh()),
      sidecars.onDidChange(() => this.refresh()),
      vscode.window.tabGroups.onDidChangeTabs(() => this.refresh()),
    );
  }

  /** The reviews of transcripts open in a tab (a document VS Code still holds after its tab closed is not one). */
  private openEntries() {
    const inTabs = new Set(vscode.window.tabGroups.all.flatMap(g => g.tabs).map(t => (t.input instanceof vscode.TabInputText ? t.input.uri.toString() : '')));
    return this.store.all().filter(e => inTabs.has(e.transcript.toString()));
  }

  refresh(): void {
    this.changed.fire();
  }

  /** Every passage row of the workspace's reviews before filtering, and the sidecars that cannot be read. */
  async collect(): Promise<{ rows: PassageRow[]; unreadable: UnreadableSidecar[] }> {
    const rows: PassageRow[] = [];
    const unreadable: UnreadableSidecar[] = [];
    const open = new Set<string>();
    for (const entry of this.openEntries()) {
      open.add(entry.sidecar.toString());
      if (entry.error !== null) {
        unreadable.push({ sidecar: entry.sidecar, error: entry.error });
        continue;
      }
      const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === entry.transcript.toString());
      if (document) rows.push(...passageRows(this.cache, entry, document));
    }
    const readings = (await this.sidecars.read(open)).sort((a, b) => a.sidecar.path.localeCompare(b.sidecar.path));
    for (const reading of readings) {
      if (reading.error !== null) unreadable.push({ sidecar: reading.sidecar, error: reading.error });
      else rows.push(...storedRows(reading.sidecar, reading.review));
    }
    return { rows, unreadable };
  }

  async getChildren(node?: ReviewNode): Promise<ReviewNode[]> {
    if (node?.kind === 'passage' || node?.kind === 'unreadable') return [];
    if (node?.kind === 'unreadableGroup') return node.files.map(file => ({ kind: 'unreadable', file }));
    if (node) return node.rows.map(row => ({ kind: 'passage', row, showNote: node.kind === 'group' && node.showNote, withFile: node.withFile }));
    const collected = await this.collect();
    const rows = collected.rows.filter(r => this.speakerFilter === null || r.speaker === this.speakerFilter);
    const withFile = new Set(rows.map(r => r.transcript.toString())).size > 1;
    const found = rows.filter(r => r.anchor.how !== 'orphan');
    const tags = [...new Set(found.flatMap(r => r.anchor.passage.tags))].sort((a, b) => a.localeCompare(b));
    const nodes: ReviewNode[] = tags.map(tag => ({ kind: 'tag', tag, rows: found.filter(r => r.anchor.passage.tags.includes(tag)), withFile }));
    const noted = found.filter(r => r.anchor.passage.note);
    if (noted.length) nodes.push({ kind: 'group', label: 'Notes', icon: 'note', rows: noted, showNote: true, withFile });
    const orphans = rows.filter(r => r.anchor.how === 'orphan');
    if (orphans.length) nodes.push({ kind: 'group', label: 'Orphaned (text not found)', icon: 'warning', rows: orphans, showNote: false, withFile });
    if (collected.unreadable.length) nodes.push({ kind: 'unreadableGroup', files: collected.unreadable });
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
    if (node.kind === 'unreadableGroup') {
      const item = new vscode.TreeItem('Unreadable reviews', vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.files.length);
      item.iconPath = new vscode.ThemeIcon('error');
      return item;
    }
    if (node.kind === 'unreadable') {
      const item = new vscode.TreeItem(vscode.workspace.asRelativePath(node.file.sidecar), vscode.TreeItemCollapsibleState.None);
      item.description = node.file.error;
      item.tooltip = `${node.file.error}. The file is left as it is.`;
      item.iconPath = new vscode.ThemeIcon('error');
      item.command = { command: 'vscode.open', title: 'Open', arguments: [node.file.sidecar] };
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
      // The passage's id too: a transcript not open yet is opened, and the passage found in its text by the store.
      item.command = { command: REVEAL_PASSAGE_COMMAND, title: 'Reveal', arguments: [row.transcript, row.anchor.start, row.anchor.end, passage.id] };
    }
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
