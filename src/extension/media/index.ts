/**
 * The recording beside the transcript: the player panel, Play from Here, Link Recording…, Follow Playback.
 */
import * as vscode from 'vscode';
import { registerLinkRecordingCommand } from '../commands/linkRecording';
import { registerMediaStateCommand } from '../commands/mediaState';
import { registerPlayFromHereCommand } from '../commands/playFromHere';
import { registerToggleFollowPlaybackCommand } from '../commands/toggleFollowPlayback';
import type { TranscriptCache } from '../transcriptCache';
import { PlaybackSession } from './playback';
import { RecordingLinks } from './recording';

export function registerMedia(cache: TranscriptCache, workspaceState: vscode.Memento): vscode.Disposable {
  const links = new RecordingLinks(workspaceState);
  const session = new PlaybackSession(cache, links);
  return vscode.Disposable.from(
    session,
    registerPlayFromHereCommand(session),
    registerLinkRecordingCommand(links, session),
    registerToggleFollowPlaybackCommand(session),
    registerMediaStateCommand(session),
  );
}
