/**
 * One parse per document version, shared by every feature. Closing a document frees its entry.
 */
import * as vscode from 'vscode';
import type { Transcript } from '../core/model';
import { parseTranscript } from '../core/parse';

interface Entry {
  version: number;
  transcript: Transcript;
}

export class TranscriptCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.subscriptions.push(
      vscode.workspace.onDidCloseTextDocument(doc => {
        // A language change is reported as close + reopen of a document that stays open: keep its parse.
        if (vscode.workspace.textDocuments.includes(doc)) return;
        this.entries.delete(doc.uri.toString());
      }),
    );
  }

  /** The model of the document's current version, parsed now if this version was not seen yet. */
  get(document: vscode.TextDocument): Transcript {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version) return cached.transcript;
    const transcript = parseTranscript(document.getText(), { fileName: document.fileName });
    this.entries.set(key, { version: document.version, transcript });
    return transcript;
  }

  dispose(): void {
    this.entries.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}
