/** Transcript: Treat as Transcript: switches the document to the Transcript language and remembers it for the file. */
import * as vscode from 'vscode';
import type { LanguageSwitcher } from '../detection/languageSwitcher';

export const TREAT_AS_TRANSCRIPT_COMMAND = 'transcriptReview.treatAsTranscript';

export function registerTreatAsTranscriptCommand(switcher: LanguageSwitcher): vscode.Disposable {
  return vscode.commands.registerCommand(TREAT_AS_TRANSCRIPT_COMMAND, async (uri?: vscode.Uri) => {
    const document = await targetDocument(uri);
    if (!document) return undefined;
    // Returns the language the document ends up in, for callers and tests.
    return (await switcher.toTranscript(document, true)).languageId;
  });
}

/** The document named by a menu's URI argument, else the active editor's. */
export async function targetDocument(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  return vscode.window.activeTextEditor?.document;
}
