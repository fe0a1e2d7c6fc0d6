/**
 * Transcript: Treat as Plain Text: gives the document back its own language (plain text, or Markdown
 * for a Markdown file) and remembers for the file that it is not a transcript.
 */
import * as vscode from 'vscode';
import type { LanguageSwitcher } from '../detection/languageSwitcher';
import { targetDocument } from './treatAsTranscript';

export const TREAT_AS_PLAIN_TEXT_COMMAND = 'transcriptReview.treatAsPlainText';

export function registerTreatAsPlainTextCommand(switcher: LanguageSwitcher): vscode.Disposable {
  return vscode.commands.registerCommand(TREAT_AS_PLAIN_TEXT_COMMAND, async (uri?: vscode.Uri) => {
    const document = await targetDocument(uri);
    if (!document) return undefined;
    return (await switcher.toPlain(document, true)).languageId;
  });
}
