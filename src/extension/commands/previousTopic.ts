/** Transcript: Previous Topic: moves the cursor to the previous question or section heading. */
import * as vscode from 'vscode';
import { previousTopic } from '../../core/navigation';
import { moveCursor } from '../navigation/moveCursor';
import type { TranscriptCache } from '../transcriptCache';

export const PREVIOUS_TOPIC_COMMAND = 'transcriptReview.previousTopic';

export function registerPreviousTopicCommand(cache: TranscriptCache): vscode.Disposable {
  return vscode.commands.registerCommand(PREVIOUS_TOPIC_COMMAND, () => moveCursor(cache, previousTopic));
}
