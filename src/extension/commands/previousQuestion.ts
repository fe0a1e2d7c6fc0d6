/** Transcript: Previous Question: moves the cursor to the label of the previous question. */
import * as vscode from 'vscode';
import { previousQuestion } from '../../core/navigation';
import { moveCursor } from '../navigation/moveCursor';
import type { TranscriptCache } from '../transcriptCache';

export const PREVIOUS_QUESTION_COMMAND = 'transcriptReview.previousQuestion';

export function registerPreviousQuestionCommand(cache: TranscriptCache): vscode.Disposable {
  return vscode.commands.registerCommand(PREVIOUS_QUESTION_COMMAND, () => moveCursor(cache, previousQuestion));
}
