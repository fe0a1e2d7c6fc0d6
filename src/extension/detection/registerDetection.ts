/** Transcript detection for plain-text and Markdown documents, and the two commands that switch by hand. */
import * as vscode from 'vscode';
import { registerTreatAsPlainTextCommand } from '../commands/treatAsPlainText';
import { registerTreatAsTranscriptCommand } from '../commands/treatAsTranscript';
import type { TranscriptCache } from '../transcriptCache';
import { DetectionController } from './detectionController';
import { LanguageChoices } from './languageChoices';
import { LanguageSwitcher } from './languageSwitcher';

export function registerDetection(cache: TranscriptCache, state: vscode.Memento): vscode.Disposable {
  const switcher = new LanguageSwitcher(new LanguageChoices(state));
  return vscode.Disposable.from(
    registerTreatAsTranscriptCommand(switcher),
    registerTreatAsPlainTextCommand(switcher),
    new DetectionController(cache, switcher),
  );
}
