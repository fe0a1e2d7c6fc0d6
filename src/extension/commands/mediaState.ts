/**
 * Internal: the player's media state as its page reports it (asked through postMessage, answered within a
 * deadline) and the editor's playback highlight. Not in the palette; the integration tests read it because the
 * extension API cannot look into a webview.
 */
import * as vscode from 'vscode';
import type { MediaState, PlaybackSession } from '../media/playback';

export const MEDIA_STATE_COMMAND = 'transcriptReview.internal.mediaState';

export function registerMediaStateCommand(session: PlaybackSession): vscode.Disposable {
  return vscode.commands.registerCommand(MEDIA_STATE_COMMAND, (): Promise<MediaState | null> => session.state());
}
