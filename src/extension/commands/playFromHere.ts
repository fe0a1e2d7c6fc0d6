/**
 * Transcript: Play Recording from Here: opens the player beside the editor at the time of the cue or turn at the
 * cursor (interpolated within a turn that has only its start time). Returns what it did, for tests and callers.
 */
import * as vscode from 'vscode';
import type { PlaybackSession, PlayResult } from '../media/playback';

export const PLAY_FROM_HERE_COMMAND = 'transcriptReview.playFromHere';

export function registerPlayFromHereCommand(session: PlaybackSession): vscode.Disposable {
  return vscode.commands.registerCommand(PLAY_FROM_HERE_COMMAND, async (uri?: vscode.Uri, line?: number): Promise<PlayResult | undefined> => {
    // A CodeLens or another extension passes the document and line; the palette and the key use the cursor.
    const editor = vscode.window.activeTextEditor;
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
    if (!document) return undefined;
    const at = typeof line === 'number' ? line : editor?.document === document ? editor.selection.active.line : 0;
    return session.playFrom(document, at);
  });
}
