/**
 * The Transcripts view's rows: one per transcript of the workspace (title; date, format, speakers and questions
 * as its description), opening the file on click, with its speakers (turns and words) under it.
 */
import * as vscode from 'vscode';
import type { Speaker } from '../../core/model';
import type { EntrySort, IndexEntry } from '../../core/workspace/summaryIndex';
import type { WorkspaceIndexer } from './indexer';

export type TranscriptsNode =
  | { kind: 'transcript'; entry: IndexEntry }
  | { kind: 'speaker'; entry: IndexEntry; speaker: Speaker };

const FORMAT_NAMES: Record<IndexEntry['format'], string> = { plain: 'plain text', markdown: 'Markdown', webvtt: 'WebVTT', srt: 'SRT' };

export class TranscriptsTreeProvider implements vscode.TreeDataProvider<TranscriptsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly indexer: WorkspaceIndexer, private sortOrder: EntrySort) {}

  get sort(): EntrySort {
    return this.sortOrder;
  }

  set sort(order: EntrySort) {
    this.sortOrder = order;
    this.changed.fire();
  }

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: TranscriptsNode): TranscriptsNode[] {
    if (!node) return this.indexer.summaries.entries(this.sortOrder).map(entry => ({ kind: 'transcript', entry }));
    if (node.kind === 'transcript') return node.entry.speakers.map(speaker => ({ kind: 'speaker', entry: node.entry, speaker }));
    return [];
  }

  getTreeItem(node: TranscriptsNode): vscode.TreeItem {
    const uri = vscode.Uri.parse(node.entry.file);
    if (node.kind === 'speaker') {
      const item = new vscode.TreeItem(node.speaker.name, vscode.TreeItemCollapsibleState.None);
      item.description = `${count(node.speaker.turns, 'turn')} · ${count(node.speaker.words, 'word')}`;
      item.iconPath = new vscode.ThemeIcon('person');
      item.contextValue = 'transcriptSpeaker';
      return item;
    }
    const { entry } = node;
    const item = new vscode.TreeItem(entry.title, entry.speakers.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = entry.file;
    item.resourceUri = uri;
    item.description = describe(entry);
    item.tooltip = tooltip(entry, uri);
    item.iconPath = new vscode.ThemeIcon(entry.format === 'webvtt' || entry.format === 'srt' ? 'closed-caption' : 'comment-discussion');
    item.command = { command: 'vscode.open', title: 'Open Transcript', arguments: [uri] };
    item.contextValue = 'transcript';
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** `2021-04-08 · plain text · 3 speakers · 12 questions (4 inferred)` */
export function describe(entry: IndexEntry): string {
  const questions = entry.inferredQuestions > 0 ? `${count(entry.questions, 'question')} (${entry.inferredQuestions} inferred)` : count(entry.questions, 'question');
  return [entry.date ?? 'no date', FORMAT_NAMES[entry.format], count(entry.speakers.length, 'speaker'), questions].join(' · ');
}

function tooltip(entry: IndexEntry, uri: vscode.Uri): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  markdown.appendText(entry.title);
  markdown.appendMarkdown('\n\n');
  markdown.appendText(`${vscode.workspace.asRelativePath(uri)}\n${describe(entry)}`);
  return markdown;
}

function count(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
