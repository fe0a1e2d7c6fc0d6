/**
 * Encoding in the editor: the check of Transcript documents that show U+FFFD, the command that
 * reopens the active one in the encoding its bytes read in, and the tests' view of the check.
 */
import * as vscode from 'vscode';
import { registerReopenWithDetectedEncodingCommand } from '../commands/reopenWithDetectedEncoding';
import { EncodingAdvisor } from './encodingAdvisor';

/**
 * Internal (not in the Command Palette): the check of the document with this URI, awaited, so the
 * integration tests can see the notification the user is shown, which the API cannot read.
 */
export const ENCODING_CHECK_COMMAND = 'transcriptReview.internal.encodingCheck';

export function registerEncoding(): vscode.Disposable {
  const advisor = new EncodingAdvisor();
  return vscode.Disposable.from(
    advisor,
    registerReopenWithDetectedEncodingCommand(),
    vscode.commands.registerCommand(ENCODING_CHECK_COMMAND, (uri: string) => {
      const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri);
      return document ? advisor.check(document) : undefined;
    }),
  );
}
