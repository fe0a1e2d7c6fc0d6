/**
 * Sort by Title (Transcripts view title): alphabetically, numbers in numeric order.
 */
import * as vscode from 'vscode';
import type { TranscriptsSort } from '../workspace/transcriptsSort';

export const SORT_TRANSCRIPTS_BY_TITLE_COMMAND = 'transcriptReview.sortTranscriptsByTitle';

export function registerSortTranscriptsByTitleCommand(sort: TranscriptsSort): vscode.Disposable {
  return vscode.commands.registerCommand(SORT_TRANSCRIPTS_BY_TITLE_COMMAND, () => sort.set('title'));
}
