/**
 * What the user chose for a file ("Treat as Transcript", "Treat as Plain Text", "Not this file", or
 * the language picker), kept across sessions in the extension's global state, keyed by URI.
 * Untitled documents are remembered for the session only: their URIs are reused.
 */
import * as vscode from 'vscode';

export type LanguageChoice = 'transcript' | 'plain';

const STORAGE_KEY = 'transcriptReview.languageChoices';
/** Oldest choices are forgotten beyond this many, so the state cannot grow without bound. */
const MAX_REMEMBERED = 1000;

export class LanguageChoices {
  private readonly sessionOnly = new Map<string, LanguageChoice>();

  constructor(private readonly memento: vscode.Memento) {}

  get(uri: vscode.Uri): LanguageChoice | undefined {
    const key = uri.toString();
    return this.sessionOnly.get(key) ?? this.stored()[key];
  }

  async set(uri: vscode.Uri, choice: LanguageChoice): Promise<void> {
    const key = uri.toString();
    if (uri.scheme === 'untitled') {
      this.sessionOnly.set(key, choice);
      return;
    }
    const stored = { ...this.stored() };
    // Re-inserting keeps the object's key order from oldest to newest choice.
    delete stored[key];
    stored[key] = choice;
    const keys = Object.keys(stored);
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_REMEMBERED))) delete stored[old];
    await this.memento.update(STORAGE_KEY, stored);
  }

  private stored(): Record<string, LanguageChoice> {
    return this.memento.get<Record<string, LanguageChoice>>(STORAGE_KEY) ?? {};
  }
}
