/**
 * Copy Citation asks before copying text with U+FFFD: the file has bytes its encoding could not
 * read there, so the quote would not match the source.
 */
import * as vscode from 'vscode';

export const COPY_ANYWAY = 'Copy anyway';
const CANCEL = 'Cancel';

/** True when the text has no U+FFFD, or the user chose to copy it anyway. */
export async function confirmReplacementCharacters(text: string, document: vscode.TextDocument): Promise<boolean> {
  if (!text.includes('\uFFFD')) return true;
  const name = document.uri.path.split('/').pop() || document.uri.toString();
  const answer = await vscode.window.showWarningMessage(
    `The quote holds \uFFFD where ${name} has bytes its encoding (${document.encoding}) could not read, so it would not match the source. ` +
    'Transcript: Reopen with Detected Encoding may read them.',
    COPY_ANYWAY, CANCEL,
  );
  return answer === COPY_ANYWAY;
}
