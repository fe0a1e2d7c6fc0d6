/**
 * The status bar item that says where the cursor is in a transcript: `Q3 · Sergey Lavrov`,
 * `Opening · Sergey Lavrov`, the section, or in captions the cue's time (`00:12:34 · Sarah`). Shown only for transcript editors; a click opens
 * Go to Question. A transcript read in a simplified way because of its size shows a warning sign, and why.
 */
import * as vscode from 'vscode';
import { describeLocation, locate } from '../../core/navigation';
import { GO_TO_QUESTION_COMMAND } from '../commands/goToQuestion';
import { fromVsPosition } from '../convert';
import type { SpeakerNamesSource } from '../review/speakerNames';
import type { TranscriptCache } from '../transcriptCache';

export const TRANSCRIPT_LANGUAGE = 'transcript';

/** Longest text shown before it is cut with an ellipsis (section titles can be sentences). */
const MAX_TEXT = 48;

export interface LocationItemState {
  visible: boolean;
  text: string;
  tooltip: string;
  /** The command a click runs. */
  command: string;
}

export class LocationItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('transcriptReview.location', vscode.StatusBarAlignment.Right, 100);
  private state: LocationItemState = { visible: false, text: '', tooltip: '', command: GO_TO_QUESTION_COMMAND };

  /** `names`: the reviewer's names for speakers (renamed or merged in the review), shown instead of the labels. */
  constructor(private readonly cache: TranscriptCache, private readonly names?: SpeakerNamesSource) {
    this.item.name = 'Transcript Location';
    this.item.command = { title: 'Go to Question...', command: GO_TO_QUESTION_COMMAND };
  }

  /** What the item shows now, as the user sees it. */
  get current(): LocationItemState {
    return { ...this.state };
  }

  update(editor: vscode.TextEditor | undefined = vscode.window.activeTextEditor): void {
    if (!editor || editor.document.languageId !== TRANSCRIPT_LANGUAGE) {
      this.state = { ...this.state, visible: false, text: '', tooltip: '' };
      this.item.hide();
      return;
    }
    const transcript = this.cache.get(editor.document);
    const location = locate(transcript, fromVsPosition(editor.selection.active));
    const names = this.names?.speakerNames(editor.document);
    const where = describeLocation(location, names);
    // A file read in a simpler way because of its size says so, with what it gave up.
    // Outside any turn (the header, say) the item counts what there is rather than repeat the language name.
    const overview = transcript.exchanges.length > 0 ? count(transcript.exchanges.length, 'question') : count(transcript.turns.length, 'turn');
    const text = (transcript.simplified ? '$(warning) ' : '') + shorten(where || overview);
    const lines = [];
    if (location.cue) lines.push(`Cue: ${location.cue.start} → ${location.cue.end}`);
    if (location.exchange) lines.push(`Q${location.exchange.number}: ${location.exchange.topic}`);
    const label = location.turn?.speaker;
    const name = label ? names?.get(label) : undefined;
    if (label) lines.push(name ? `Speaker: ${name} (written ${label})` : `Speaker: ${label}`);
    if (location.section) lines.push(`Section: ${location.section.title}`);
    if (lines.length === 0) lines.push(`${count(transcript.exchanges.length, 'question')}, ${count(transcript.turns.length, 'turn')}`);
    if (transcript.simplified) lines.push(transcript.simplified);
    lines.push('Click to go to a question');
    const tooltip = lines.join('\n');
    this.state = { ...this.state, visible: true, text, tooltip };
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: `Transcript location: ${where || 'none'}` };
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function shorten(text: string): string {
  if (text.length <= MAX_TEXT) return text;
  // `Long section title · Speaker`: the title gives way, the speaker stays readable.
  const separator = text.lastIndexOf(' · ');
  if (separator > 0 && text.length - separator < MAX_TEXT / 2) {
    const tail = text.slice(separator);
    return `${text.slice(0, MAX_TEXT - tail.length - 1).trimEnd()}…${tail}`;
  }
  return `${text.slice(0, MAX_TEXT - 1).trimEnd()}…`;
}
