/**
 * Navigation: the commands that move between topics, questions and turns, and Go to Question.
 */
import * as vscode from 'vscode';
import { registerGoToQuestionCommand } from '../commands/goToQuestion';
import { registerNextQuestionCommand } from '../commands/nextQuestion';
import { registerNextTopicCommand } from '../commands/nextTopic';
import { registerNextTurnCommand } from '../commands/nextTurn';
import { registerNextTurnBySameSpeakerCommand } from '../commands/nextTurnBySameSpeaker';
import { registerPreviousQuestionCommand } from '../commands/previousQuestion';
import { registerPreviousTopicCommand } from '../commands/previousTopic';
import { registerPreviousTurnCommand } from '../commands/previousTurn';
import type { SpeakerNamesSource } from '../review/speakerNames';
import type { TranscriptCache } from '../transcriptCache';

/** `names`: the reviewer's names for speakers, shown in Go to Question. */
export function registerNavigation(cache: TranscriptCache, names?: SpeakerNamesSource): vscode.Disposable {
  return vscode.Disposable.from(
    registerNextTopicCommand(cache),
    registerPreviousTopicCommand(cache),
    registerNextQuestionCommand(cache),
    registerPreviousQuestionCommand(cache),
    registerNextTurnCommand(cache),
    registerPreviousTurnCommand(cache),
    registerNextTurnBySameSpeakerCommand(cache),
    registerGoToQuestionCommand(cache, names),
  );
}
