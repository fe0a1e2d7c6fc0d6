/**
 * Playback in step with the transcript: Play from Here opens (or reuses) the player panel at the time of the line
 * at the cursor; the panel's time updates highlight the cue or turn being played in every editor showing the
 * transcript and, with Follow on, scroll to it. One instance per activation (no module state).
 */
import * as vscode from 'vscode';
import { buildTimeline, formatClock, isYouTubeUrl, linesAtTime, mediaUrlAt, timeAtLine, type Timeline } from '../../core/media';
import type { Transcript } from '../../core/model';
import { splitLines } from '../../core/parse';
import type { TranscriptCache } from '../transcriptCache';
import { PlayerPanel, type PlayerState } from './playerPanel';
import { findRecording, type RecordingLinks } from './recording';

/** What Play from Here did: the time it sought, or why it could not. */
export interface PlayResult {
  seconds?: number;
  interpolated?: boolean;
  error?: string;
}

/** The player's state and the editor's highlight, for the internal state command (tests read it). */
export interface MediaState extends PlayerState {
  media: string;
  transcript: string;
  /** 0-based lines of the highlighted cue or turn, and the line being spoken within it; null when none. */
  highlight: { first: number; last: number; line: number; interpolated: boolean } | null;
}

interface TimelineMemo {
  transcript: Transcript;
  timeline: Timeline;
  lines: string[];
}

export class PlaybackSession implements vscode.Disposable {
  private panel: PlayerPanel | undefined;
  private panelSubscriptions: vscode.Disposable[] = [];
  private follow = false;
  private duration: number | undefined;
  private memo: TimelineMemo | undefined;
  private highlight: MediaState['highlight'] = null;
  private readonly spanDecoration = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    // A colour of our own (package.json `colors`): the editor's range highlight is too faint to follow by eye.
    backgroundColor: new vscode.ThemeColor('transcriptReview.playbackHighlightBackground'),
    overviewRulerColor: new vscode.ThemeColor('transcriptReview.playbackHighlightBackground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  });
  private readonly lineDecoration = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    backgroundColor: new vscode.ThemeColor('editor.wordHighlightStrongBackground'),
  });
  private readonly subscriptions: vscode.Disposable[] = [];

  /** `scripts`: the extension's media folder, where the player page's script is. */
  constructor(private readonly cache: TranscriptCache, private readonly links: RecordingLinks, private readonly scripts: vscode.Uri) {
    this.subscriptions.push(vscode.window.onDidChangeVisibleTextEditors(() => this.paint()));
  }

  /** Opens the player on the document's recording at the time of `line`, and plays (if the browser lets it). */
  async playFrom(document: vscode.TextDocument, line: number): Promise<PlayResult> {
    const transcript = this.cache.get(document);
    const recording = await findRecording(document, transcript, this.links);
    const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
    if (!recording) {
      const error = `No recording found for ${name}: none is linked, named in its front matter (media:, audio:, video:), or beside it with the same name.`;
      void vscode.window.showWarningMessage(error, 'Link Recording…').then(pick => {
        if (pick) void vscode.commands.executeCommand('transcriptReview.linkRecording', undefined, document.uri);
      });
      return { error };
    }
    const memo = this.timeline(document, transcript);
    const at = timeAtLine(memo.timeline, line, memo.lines, this.duration);
    const seconds = at?.seconds ?? 0;
    if (recording.remote && (isYouTubeUrl(recording.uri.toString(true)) || recording.uri.scheme === 'http')) {
      // YouTube pages cannot play in a media element, and the panel (an https page) may not load http media:
      // open the recording in the browser at the time instead.
      await vscode.env.openExternal(vscode.Uri.parse(mediaUrlAt(recording.uri.toString(true), seconds)));
      vscode.window.setStatusBarMessage(`Opened ${recording.label} in the browser at ${formatClock(seconds)}`, 5000);
      return { seconds, interpolated: at?.interpolated ?? false };
    }
    const panel = this.open(document.uri, recording);
    if (!recording.exists) {
      const error = `The recording ${recording.label} was not found (${recording.origin}).`;
      void vscode.window.showErrorMessage(error, 'Link Recording…').then(pick => {
        if (pick) void vscode.commands.executeCommand('transcriptReview.linkRecording', undefined, document.uri);
      });
      return { error };
    }
    await panel.seek(seconds, true);
    if (!at) vscode.window.setStatusBarMessage(`${name} gives no times: playing from the start`, 5000);
    else if (at.interpolated) vscode.window.setStatusBarMessage(`Playing from ${formatClock(seconds)}, estimated within the turn from its length`, 5000);
    return { seconds, interpolated: at?.interpolated ?? false };
  }

  async toggleFollow(): Promise<boolean> {
    this.follow = !this.follow;
    await this.panel?.setFollow(this.follow);
    return this.follow;
  }

  async state(): Promise<MediaState | null> {
    const panel = this.panel;
    if (!panel) return null;
    const state = await panel.state();
    return { ...state, media: panel.media.label, transcript: panel.transcript.toString(), highlight: this.highlight };
  }

  /** The panel's recording changed (Link Recording…): load the new one if the panel plays this transcript. */
  async reload(document: vscode.TextDocument): Promise<void> {
    if (!this.panel || this.panel.transcript.toString() !== document.uri.toString()) return;
    const recording = await findRecording(document, this.cache.get(document), this.links);
    if (recording) this.panel.load(recording, this.follow);
    else this.closePanel();
  }

  dispose(): void {
    this.closePanel();
    for (const s of this.subscriptions.splice(0)) s.dispose();
    this.spanDecoration.dispose();
    this.lineDecoration.dispose();
  }

  private open(transcript: vscode.Uri, recording: PlayerPanel['media']): PlayerPanel {
    const current = this.panel;
    if (current && current.transcript.toString() === transcript.toString()) {
      const same = current.media.uri.toString() === recording.uri.toString() && current.media.exists === recording.exists;
      if (!same) current.load(recording, this.follow);
      current.reveal();
      return current;
    }
    this.closePanel();
    const panel = new PlayerPanel(transcript, recording, this.follow, this.scripts);
    this.panel = panel;
    this.duration = undefined;
    this.panelSubscriptions = [
      panel.onDidChangeTime(state => this.onTime(state)),
      panel.onDidFail(message => void vscode.window.showErrorMessage(`${panel.media.label}: ${message}`)),
      panel.onDidToggleFollow(on => { this.follow = on; }),
      panel.onDidDispose(() => {
        if (this.panel === panel) this.forget();
      }),
    ];
    return panel;
  }

  private closePanel(): void {
    const panel = this.panel;
    this.forget();
    panel?.dispose();
  }

  private forget(): void {
    this.panel = undefined;
    for (const s of this.panelSubscriptions.splice(0)) s.dispose();
    this.highlight = null;
    this.memo = undefined;
    this.paint();
  }

  private timeline(document: vscode.TextDocument, transcript: Transcript): TimelineMemo {
    if (this.memo?.transcript !== transcript) {
      this.memo = { transcript, timeline: buildTimeline(transcript), lines: splitLines(document.getText()) };
    }
    return this.memo;
  }

  private onTime(state: PlayerState): void {
    const panel = this.panel;
    if (!panel || state.currentTime === null) return;
    if (state.duration !== null) this.duration = state.duration;
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === panel.transcript.toString());
    if (!document) return;
    const memo = this.timeline(document, this.cache.get(document));
    const found = linesAtTime(memo.timeline, state.currentTime, memo.lines, this.duration);
    const next = found ? { first: found.span.firstLine, last: found.span.lastLine, line: found.line, interpolated: found.interpolated } : null;
    const moved = JSON.stringify(next) !== JSON.stringify(this.highlight);
    this.highlight = next;
    if (!moved) return;
    this.paint();
    if (this.follow && next) {
      const editor = vscode.window.visibleTextEditors.find(e => e.document === document);
      editor?.revealRange(new vscode.Range(next.line, 0, next.line, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  /** Draws the highlight in every visible editor of the panel's transcript, and clears it elsewhere. */
  private paint(): void {
    const target = this.panel?.transcript.toString();
    for (const editor of vscode.window.visibleTextEditors) {
      const mine = this.highlight && editor.document.uri.toString() === target;
      const span = mine && this.highlight ? [new vscode.Range(this.highlight.first, 0, this.highlight.last, 0)] : [];
      const line = mine && this.highlight?.interpolated ? [new vscode.Range(this.highlight.line, 0, this.highlight.line, 0)] : [];
      editor.setDecorations(this.spanDecoration, span);
      editor.setDecorations(this.lineDecoration, line);
    }
  }
}
