/**
 * Transcript: Reopen with Detected Encoding: reads the active file's bytes and reopens it in the
 * encoding they read in without U+FFFD (what the notification offers), or opens VS Code's
 * encoding picker when the encoding is one the extension cannot name. Returns the encoding used.
 */
import * as vscode from 'vscode';
import { adviseForDocument, fileName, pickEncoding, reopenInEncoding } from '../encoding/reopen';

export const REOPEN_WITH_DETECTED_ENCODING_COMMAND = 'transcriptReview.reopenWithDetectedEncoding';

export function registerReopenWithDetectedEncodingCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(REOPEN_WITH_DETECTED_ENCODING_COMMAND, async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return undefined;
    const advice = await adviseForDocument(document);
    if (advice.kind === 'reopen') {
      const reopened = await reopenInEncoding(document, advice.vscode, advice.title);
      return reopened?.encoding;
    }
    if (advice.kind === 'unknown-legacy') {
      await pickEncoding(document);
      return undefined;
    }
    void vscode.window.showInformationMessage(`${fileName(document)} reads as it is: no other encoding reads its bytes without \uFFFD (${advice.reason}).`);
    return undefined;
  });
}
