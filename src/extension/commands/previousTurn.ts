/** Transcript: Previous Turn: moves the cursor to the label of the previous turn (from inside a turn, its own label first). */
import * as vscode from 'vscode';
import { previousTurn } from '../../core/navigation';
import { moveCursor } from '../navigation/moveCursor';
import type { TranscriptCache } from '../transcriptCache';

export const PREVIOUS_TURN_COMMAND = 'transcriptReview.previousTurn';

export function registerPreviousTurnCommand(cache: TranscriptCache): vscode.Disposable {
  return vscode.commands.registerCommand(PREVIOUS_TURN_COMMAND, () => moveCursor(cache, previousTurn));
}
