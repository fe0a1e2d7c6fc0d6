/**
 * When a Transcript document shows U+FFFD (bytes its encoding could not read), reads the file's
 * bytes and, if the core finds an encoding they read in without any, says so in a notification
 * that offers to reopen the file in it. Each document is checked once per session; the text is
 * never changed except by the reopening the user asks for.
 */
import * as vscode from 'vscode';
import type { EncodingAdvice } from '../../core/encoding/suggest';
import { TRANSCRIPT_LANGUAGE } from '../detection/languageSwitcher';
import { adviseForDocument, fileName, pickEncoding, reopenInEncoding } from './reopen';

/** What the check decided for a document, and the notification it showed (for the tests and the log). */
export interface EncodingCheck {
  uri: string;
  advice: EncodingAdvice | { kind: 'skipped'; reason: string };
  notification?: { message: string; actions: string[] };
}

const NOT_NOW = 'Not now';
const PICK = 'Reopen with Encoding…';

export class EncodingAdvisor implements vscode.Disposable {
  private readonly checks = new Map<string, Promise<EncodingCheck>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.disposables.push(
      // Also fires when a document becomes a Transcript (a language change reopens it).
      vscode.workspace.onDidOpenTextDocument(document => { void this.check(document); }),
    );
    for (const document of vscode.workspace.textDocuments) void this.check(document);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** The check of an open document, started now if it has not been. */
  check(document: vscode.TextDocument): Promise<EncodingCheck> {
    const uri = document.uri.toString();
    const known = this.checks.get(uri);
    if (known) return known;
    if (document.languageId !== TRANSCRIPT_LANGUAGE) return Promise.resolve({ uri, advice: { kind: 'skipped', reason: 'not a transcript' } });
    const started = this.run(document);
    this.checks.set(uri, started);
    return started;
  }

  private async run(document: vscode.TextDocument): Promise<EncodingCheck> {
    const uri = document.uri.toString();
    if (!document.getText().includes('\uFFFD')) return { uri, advice: { kind: 'skipped', reason: 'no U+FFFD in the text' } };
    const advice = await adviseForDocument(document);
    const name = fileName(document);
    if (advice.kind === 'reopen') {
      const reopen = `Reopen as ${advice.title}`;
      const message = `${name} shows \uFFFD where its bytes are not ${describe(document.encoding)}. They read as ${advice.title} without any: reopen it in that encoding? The file is not changed.`;
      void vscode.window.showWarningMessage(message, reopen, NOT_NOW).then(answer => {
        if (answer === reopen && !document.isClosed) return reopenInEncoding(document, advice.vscode, advice.title);
        return undefined;
      });
      return { uri, advice, notification: { message, actions: [reopen, NOT_NOW] } };
    }
    if (advice.kind === 'unknown-legacy') {
      const message = `${name} shows \uFFFD where its bytes are not ${describe(document.encoding)}. They look like a legacy encoding (Cyrillic, Greek, Chinese, Japanese or Korean, for example): pick it to reopen the file. The file is not changed.`;
      void vscode.window.showWarningMessage(message, PICK, NOT_NOW).then(answer => {
        if (answer === PICK && !document.isClosed) return pickEncoding(document);
        return undefined;
      });
      return { uri, advice, notification: { message, actions: [PICK, NOT_NOW] } };
    }
    return { uri, advice };
  }
}

/** VS Code's identifier as people say it: `utf8` → UTF-8. */
function describe(vscodeEncoding: string): string {
  return vscodeEncoding === 'utf8' || vscodeEncoding === 'utf8bom' ? 'UTF-8' : vscodeEncoding;
}
