/** Transcript: Next Question: moves the cursor to the label of the next question. */
import * as vscode from 'vscode';
import { nextQuestion } from '../../core/navigation';
import { moveCursor } from '../navigation/moveCursor';
import type { TranscriptCache } from '../transcriptCache';

export const NEXT_QUESTION_COMMAND = 'transcriptReview.nextQuestion';

export function registerNextQuestionCommand(cache: TranscriptCache): vscode.Disposable {
  return vscode.commands.registerCommand(NEXT_QUESTION_COMMAND, () => moveCursor(cache, nextQuestion));
}
