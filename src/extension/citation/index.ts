/**
 * Citations: Copy Citation and Copy Citation As....
 */
import * as vscode from 'vscode';
import { registerCopyCitationCommand } from '../commands/copyCitation';
import { registerCopyCitationAsCommand } from '../commands/copyCitationAs';
import type { RecordingLinks } from '../media/recording';
import type { TranscriptCache } from '../transcriptCache';

export function registerCitations(cache: TranscriptCache, links?: RecordingLinks): vscode.Disposable {
  return vscode.Disposable.from(
    registerCopyCitationCommand(cache, links),
    registerCopyCitationAsCommand(cache, links),
  );
}
