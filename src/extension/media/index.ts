/**
 * The recording beside the transcript: the player panel, Play from Here (command and CodeLens), Link Recording…,
 * Follow Playback.
 */
import * as vscode from 'vscode';
import { registerLinkRecordingCommand } from '../commands/linkRecording';
import { registerMediaStateCommand } from '../commands/mediaState';
import { registerPlayFromHereCommand } from '../commands/playFromHere';
import { registerToggleFollowPlaybackCommand } from '../commands/toggleFollowPlayback';
import type { TranscriptCache } from '../transcriptCache';
import { registerPlayCodeLens } from './codeLens';
import { PlaybackSession } from './playback';
import type { RecordingLinks } from './recording';

/** `extensionUri`: where the player page's script (media/player.js) is found. */
export function registerMedia(cache: TranscriptCache, links: RecordingLinks, extensionUri: vscode.Uri): vscode.Disposable {
  const session = new PlaybackSession(cache, links, vscode.Uri.joinPath(extensionUri, 'media'));
  return vscode.Disposable.from(
    session,
    registerPlayFromHereCommand(session),
    registerLinkRecordingCommand(links, session),
    registerToggleFollowPlaybackCommand(session),
    registerMediaStateCommand(session),
    registerPlayCodeLens(cache, links),
  );
}
