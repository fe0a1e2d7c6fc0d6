/**
 * The reviews of the open transcripts: each one's anchored passages and speaker map, loaded from its
 * sidecar when the transcript opens, kept in step with edits of the transcript, written back (atomically)
 * after each review change and when the transcript is saved, and reloaded when the sidecar changes on disk.
 * A sidecar that cannot be read is reported with its path and never written until it reads again.
 */
import * as vscode from 'vscode';
import {
  anchorPassages, followEdits, parseReview, serializeReview, settledPassage, sidecarPathFor, speakerNameMap, type Anchor, type SpeakerEntry,
} from '../../core/review';
import { readSidecar, recoverInterruptedWrite, writeAtomically } from './sidecarFiles';

export interface ReviewState {
  anchors: Anchor[];
  speakers: Record<string, SpeakerEntry>;
}

export interface ReviewEntry extends ReviewState {
  readonly transcript: vscode.Uri;
  readonly sidecar: vscode.Uri;
  /** Why the sidecar cannot be read; while set, nothing is written to it. */
  error: string | null;
  /** Earlier states, newest last, for Undo Last Review Change. */
  readonly undo: ReviewState[];
  /** The document version of the last review change: Ctrl+Z undoes it while the document is still at it. */
  reviewVersion: number | undefined;
  /** The text last written or read, to tell our own writes from someone else's. */
  lastText: string | undefined;
  /** Edits moved passages since the last write. */
  moved: boolean;
  /** Writes of this sidecar, one after another. */
  writing: Promise<void>;
}

const MAX_UNDO = 100;

export function isReviewable(document: vscode.TextDocument): boolean {
  return document.languageId === 'transcript' && document.uri.scheme !== 'untitled';
}

/**
 * Runs `task` after what is queued before it, whether that succeeded or failed: one failed read or write must not
 * stop every later reload and write of the review (a rejected chain would skip them all silently).
 */
function queued(before: Promise<void>, task: () => Promise<void>): Promise<void> {
  return before.catch(() => undefined).then(task).catch(error => {
    console.error('Transcript Review: a review read or write failed', error);
  });
}

/** How often, and how far apart, a sidecar changed on disk is read again while it does not parse. */
const SETTLE_ATTEMPTS = 5;
const SETTLE_MS = 100;
/** How often the open reviews' sidecars are checked in case the file watcher missed a change. */
const POLL_MS = 2000;

export class ReviewStore implements vscode.Disposable {
  private readonly entries = new Map<string, ReviewEntry>();
  private readonly loading = new Map<string, Promise<ReviewEntry | undefined>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the transcript's URI whenever its review changed (loaded, edited, reloaded, undone). */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The size and time of each open review's sidecar at the last look (see checkSidecars). */
  private readonly stamps = new WeakMap<ReviewEntry, string>();
  /** Each speaker map's names, made once per map (a review change makes a new map), so outlines can reuse nodes. */
  private readonly names = new WeakMap<Record<string, SpeakerEntry>, ReadonlyMap<string, string>>();

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.review.json');
    const reloadFor = (uri: vscode.Uri) => {
      // After our own pending writes, so that what is read is either ours or someone else's, never a stale half.
      for (const entry of this.entries.values()) {
        if (entry.sidecar.toString() === uri.toString()) entry.writing = queued(entry.writing, () => this.reloadSettled(entry));
      }
    };
    // File watchers can miss a change (network drives, containers, a busy watcher): the open reviews' sidecars
    // are also checked for a new size or time every few seconds, which costs one stat each.
    const poll = setInterval(() => this.checkSidecars(reloadFor), POLL_MS);
    this.subscriptions.push(
      { dispose: () => clearInterval(poll) },
      this.changed,
      watcher,
      watcher.onDidChange(reloadFor),
      watcher.onDidCreate(reloadFor),
      watcher.onDidDelete(reloadFor),
      vscode.workspace.onDidOpenTextDocument(doc => void this.load(doc)),
      vscode.workspace.onDidCloseTextDocument(doc => {
        // A language change is a close and reopen of a document that stays open.
        if (!vscode.workspace.textDocuments.includes(doc) && this.entries.delete(doc.uri.toString())) this.changed.fire(doc.uri);
      }),
      vscode.workspace.onDidChangeTextDocument(e => this.follow(e)),
      vscode.workspace.onDidSaveTextDocument(doc => {
        const entry = this.entries.get(doc.uri.toString());
        if (entry?.moved) void this.write(entry, doc);
      }),
    );
    for (const doc of vscode.workspace.textDocuments) void this.load(doc);
  }

  /** The loaded review of a document, if any. */
  peek(document: vscode.TextDocument): ReviewEntry | undefined {
    return this.entries.get(document.uri.toString());
  }

  /**
   * The reviewer's names for the document's speakers (label as written → name, for renamed and merged labels),
   * the same map object for as long as they stay the same; undefined when there are none.
   */
  speakerNames(document: vscode.TextDocument): ReadonlyMap<string, string> | undefined {
    const entry = this.peek(document);
    if (!entry || entry.error !== null) return undefined;
    let names = this.names.get(entry.speakers);
    if (!names) {
      names = speakerNameMap(entry.speakers);
      this.names.set(entry.speakers, names);
    }
    return names.size > 0 ? names : undefined;
  }

  all(): ReviewEntry[] {
    return [...this.entries.values()];
  }

  /** The document's review, loading its sidecar first if need be; undefined when it cannot have one. */
  load(document: vscode.TextDocument): Promise<ReviewEntry | undefined> {
    if (!isReviewable(document)) return Promise.resolve(undefined);
    const key = document.uri.toString();
    const loaded = this.entries.get(key);
    if (loaded) return Promise.resolve(loaded);
    let pending = this.loading.get(key);
    if (!pending) {
      const entry: ReviewEntry = {
        transcript: document.uri,
        sidecar: document.uri.with({ path: sidecarPathFor(document.uri.path) }),
        anchors: [], speakers: {}, error: null, undo: [], reviewVersion: undefined, lastText: undefined, moved: false, writing: Promise.resolve(),
      };
      pending = this.reload(entry, document).then(() => {
        this.loading.delete(key);
        if (!vscode.workspace.textDocuments.includes(document)) return undefined;
        this.entries.set(key, entry);
        this.changed.fire(document.uri);
        return entry;
      });
      this.loading.set(key, pending);
    }
    return pending;
  }

  /** Applies a review change: remembered for undo, written to the sidecar. False when the sidecar cannot be read. */
  async change(document: vscode.TextDocument, apply: (state: ReviewState, text: string) => ReviewState): Promise<boolean> {
    const entry = await this.load(document);
    if (!entry) return false;
    if (entry.error !== null) {
      void this.reportUnreadable(entry);
      return false;
    }
    const before: ReviewState = { anchors: entry.anchors, speakers: entry.speakers };
    const after = apply(before, document.getText());
    entry.undo.push(before);
    if (entry.undo.length > MAX_UNDO) entry.undo.shift();
    entry.anchors = after.anchors;
    entry.speakers = after.speakers;
    entry.reviewVersion = document.version;
    this.changed.fire(entry.transcript);
    await this.write(entry, document);
    return true;
  }

  /** Undoes the last review change of the document; false when there is none. */
  async undo(document: vscode.TextDocument): Promise<boolean> {
    const entry = this.peek(document);
    const previous = entry?.undo.pop();
    if (!entry || !previous || entry.error !== null) return false;
    // After edits of the text the old offsets may be stale: find the passages again.
    const anchors = entry.reviewVersion === document.version
      ? previous.anchors
      : anchorPassages(document.getText(), previous.anchors.map(a => a.passage));
    entry.anchors = anchors;
    entry.speakers = previous.speakers;
    entry.reviewVersion = document.version;
    this.changed.fire(entry.transcript);
    await this.write(entry, document);
    return true;
  }

  canUndo(document: vscode.TextDocument): boolean {
    const entry = this.peek(document);
    return !!entry && entry.error === null && entry.undo.length > 0 && entry.reviewVersion === document.version;
  }

  /**
   * After a change on disk: another program (git, an editor, a sync client) may still be writing the file, and
   * the watcher may report it once for a whole write. A sidecar that is missing or does not parse is read again
   * a few times, a moment apart, before it is taken as deleted or reported as unreadable.
   */
  private async reloadSettled(entry: ReviewEntry): Promise<void> {
    for (let attempt = 0; attempt < SETTLE_ATTEMPTS; attempt++) {
      if (await this.readsWhole(entry)) break;
      await new Promise(resolve => setTimeout(resolve, SETTLE_MS));
    }
    return this.reload(entry);
  }

  /** Stats each open review's sidecar; one whose size or time changed since the last look is reloaded. */
  private checkSidecars(reloadFor: (uri: vscode.Uri) => void): void {
    for (const entry of this.entries.values()) {
      vscode.workspace.fs.stat(entry.sidecar).then(
        stat => this.noteStamp(entry, `${stat.size}:${stat.mtime}`, reloadFor),
        () => this.noteStamp(entry, 'missing', reloadFor),
      );
    }
  }

  private noteStamp(entry: ReviewEntry, stamp: string, reloadFor: (uri: vscode.Uri) => void): void {
    const before = this.stamps.get(entry);
    this.stamps.set(entry, stamp);
    // The first look only records; a reload reads the text and does nothing when it is what we know.
    if (before !== undefined && before !== stamp) reloadFor(entry.sidecar);
  }

  /** Whether the sidecar on disk is neither what we last read or wrote nor what we are about to write. */
  private async changedOnDisk(entry: ReviewEntry, json: string): Promise<boolean> {
    try {
      const onDisk = await readSidecar(entry.sidecar);
      return onDisk !== undefined && onDisk !== entry.lastText && onDisk !== json;
    } catch {
      return false;
    }
  }

  /** Whether the sidecar is there and parses (what reload would accept without reporting it). */
  private async readsWhole(entry: ReviewEntry): Promise<boolean> {
    try {
      const text = await readSidecar(entry.sidecar);
      if (text === undefined) return false;
      parseReview(text);
      return true;
    } catch {
      return false;
    }
  }

  /** Reads the sidecar again (after a change on disk, or first time) unless it is what we wrote ourselves. */
  private async reload(entry: ReviewEntry, opened?: vscode.TextDocument): Promise<void> {
    let text: string | undefined;
    try {
      text = await readSidecar(entry.sidecar);
      // A write cut off between the old sidecar's removal and the rename: the review is in its temporary file. Only
      // when the transcript opens: a sidecar that goes missing later may be another writer's rename under way.
      if (text === undefined && opened && await this.recover(entry)) text = await readSidecar(entry.sidecar);
    } catch (error) {
      return this.markUnreadable(entry, error instanceof TypeError ? 'it is not UTF-8 text' : String((error as Error).message ?? error));
    }
    if (text !== undefined && text === entry.lastText && entry.error === null) return;
    let review;
    try {
      review = text === undefined ? { passages: [], speakers: {} } : parseReview(text);
    } catch (error) {
      return this.markUnreadable(entry, (error as Error).message);
    }
    const document = opened ?? vscode.workspace.textDocuments.find(d => d.uri.toString() === entry.transcript.toString());
    if (!document) return;
    entry.anchors = anchorPassages(document.getText(), review.passages);
    entry.speakers = review.speakers;
    entry.error = null;
    entry.lastText = text;
    // The review changed under us: our undo history no longer describes it.
    if (!opened) entry.undo.length = 0;
    if (!opened) this.changed.fire(entry.transcript);
  }

  private async recover(entry: ReviewEntry): Promise<boolean> {
    const restored = await recoverInterruptedWrite(entry.sidecar).catch(() => undefined);
    if (restored === undefined) return false;
    void vscode.window.showInformationMessage(`The review ${entry.sidecar.fsPath} was missing after an interrupted write; it was restored from ${restored}.`);
    return true;
  }

  private markUnreadable(entry: ReviewEntry, reason: string): void {
    const wasOk = entry.error === null;
    entry.error = reason;
    entry.anchors = [];
    entry.undo.length = 0;
    this.changed.fire(entry.transcript);
    if (wasOk) void this.reportUnreadable(entry);
  }

  private reportUnreadable(entry: ReviewEntry): Thenable<unknown> {
    const where = entry.sidecar.scheme === 'file' ? entry.sidecar.fsPath : entry.sidecar.toString();
    return vscode.window.showErrorMessage(
      `Transcript Review cannot read the review ${where}: ${entry.error}. The file is left as it is and nothing is written to it until it reads again.`,
    );
  }

  private follow(e: vscode.TextDocumentChangeEvent): void {
    const entry = this.entries.get(e.document.uri.toString());
    if (!entry || e.contentChanges.length === 0 || entry.anchors.length === 0) return;
    const changes = e.contentChanges.map(c => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text }));
    entry.anchors = followEdits(entry.anchors, changes, () => e.document.getText());
    entry.moved = true;
    this.changed.fire(entry.transcript);
  }

  private write(entry: ReviewEntry, document: vscode.TextDocument): Promise<void> {
    entry.writing = queued(entry.writing, async () => {
      if (entry.error !== null) return;
      const text = document.getText();
      const passages = entry.anchors.map(a => settledPassage(a, text));
      const name = entry.transcript.path.slice(entry.transcript.path.lastIndexOf('/') + 1);
      const json = serializeReview({ passages, speakers: entry.speakers }, name);
      if (json === entry.lastText) return;
      // Someone else wrote the sidecar since we last read or wrote it (a git pull whose change the watcher has not
      // reported yet): their version is read, never written over.
      if (entry.lastText !== undefined && await this.changedOnDisk(entry, json)) {
        await this.reload(entry);
        void vscode.window.showWarningMessage(`The review ${entry.sidecar.fsPath} changed on disk: it was read again, and the last review change made here was not written over it.`);
        return;
      }
      entry.lastText = json;
      entry.moved = false;
      try {
        await writeAtomically(entry.sidecar, json);
      } catch (error) {
        void vscode.window.showErrorMessage(`Transcript Review could not write ${entry.sidecar.fsPath}: ${(error as Error).message}`);
      }
    });
    return entry.writing;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.entries.clear();
  }
}
