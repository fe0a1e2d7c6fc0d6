/**
 * Citations: Copy Citation and Copy Citation As....
 */
import * as vscode from 'vscode';
import { registerCopyCitationCommand } from '../commands/copyCitation';
import { registerCopyCitationAsCommand } from '../commands/copyCitationAs';
import type { TranscriptCache } from '../transcriptCache';

export function registerCitations(cache: TranscriptCache): vscode.Disposable {
  return vscode.Disposable.from(
    registerCopyCitationCommand(cache),
    registerCopyCitationAsCommand(cache),
  );
}
