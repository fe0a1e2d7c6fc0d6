/**
 * Switches a document between the Transcript language and its own (plain text or Markdown), never
 * touching its text, and remembers which language changes it made so they are not mistaken for the
 * user's choice.
 */
import * as vscode from 'vscode';
import type { LanguageChoice, LanguageChoices } from './languageChoices';

export const TRANSCRIPT_LANGUAGE = 'transcript';

export class LanguageSwitcher {
  /** Language each document is being switched to by us, until VS Code reports the change. */
  private readonly expected = new Map<string, string>();
  /** The language a document had before we made it a transcript, to switch back to. */
  private readonly previous = new Map<string, string>();

  constructor(readonly choices: LanguageChoices) {}

  /** Makes the document a transcript; with `remember`, the choice sticks to the file. */
  async toTranscript(document: vscode.TextDocument, remember: boolean): Promise<vscode.TextDocument> {
    if (remember) await this.choices.set(document.uri, 'transcript');
    if (document.languageId !== TRANSCRIPT_LANGUAGE) this.previous.set(document.uri.toString(), document.languageId);
    return this.switchTo(document, TRANSCRIPT_LANGUAGE);
  }

  /** Gives the document back its own language: the one it had, or Markdown or plain text by its name. */
  async toPlain(document: vscode.TextDocument, remember: boolean): Promise<vscode.TextDocument> {
    if (remember) await this.choices.set(document.uri, 'plain');
    if (document.languageId !== TRANSCRIPT_LANGUAGE) return document;
    const language = this.previous.get(document.uri.toString()) ?? ownLanguage(document.uri);
    return this.switchTo(document, language);
  }

  remember(uri: vscode.Uri, choice: LanguageChoice): Promise<void> {
    return this.choices.set(uri, choice);
  }

  /** True (once) when a reported language change is one this switcher asked for. */
  consumeExpected(document: vscode.TextDocument): boolean {
    const key = document.uri.toString();
    if (this.expected.get(key) !== document.languageId) return false;
    this.expected.delete(key);
    return true;
  }

  private async switchTo(document: vscode.TextDocument, language: string): Promise<vscode.TextDocument> {
    if (document.languageId === language || document.isClosed) return document;
    const key = document.uri.toString();
    this.expected.set(key, language);
    try {
      return await vscode.languages.setTextDocumentLanguage(document, language);
    } catch (error) {
      this.expected.delete(key);
      throw error;
    }
  }
}

/** The language VS Code gives a file of this name when it is not a transcript. */
function ownLanguage(uri: vscode.Uri): string {
  return /\.(md|markdown|mdown|mkd|mkdn)$/i.test(uri.path) ? 'markdown' : 'plaintext';
}
