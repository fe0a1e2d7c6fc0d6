/**
 * The player panel: one webview beside the editor playing one transcript's recording. It loads the recording
 * (a file through `asWebviewUri`, its folder the only resource root; an https address as it is), relays the
 * page's reports as events, and answers state queries within a deadline.
 */
import * as vscode from 'vscode';
import { isVideoName } from '../../core/media';
import { makeNonce, playerHtml } from './playerHtml';
import type { Recording } from './recording';

/** What the page reports of its media element. */
export interface PlayerState {
  currentTime: number | null;
  paused: boolean;
  duration: number | null;
  /** The message the page shows when the recording cannot play, else null. */
  error: string | null;
  follow: boolean;
}

type PageMessage =
  | ({ type: 'time' | 'loaded' } & PlayerState)
  | ({ type: 'state'; id: number } & PlayerState)
  | { type: 'error'; message: string }
  | { type: 'follow'; on: boolean }
  | { type: 'ready' };

export const PLAYER_VIEW_TYPE = 'transcriptReview.player';

export class PlayerPanel implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly replies = new Map<number, (state: PlayerState) => void>();
  private nextQuery = 1;
  private ready: Promise<void>;
  private markReady: () => void = () => undefined;
  private readonly timeEmitter = new vscode.EventEmitter<PlayerState>();
  private readonly errorEmitter = new vscode.EventEmitter<string>();
  private readonly followEmitter = new vscode.EventEmitter<boolean>();
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  /** Time updates, seeks, play and pause. */
  readonly onDidChangeTime = this.timeEmitter.event;
  /** The media element could not play the recording. */
  readonly onDidFail = this.errorEmitter.event;
  readonly onDidToggleFollow = this.followEmitter.event;
  readonly onDidDispose = this.disposeEmitter.event;

  /** `scripts`: the extension's media folder, which holds the page's script (media/player.js). */
  constructor(readonly transcript: vscode.Uri, private recording: Recording, follow: boolean, private readonly scripts: vscode.Uri) {
    this.panel = vscode.window.createWebviewPanel(PLAYER_VIEW_TYPE, 'Recording', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      retainContextWhenHidden: true,
      localResourceRoots: this.resourceRoots(recording),
    });
    this.ready = this.waitForReady();
    this.subscriptions.push(
      this.panel.webview.onDidReceiveMessage((message: PageMessage) => this.receive(message)),
      this.panel.onDidDispose(() => this.dispose()),
    );
    this.render(recording, follow);
  }

  get media(): Recording {
    return this.recording;
  }

  /** Plays another recording (or the same one afresh) in this panel. */
  load(recording: Recording, follow: boolean): void {
    this.recording = recording;
    this.panel.webview.options = { enableScripts: true, localResourceRoots: this.resourceRoots(recording) };
    this.ready = this.waitForReady();
    this.render(recording, follow);
  }

  reveal(): void {
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  async seek(seconds: number, play: boolean): Promise<void> {
    await this.ready;
    await this.panel.webview.postMessage({ type: 'seek', seconds, play });
  }

  async setFollow(on: boolean): Promise<void> {
    await this.ready;
    await this.panel.webview.postMessage({ type: 'follow', on });
  }

  /** Asks the page for its media element's state; rejects when no answer comes within `deadlineMs`. */
  async state(deadlineMs = 5000): Promise<PlayerState> {
    const id = this.nextQuery++;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const answer = new Promise<PlayerState>((resolve, reject) => {
      this.replies.set(id, resolve);
      timer = setTimeout(() => {
        this.replies.delete(id);
        reject(new Error(`the player did not answer within ${deadlineMs} ms`));
      }, deadlineMs);
    });
    try {
      await Promise.race([this.ready, answer]);
      await this.panel.webview.postMessage({ type: 'query', id });
      return await answer;
    } finally {
      clearTimeout(timer);
    }
  }

  dispose(): void {
    this.disposeEmitter.fire();
    for (const s of this.subscriptions.splice(0)) s.dispose();
    this.panel.dispose();
    for (const emitter of [this.timeEmitter, this.errorEmitter, this.followEmitter, this.disposeEmitter]) emitter.dispose();
  }

  /** What the page may load: its script, and a recording on disk from its folder. */
  private resourceRoots(recording: Recording): vscode.Uri[] {
    return recording.remote ? [this.scripts] : [this.scripts, vscode.Uri.joinPath(recording.uri, '..')];
  }

  private waitForReady(): Promise<void> {
    return new Promise(resolve => { this.markReady = resolve; });
  }

  private render(recording: Recording, follow: boolean): void {
    const webview = this.panel.webview;
    this.panel.title = `Recording: ${recording.label}`;
    const playable = recording.exists;
    webview.html = playerHtml(webview, {
      src: playable ? (recording.remote ? recording.uri.toString(true) : webview.asWebviewUri(recording.uri).toString()) : null,
      video: isVideoName(recording.uri.path),
      label: recording.label,
      message: playable ? null : `The recording ${recording.label} was not found (${recording.origin}). Link another with Transcript: Link Recording….`,
      follow,
      script: webview.asWebviewUri(vscode.Uri.joinPath(this.scripts, 'player.js')).toString(),
    }, makeNonce());
  }

  private receive(message: PageMessage): void {
    switch (message.type) {
      case 'ready':
        this.markReady();
        break;
      case 'time':
      case 'loaded':
        this.timeEmitter.fire(message);
        break;
      case 'state': {
        const reply = this.replies.get(message.id);
        this.replies.delete(message.id);
        reply?.(message);
        break;
      }
      case 'error':
        this.errorEmitter.fire(message.message);
        break;
      case 'follow':
        this.followEmitter.fire(message.on);
        break;
    }
  }
}
