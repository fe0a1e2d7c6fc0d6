/**
 * Transcript: Follow Playback (toggle): while the recording plays, keep what is being played in view. The
 * player's Follow box is the same switch.
 */
import * as vscode from 'vscode';
import type { PlaybackSession } from '../media/playback';

export const TOGGLE_FOLLOW_PLAYBACK_COMMAND = 'transcriptReview.toggleFollowPlayback';

export function registerToggleFollowPlaybackCommand(session: PlaybackSession): vscode.Disposable {
  return vscode.commands.registerCommand(TOGGLE_FOLLOW_PLAYBACK_COMMAND, async () => {
    const on = await session.toggleFollow();
    vscode.window.setStatusBarMessage(on ? 'Following playback in the editor' : 'No longer following playback', 3000);
    return on;
  });
}
