/**
 * Sort by Date (Transcripts view title): oldest first, undated transcripts last.
 */
import * as vscode from 'vscode';
import type { TranscriptsSort } from '../workspace/transcriptsSort';

export const SORT_TRANSCRIPTS_BY_DATE_COMMAND = 'transcriptReview.sortTranscriptsByDate';

export function registerSortTranscriptsByDateCommand(sort: TranscriptsSort): vscode.Disposable {
  return vscode.commands.registerCommand(SORT_TRANSCRIPTS_BY_DATE_COMMAND, () => sort.set('date'));
}
