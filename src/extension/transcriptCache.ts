/**
 * One model per document version, shared by every feature. Edits are queued as VS Code reports them and
 * applied incrementally when a feature next asks, so typing in a large transcript re-parses only what changed.
 * Closing a document frees its entry.
 *
 * Large Markdown is read by remark off the host's thread (parsing/parseRunner.ts): `get()` stays synchronous and
 * answers at once with the line-by-line reading of the current version (linear, updated incrementally), and the
 * full reading replaces it when the worker sends it for that version (`onDidChangeModel` fires). A full reading
 * past its deadline stops the worker, and the document stays read line by line, which its status item says.
 */
import * as vscode from 'vscode';
import { TranscriptDocument, type TextChange } from '../core/incremental/document';
import type { Transcript } from '../core/model';
import { buildOutline, OutlineMemo, type OutlineNode, type OutlineOptions } from '../core/outline';
import { detectFormat, readsMarkdownLineByLine, splitLines } from '../core/parse';
import { fromVsRange } from './convert';
import { ParseDeadlineError, parseDeadlineMs, type ParseRunner } from './parsing/parseRunner';

interface Entry {
  /** The document the entry reads: a document closed and opened again under the same URI is another one. */
  document: vscode.TextDocument;
  /** The document version `model` reflects. */
  version: number;
  model: TranscriptDocument;
  /** Outline nodes of earlier versions, kept for the turns an edit leaves alone. */
  outline: OutlineMemo;
  /** Changes since `version`, in order, leading to `pendingVersion`. */
  pending: TextChange[];
  pendingVersion: number;
  /** Markdown read by remark off the thread; `model` is its line-by-line reading meanwhile. */
  offThread?: OffThreadReading;
}

interface OffThreadReading {
  /** The full reading of the version it names. */
  full: { version: number; transcript: Transcript } | null;
  /** The version a worker is reading now. */
  running: number | null;
  /** Set once a full reading missed its deadline: the document stays read line by line. */
  failed: boolean;
  /** Full readings of this document that missed their deadline so far. */
  missed: number;
  /** Resolved when the current version's full reading is in (or will not come). */
  waiters: (() => void)[];
}

const FAILED = (error: unknown) =>
  `Markdown read line by line: the full reading failed (${error instanceof Error ? error.message : String(error)}). Bold labels and headings are read, other Markdown structure is not`;
/** Markdown longer than this is read by remark off the host's thread, when a worker is available. */
export const OFF_THREAD_CHARACTERS = 100_000;
const WHILE_READING = 'Read line by line for now: the full Markdown reading of this large file is running in the background';
const TOO_SLOW = (seconds: number) =>
  `Markdown read line by line: the full reading took longer than ${seconds} s and was stopped. Bold labels and headings are read, other Markdown structure is not`;

/** Past this many queued changes nobody is reading the model: drop it and parse afresh when asked. */
const MAX_PENDING = 2000;

export class TranscriptCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Counts for tests and the benchmark: how the models were brought up to date. */
  readonly stats = { full: 0, incremental: 0, offThread: 0 };
  private readonly modelChanged = new vscode.EventEmitter<vscode.TextDocument>();
  /** A document's model changed without an edit: its full reading arrived, or was given up. */
  readonly onDidChangeModel = this.modelChanged.event;

  /** Without a runner (no worker in this host), everything is parsed on the thread, within item-1 guards. */
  constructor(private readonly runner?: ParseRunner) {
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
    const entry = this.current(document);
    const reading = entry.offThread;
    if (!reading) return entry.model.transcript;
    if (reading.full && reading.full.version === document.version) return reading.full.transcript;
    if (!reading.failed) this.readOffThread(document, entry, reading);
    return entry.model.transcript;
  }

  /** Resolves once the current version's model is final: symbol providers wait for it (within the deadline). */
  settled(document: vscode.TextDocument): Promise<void> {
    const reading = this.current(document).offThread;
    if (!reading || reading.failed || reading.full?.version === document.version) return Promise.resolve();
    this.get(document);
    return new Promise(resolve => {
      reading.waiters.push(resolve);
      // An entry dropped meanwhile (closed, or its edits lost) wakes nobody: the deadline bounds the wait.
      setTimeout(resolve, parseDeadlineMs(document.getText().length));
    });
  }

  private current(document: vscode.TextDocument): Entry {
    const key = document.uri.toString();
    let entry = this.entries.get(key);
    // An untitled document closed and another opened reuse `Untitled-1` at version 1: the close event can come
    // after the new one is first read, so the old entry would pass for the new document's parse.
    if (entry && entry.document !== document) {
      this.entries.delete(key);
      entry = undefined;
    }
    if (entry && entry.version === document.version) return entry;
    if (entry && entry.pending.length > 0 && entry.pendingVersion === document.version) {
      try {
        entry.model.update(entry.pending);
        if (entry.model.lineCount === document.lineCount) {
          entry.pending = [];
          entry.version = document.version;
          if (entry.model.lastUpdate === 'incremental') this.stats.incremental++;
          else this.stats.full++;
          return entry;
        }
      } catch {
        // The queued changes did not fit: parse the text as it is.
      }
    }
    const text = document.getText();
    const offThread = this.runner !== undefined && text.length > OFF_THREAD_CHARACTERS && isMarkdown(text, document.fileName);
    const model = new TranscriptDocument(text, { fileName: document.fileName, ...(offThread ? { lineByLine: WHILE_READING } : {}) });
    const fresh: Entry = { document, version: document.version, model, outline: new OutlineMemo(), pending: [], pendingVersion: document.version };
    if (offThread) fresh.offThread = { full: null, running: null, failed: false, missed: 0, waiters: [] };
    this.entries.set(key, fresh);
    this.stats.full++;
    return fresh;
  }

  /** Starts the full reading of the document's current version, unless one is running (it starts the next). */
  private readOffThread(document: vscode.TextDocument, entry: Entry, reading: OffThreadReading): void {
    if (reading.running !== null || !this.runner) return;
    const version = document.version;
    const text = document.getText();
    // A second try gets four times as long: a busy machine (a build, a test run beside it) can slow an ordinary
    // document past the first deadline, while a document remark reads in quadratic time misses both.
    const deadline = parseDeadlineMs(text.length) * (reading.missed > 0 ? 4 : 1);
    reading.running = version;
    this.runner.parse(text, document.fileName, deadline).then(
      transcript => {
        reading.running = null;
        if (this.entries.get(document.uri.toString()) !== entry) return;
        reading.full = { version, transcript };
        this.stats.offThread++;
        if (document.version !== version) {
          // Edited meanwhile: read the version it has now (the line-by-line reading answers until then).
          if (!document.isClosed) this.readOffThread(document, entry, reading);
          return;
        }
        this.wake(reading);
        this.modelChanged.fire(document);
      },
      error => {
        reading.running = null;
        if (this.entries.get(document.uri.toString()) !== entry) return;
        if (error instanceof ParseDeadlineError && reading.missed++ === 0 && !document.isClosed) {
          this.readOffThread(document, entry, reading);
          return;
        }
        reading.failed = true;
        // Past the deadline (or a worker failure): stay with the line-by-line reading, and say why.
        const notice = error instanceof ParseDeadlineError ? TOO_SLOW(Math.round(deadline / 1000)) : FAILED(error);
        const current = document.getText();
        entry.model = new TranscriptDocument(current, { fileName: document.fileName, lineByLine: notice });
        entry.version = document.version;
        entry.pending = [];
        entry.pendingVersion = document.version;
        this.wake(reading);
        this.modelChanged.fire(document);
      },
    );
  }

  private wake(reading: OffThreadReading): void {
    for (const resolve of reading.waiters.splice(0)) resolve();
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
    for (const entry of this.entries.values()) if (entry.offThread) this.wake(entry.offThread);
    this.entries.clear();
    this.runner?.dispose();
    this.modelChanged.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

/** Markdown by its name or its first lines, as the parser decides, that remark would read (not too large or deep). */
function isMarkdown(text: string, fileName: string): boolean {
  return detectFormat(splitLines(text.slice(0, 20_000)), fileName) === 'markdown' && !readsMarkdownLineByLine(splitLines(text));
}

/**
 * Internal (not in the Command Palette): how many updates were incremental, so that the integration tests can
 * check that typing does not re-parse whole documents.
 */
export const CACHE_STATS_COMMAND = 'transcriptReview.internal.cacheStats';

export function registerCacheStats(cache: TranscriptCache): vscode.Disposable {
  return vscode.commands.registerCommand(CACHE_STATS_COMMAND, () => ({ ...cache.stats }));
}
