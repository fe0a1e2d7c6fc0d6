/** Transcript: Next Turn: moves the cursor to the label of the next turn. */
import * as vscode from 'vscode';
import { nextTurn } from '../../core/navigation';
import { moveCursor } from '../navigation/moveCursor';
import type { TranscriptCache } from '../transcriptCache';

export const NEXT_TURN_COMMAND = 'transcriptReview.nextTurn';

export function registerNextTurnCommand(cache: TranscriptCache): vscode.Disposable {
  return vscode.commands.registerCommand(NEXT_TURN_COMMAND, () => moveCursor(cache, nextTurn));
}
