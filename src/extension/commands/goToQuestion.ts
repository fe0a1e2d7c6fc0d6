/**
 * Transcript: Go to Question...: a quick pick of the questions; picking one moves the cursor to it.
 * With a question number as argument (from a keybinding's `args`), goes there directly.
 */
import * as vscode from 'vscode';
import { questionEntries } from '../../core/navigation';
import { placeCursor, type NavigationOutcome } from '../navigation/moveCursor';
import { pickQuestion } from '../navigation/questionPick';
import type { SpeakerNamesSource } from '../review/speakerNames';
import { showStatusMessage } from '../statusBar/statusMessage';
import type { TranscriptCache } from '../transcriptCache';

export const GO_TO_QUESTION_COMMAND = 'transcriptReview.goToQuestion';

export function registerGoToQuestionCommand(cache: TranscriptCache, names?: SpeakerNamesSource): vscode.Disposable {
  return vscode.commands.registerCommand(GO_TO_QUESTION_COMMAND, goToQuestion);

  async function goToQuestion(number?: unknown): Promise<NavigationOutcome | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const transcript = cache.get(editor.document);
    const { line, character } = editor.selection.active;
    const stay = (message: string): NavigationOutcome => {
      showStatusMessage(message);
      return { moved: false, line, character, message };
    };
    if (transcript.exchanges.length === 0) return stay('No questions in this transcript');
    if (typeof number === 'number') {
      const entry = questionEntries(transcript).find(e => e.number === number);
      return entry ? placeCursor(editor, entry.position) : stay(`There is no question Q${number}`);
    }
    const entry = await pickQuestion(editor, transcript, names?.speakerNames(editor.document));
    if (!entry) return { moved: false, line, character };
    // The editor may have been closed or hidden while the pick was open.
    if (!vscode.window.visibleTextEditors.includes(editor)) return undefined;
    return placeCursor(editor, entry.position);
  }
}
