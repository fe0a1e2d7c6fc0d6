/**
 * The background indexer of the workspace's transcripts. It starts when first needed (the Transcripts view shown,
 * a workspace symbol query, Find Turns by Speaker, a transcript opened), never during activation; finds the
 * candidate files with VS Code's file search (honouring `files.exclude` and `search.exclude`); reads and parses
 * each once, yielding to the extension host between files; and hands text and model to every registered index
 * part. A file watcher, document edits and the review sidecars keep it current.
 */
import * as vscode from 'vscode';
import type { TranscriptIndexPart } from '../../core/workspace/indexPart';
import { SummaryIndex } from '../../core/workspace/summaryIndex';
import { isTranscriptByName } from '../../core/workspace/transcriptFiles';
import { readTranscriptFile, type ReadingContext } from './transcriptFile';
import { findExcluded, findSidecars, findTranscriptCandidates, isCandidate, readSpeakerMap } from './workspaceFiles';
import { isSidecarPath, transcriptPathFor } from '../../core/review';

export interface IndexerProgress {
  indexing: boolean;
  /** Files read so far in the current pass, of `total`. */
  done: number;
  total: number;
  /** Transcripts indexed. */
  transcripts: number;
  /** Files that could not be read, with why. */
  unreadable: { file: string; reason: string }[];
}

/** After an edit, the index waits this long for typing to pause before reading the document again. */
const EDIT_PAUSE_MS = 400;
/** During a long pass, listeners hear of the new transcripts every this many files. */
const NOTIFY_EVERY = 25;

export class WorkspaceIndexer implements vscode.Disposable {
  /** The index behind the Transcripts view, workspace symbols and Find Turns by Speaker. */
  readonly summaries = new SummaryIndex();
  private readonly parts: TranscriptIndexPart[] = [this.summaries];
  /** Files indexed as transcripts (URI strings). */
  private readonly indexed = new Set<string>();
  /** Every file read, transcript or not: a file found by a search and not in here is new. */
  private readonly read = new Set<string>();
  /** Files waiting to be read, and the parts to feed (all when undefined). */
  private readonly queue = new Map<string, { uri: vscode.Uri; parts?: TranscriptIndexPart[] }>();
  private readonly unreadable = new Map<string, string>();
  private readonly editTimers = new Map<string, { timer: ReturnType<typeof setTimeout>; document: vscode.TextDocument }>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** The index changed (transcripts added, changed or removed), or its progress did. */
  readonly onDidChange = this.changed.event;
  private started = false;
  /** Whether the latest search of the workspace is in (its files queued). */
  private scanned = false;
  /** Counts searches of the workspace, so that only the latest one's results are applied. */
  private scans = 0;
  private running: Promise<void> | null = null;
  private progress = { done: 0, total: 0 };
  private disposed = false;

  constructor(private readonly reading: ReadingContext) {}

  /** Starts indexing on the next turn of the event loop (so never inside activation); later calls do nothing. */
  start(): void {
    if (this.started || this.disposed) return;
    this.started = true;
    this.watch();
    setTimeout(() => void this.rescan(), 0);
  }

  /** Resolves when every file found so far has been read (starting the indexer if it was not). */
  async whenIdle(): Promise<void> {
    this.start();
    // A pass may queue another (a file changed meanwhile): wait until none runs.
    while (!this.disposed && (this.running || this.queue.size > 0 || !this.scanned)) {
      await (this.running ?? this.nextChange());
    }
  }

  /** whenIdle(), after reading again now the documents whose edits wait for typing to pause (a check must see them). */
  async whenCurrent(): Promise<void> {
    this.start();
    // Files created a moment ago may not have been reported by the file watcher yet: search for them.
    if (this.scanned) {
      const candidates = await findTranscriptCandidates(this.reading.languageExtensions);
      for (const uri of candidates) if (!this.read.has(uri.toString()) && !this.queue.has(uri.toString())) this.enqueue(uri);
    }
    for (const [key, pending] of this.editTimers) {
      clearTimeout(pending.timer);
      this.editTimers.delete(key);
      this.documentChanged(pending.document);
    }
    await this.whenIdle();
  }

  /** Plugs in another index (the quote index): it is fed every transcript already indexed, then kept current. */
  addPart(part: TranscriptIndexPart): vscode.Disposable {
    this.parts.push(part);
    for (const file of this.indexed) this.enqueue(vscode.Uri.parse(file), [part]);
    return new vscode.Disposable(() => {
      const at = this.parts.indexOf(part);
      if (at >= 0) this.parts.splice(at, 1);
    });
  }

  get state(): IndexerProgress {
    return {
      indexing: this.running !== null || this.queue.size > 0 || (this.started && !this.scanned),
      done: this.progress.done,
      total: this.progress.total,
      transcripts: this.summaries.size,
      unreadable: [...this.unreadable].map(([file, reason]) => ({ file, reason })),
    };
  }

  /** Finds every candidate file and sidecar again; files no longer found leave the index. */
  private async rescan(): Promise<void> {
    const generation = ++this.scans;
    // Until this search is in, the index is not up to date: whenIdle() waits for it.
    this.scanned = false;
    try {
      const [candidates, sidecars] = await Promise.all([findTranscriptCandidates(this.reading.languageExtensions), findSidecars()]);
      // Settings changed again while searching: the later search decides (its results may come first).
      if (this.disposed || generation !== this.scans) return;
      const found = new Set(candidates.map(uri => uri.toString()));
      // What the search no longer finds leaves, including files an earlier search queued.
      for (const file of [...this.queue.keys()]) if (!found.has(file)) this.queue.delete(file);
      for (const file of [...this.indexed]) if (!found.has(file)) this.drop(file);
      for (const file of [...this.read]) if (!found.has(file)) this.read.delete(file);
      for (const sidecar of sidecars) await this.readSidecar(sidecar);
      for (const uri of candidates) this.enqueue(uri);
    } catch (error) {
      console.error('Transcript Review: the workspace could not be searched for transcripts', error);
    } finally {
      if (generation === this.scans) {
        this.scanned = true;
        if (this.queue.size === 0) this.changed.fire();
      }
    }
  }

  private enqueue(uri: vscode.Uri, parts?: TranscriptIndexPart[]): void {
    const key = uri.toString();
    const waiting = this.queue.get(key);
    // A file queued for every part stays so; one queued for a new part only joins the parts.
    if (waiting && (!waiting.parts || !parts)) waiting.parts = undefined;
    else if (waiting?.parts && parts) waiting.parts.push(...parts);
    else this.queue.set(key, { uri, parts });
    this.progress.total = this.progress.done + this.queue.size;
    if (!this.running) this.running = this.drain().finally(() => {
      this.running = null;
      this.progress = { done: 0, total: 0 };
      this.changed.fire();
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.size > 0 && !this.disposed) {
      // Yield to the extension host between files: a scan must not hold up editing.
      await new Promise(resolve => setTimeout(resolve, 0));
      const [key, job] = this.queue.entries().next().value as [string, { uri: vscode.Uri; parts?: TranscriptIndexPart[] }];
      this.queue.delete(key);
      await this.index(key, job.uri, job.parts);
      this.progress.done++;
      if (this.progress.done % NOTIFY_EVERY === 0) this.changed.fire();
    }
  }

  private async index(key: string, uri: vscode.Uri, only?: TranscriptIndexPart[]): Promise<void> {
    this.read.add(key);
    let reading;
    try {
      reading = await readTranscriptFile(uri, this.reading);
    } catch (error) {
      reading = { kind: 'unreadable' as const, reason: error instanceof Error ? error.message : String(error) };
    }
    if (this.disposed) return;
    if (reading.kind !== 'transcript') {
      // Said of files named as transcripts; a binary `.txt` elsewhere in the workspace is simply not one.
      if (reading.kind === 'unreadable' && isTranscriptByName(uri.path, this.reading.languageExtensions)) this.unreadable.set(key, reading.reason);
      else this.unreadable.delete(key);
      this.drop(key);
      return;
    }
    this.unreadable.delete(key);
    this.indexed.add(key);
    for (const part of only ?? this.parts) {
      try {
        part.add(key, reading.text, reading.transcript);
      } catch (error) {
        // One part failing must not keep the transcript from the others.
        console.error(`Transcript Review: indexing ${uri.fsPath} failed in one index`, error);
      }
    }
  }

  private drop(key: string): void {
    if (!this.indexed.delete(key)) return;
    for (const part of this.parts) part.remove(key);
  }

  private async readSidecar(sidecar: vscode.Uri): Promise<void> {
    const transcript = sidecar.with({ path: transcriptPathFor(sidecar.path) }).toString();
    this.summaries.setSpeakerMap(transcript, await readSpeakerMap(sidecar));
  }

  private watch(): void {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    const changed = async (uri: vscode.Uri) => {
      if (isSidecarPath(uri.path)) {
        await this.readSidecar(uri);
        this.changed.fire();
      } else if (isCandidate(uri, this.reading.languageExtensions) && (this.indexed.has(uri.toString()) || !(await findExcluded(uri)))) {
        this.enqueue(uri);
      }
    };
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(changed),
      watcher.onDidChange(changed),
      watcher.onDidDelete(uri => {
        if (isSidecarPath(uri.path)) {
          this.summaries.setSpeakerMap(uri.with({ path: transcriptPathFor(uri.path) }).toString(), undefined);
          this.changed.fire();
        } else {
          // The file, or a folder with everything under it.
          const key = uri.toString();
          const gone = (file: string) => file === key || file.startsWith(key + '/');
          const files = [...this.indexed, ...this.unreadable.keys()].filter(gone);
          for (const file of [...this.read].filter(gone)) this.read.delete(file);
          for (const file of files) {
            this.drop(file);
            this.unreadable.delete(file);
          }
          if (files.length > 0) this.changed.fire();
        }
      }),
      vscode.workspace.onDidChangeTextDocument(e => {
        if (e.contentChanges.length > 0) this.afterPause(e.document);
      }),
      // Closing an edited file without saving leaves what is on disk; a language switch is a close and reopen.
      vscode.workspace.onDidCloseTextDocument(document => this.documentChanged(document)),
      vscode.workspace.onDidOpenTextDocument(document => {
        // An indexed file opened unchanged says nothing new; a new one may not have been found yet.
        if (!this.indexed.has(document.uri.toString())) this.documentChanged(document);
      }),
      this.reading.cache.onDidChangeModel(document => this.documentChanged(document)),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('files.exclude') || e.affectsConfiguration('search.exclude') || e.affectsConfiguration('transcriptReview.detect')) {
          void this.rescan();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rescan()),
    );
  }

  private afterPause(document: vscode.TextDocument): void {
    // Output channels and other editors' documents change all the time: only workspace files are waited on.
    if (!this.concerns(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.editTimers.get(key)?.timer);
    const timer = setTimeout(() => {
      this.editTimers.delete(key);
      this.documentChanged(document);
    }, EDIT_PAUSE_MS);
    this.editTimers.set(key, { timer, document });
  }

  private documentChanged(document: vscode.TextDocument): void {
    if (this.concerns(document)) this.enqueue(document.uri);
  }

  /** A workspace file that may be a transcript (not an output channel, an untitled or a diff document). */
  private concerns(document: vscode.TextDocument): boolean {
    return isCandidate(document.uri, this.reading.languageExtensions) && vscode.workspace.getWorkspaceFolder(document.uri) !== undefined;
  }

  private nextChange(): Promise<void> {
    return new Promise(resolve => {
      const sub = this.onDidChange(() => {
        sub.dispose();
        resolve();
      });
    });
  }

  dispose(): void {
    this.disposed = true;
    for (const pending of this.editTimers.values()) clearTimeout(pending.timer);
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}
