/**
 * One model per document version, shared by every feature. Edits are queued as VS Code reports them and
 * applied incrementally when a feature next asks, so typing in a large transcript re-parses only what changed.
 * Closing a document frees its entry.
 */
import * as vscode from 'vscode';
import { TranscriptDocument, type TextChange } from '../core/incremental/document';
import type { Transcript } from '../core/model';
import { buildOutline, OutlineMemo, type OutlineNode, type OutlineOptions } from '../core/outline';
import { fromVsRange } from './convert';

interface Entry {
  /** The document version `model` reflects. */
  version: number;
  model: TranscriptDocument;
  /** Outline nodes of earlier versions, kept for the turns an edit leaves alone. */
  outline: OutlineMemo;
  /** Changes since `version`, in order, leading to `pendingVersion`. */
  pending: TextChange[];
  pendingVersion: number;
}

/** Past this many queued changes nobody is reading the model: drop it and parse afresh when asked. */
const MAX_PENDING = 2000;

export class TranscriptCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Counts for tests and the benchmark: how the models were brought up to date. */
  readonly stats = { full: 0, incremental: 0 };

  constructor() {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument(e => this.queue(e)),
      vscode.workspace.onDidCloseTextDocument(doc => {
        // A language change is reported as close + reopen of a document that stays open: keep its parse.
        if (vscode.workspace.textDocuments.includes(doc)) return;
        this.entries.delete(doc.uri.toString());
      }),
    );
  }

  /** The model of the document's current version. */
  get(document: vscode.TextDocument): Transcript {
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    if (entry && entry.version === document.version) return entry.model.transcript;
    if (entry && entry.pending.length > 0 && entry.pendingVersion === document.version) {
      try {
        entry.model.update(entry.pending);
        if (entry.model.lineCount === document.lineCount) {
          entry.pending = [];
          entry.version = document.version;
          if (entry.model.lastUpdate === 'incremental') this.stats.incremental++;
          else this.stats.full++;
          return entry.model.transcript;
        }
      } catch {
        // The queued changes did not fit: parse the text as it is.
      }
    }
    const model = new TranscriptDocument(document.getText(), { fileName: document.fileName });
    this.entries.set(key, { version: document.version, model, outline: new OutlineMemo(), pending: [], pendingVersion: document.version });
    this.stats.full++;
    return model.transcript;
  }

  /** The document's outline, sharing the nodes of its earlier versions where the turns are the same. */
  outline(document: vscode.TextDocument, options?: OutlineOptions): OutlineNode[] {
    const transcript = this.get(document);
    return buildOutline(transcript, this.entries.get(document.uri.toString())?.outline, options);
  }

  private queue(e: vscode.TextDocumentChangeEvent): void {
    const key = e.document.uri.toString();
    const entry = this.entries.get(key);
    if (!entry || e.contentChanges.length === 0 || entry.version === e.document.version) return;
    const from = entry.pending.length ? entry.pendingVersion : entry.version;
    // Only an unbroken chain of versions can be replayed; otherwise forget the model.
    if (e.document.version !== from + 1 || entry.pending.length + e.contentChanges.length > MAX_PENDING) {
      this.entries.delete(key);
      return;
    }
    for (const change of e.contentChanges) entry.pending.push({ range: fromVsRange(change.range), text: change.text });
    entry.pendingVersion = e.document.version;
  }

  dispose(): void {
    this.entries.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}

/**
 * Internal (not in the Command Palette): how many updates were incremental, so that the integration tests can
 * check that typing does not re-parse whole documents.
 */
export const CACHE_STATS_COMMAND = 'transcriptReview.internal.cacheStats';

export function registerCacheStats(cache: TranscriptCache): vscode.Disposable {
  return vscode.commands.registerCommand(CACHE_STATS_COMMAND, () => ({ ...cache.stats }));
}
