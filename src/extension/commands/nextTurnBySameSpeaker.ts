/** Transcript: Next Turn by the Same Speaker: moves the cursor to the next turn of whoever speaks at the cursor. */
import * as vscode from 'vscode';
import { nextTurnBySameSpeaker } from '../../core/navigation';
import { moveCursor } from '../navigation/moveCursor';
import type { TranscriptCache } from '../transcriptCache';

export const NEXT_TURN_BY_SAME_SPEAKER_COMMAND = 'transcriptReview.nextTurnBySameSpeaker';

export function registerNextTurnBySameSpeakerCommand(cache: TranscriptCache): vscode.Disposable {
  return vscode.commands.registerCommand(NEXT_TURN_BY_SAME_SPEAKER_COMMAND, () => moveCursor(cache, nextTurnBySameSpeaker));
}
