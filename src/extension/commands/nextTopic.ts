/** Transcript: Next Topic: moves the cursor to the next question or section heading. */
import * as vscode from 'vscode';
import { nextTopic } from '../../core/navigation';
import { moveCursor } from '../navigation/moveCursor';
import type { TranscriptCache } from '../transcriptCache';

export const NEXT_TOPIC_COMMAND = 'transcriptReview.nextTopic';

export function registerNextTopicCommand(cache: TranscriptCache): vscode.Disposable {
  return vscode.commands.registerCommand(NEXT_TOPIC_COMMAND, () => moveCursor(cache, nextTopic));
}
