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
import type { TranscriptCache } from '../transcriptCache';

export function registerNavigation(cache: TranscriptCache): vscode.Disposable {
  return vscode.Disposable.from(
    registerNextTopicCommand(cache),
    registerPreviousTopicCommand(cache),
    registerNextQuestionCommand(cache),
    registerPreviousQuestionCommand(cache),
    registerNextTurnCommand(cache),
    registerPreviousTurnCommand(cache),
    registerNextTurnBySameSpeakerCommand(cache),
    registerGoToQuestionCommand(cache),
  );
}
