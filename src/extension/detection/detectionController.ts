/**
 * Offers the Transcript language for plain-text and Markdown documents that read as transcripts,
 * per `transcriptReview.detect`: `auto` switches, `ask` shows a notification, `off` does nothing.
 * A remembered choice for the file always wins. The document's text is never changed.
 */
import * as vscode from 'vscode';
import { beginningLooksLikeTranscript, DETECT_LINES } from '../../core/detect';
import type { TranscriptCache } from '../transcriptCache';
import { LanguageSwitcher, TRANSCRIPT_LANGUAGE } from './languageSwitcher';

export type DetectMode = 'auto' | 'ask' | 'off';

const CANDIDATE_LANGUAGES = new Set(['plaintext', 'markdown']);
/** Documents that are views of something else (diffs, output, inputs), not files someone reads. */
const IGNORED_SCHEMES = new Set([
  'output', 'git', 'gitfs', 'vscode-scm', 'debug', 'comment', 'vscode-notebook-cell', 'vscode-notebook-cell-output',
  'vscode-interactive-input', 'walkThroughSnippet', 'search-editor', 'vscode-chat-code-block', 'vscode-terminal',
]);
/** Larger documents are not parsed just to guess their language. */
const MAX_DETECT_CHARACTERS = 10_000_000;
const SWITCH = 'Switch';
const NOT_THIS_FILE = 'Not this file';

export class DetectionController implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** Documents asked about this session, so a dismissed question is not repeated. */
  private readonly asked = new Set<string>();
  /** Documents in the middle of a language change: the language they had. */
  private readonly changingLanguage = new Map<string, string>();

  constructor(private readonly cache: TranscriptCache, private readonly switcher: LanguageSwitcher) {
    this.disposables.push(
      vscode.workspace.onDidCloseTextDocument(document => this.closed(document)),
      vscode.workspace.onDidOpenTextDocument(document => this.opened(document)),
      vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration('transcriptReview.detect')) this.considerOpenDocuments(false);
      }),
    );
    this.considerOpenDocuments(true);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private closed(document: vscode.TextDocument): void {
    // VS Code reports a language change as a close and an open of a document that stays open.
    if (vscode.workspace.textDocuments.includes(document)) {
      this.changingLanguage.set(document.uri.toString(), document.languageId);
    }
  }

  private opened(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const before = this.changingLanguage.get(key);
    if (before === undefined) {
      this.consider(document, true);
      return;
    }
    this.changingLanguage.delete(key);
    if (this.switcher.consumeExpected(document)) return;
    // Someone else changed the language (the user, with the language picker): that is a choice too.
    if (document.languageId === TRANSCRIPT_LANGUAGE) void this.switcher.remember(document.uri, 'transcript');
    else if (before === TRANSCRIPT_LANGUAGE) void this.switcher.remember(document.uri, 'plain');
  }

  /** At activation (prompting allowed) and when the setting changes (no burst of prompts). */
  private considerOpenDocuments(mayAsk: boolean): void {
    for (const document of vscode.workspace.textDocuments) this.consider(document, mayAsk);
  }

  private consider(document: vscode.TextDocument, mayAsk: boolean): void {
    if (IGNORED_SCHEMES.has(document.uri.scheme) || document.isClosed) return;
    const choice = this.switcher.choices.get(document.uri);
    if (document.languageId === TRANSCRIPT_LANGUAGE) {
      if (choice === 'plain') this.run(this.switcher.toPlain(document, false));
      return;
    }
    if (!CANDIDATE_LANGUAGES.has(document.languageId) || choice === 'plain') return;
    if (choice === 'transcript') {
      this.run(this.switcher.toTranscript(document, false));
      return;
    }
    const mode = detectMode(document);
    if (mode === 'off' || (mode === 'ask' && (!mayAsk || this.asked.has(document.uri.toString())))) return;
    if (characterCount(document) > MAX_DETECT_CHARACTERS) return;
    // From the first lines only, read line by line: bounded work whatever the file holds.
    const beginning = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, DETECT_LINES), 0));
    if (!beginningLooksLikeTranscript(beginning, document.fileName)) return;
    if (mode === 'auto') {
      this.run(this.switcher.toTranscript(document, false));
      this.parseWhileSwitching(document);
    } else void this.ask(document);
  }

  private async ask(document: vscode.TextDocument): Promise<void> {
    this.asked.add(document.uri.toString());
    const name = document.uri.path.split('/').pop() || document.uri.toString();
    const answer = await vscode.window.showInformationMessage(
      `${name} looks like a transcript. Show it as a Transcript (speakers, questions, outline)?`, SWITCH, NOT_THIS_FILE,
    );
    if (document.isClosed) return;
    if (answer === SWITCH) this.run(this.switcher.toTranscript(document, true));
    else if (answer === NOT_THIS_FILE) void this.switcher.remember(document.uri, 'plain');
  }

  /**
   * Parses the document while VS Code changes its language: the switch is a round trip through the workbench, in
   * which this thread has nothing to do. The parse is kept across the switch (same version, see transcriptCache),
   * so the Outline and the status item find it ready.
   */
  private parseWhileSwitching(document: vscode.TextDocument): void {
    setTimeout(() => {
      if (!document.isClosed) this.cache.get(document);
    }, 0);
  }

  private run(switching: Promise<unknown>): void {
    // A document closed meanwhile cannot be switched; nothing to tell the user.
    switching.catch(() => undefined);
  }
}

export function detectMode(document: vscode.TextDocument): DetectMode {
  const value = vscode.workspace.getConfiguration('transcriptReview', document).get<string>('detect');
  return value === 'ask' || value === 'off' ? value : 'auto';
}

function characterCount(document: vscode.TextDocument): number {
  return document.offsetAt(new vscode.Position(document.lineCount, 0));
}
