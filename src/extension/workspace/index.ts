/**
 * The workspace of transcripts: the Transcripts view, workspace symbols and Find Turns by Speaker, all answered
 * by the one background indexer (created by activate(), so other indexes can be plugged into it). A transcript
 * opened in an editor starts the indexer too, once activation is over.
 */
import * as vscode from 'vscode';
import { registerFindTurnsBySpeakerCommand } from '../commands/findTurnsBySpeaker';
import type { WorkspaceIndexer } from './indexer';
import { OpenPick } from './speakerPicks';
import { registerTranscriptsView } from './transcriptsView';
import { registerWorkspaceSymbols } from './workspaceSymbols';

export const WORKSPACE_STATE_COMMAND = 'transcriptReview.internal.workspaceIndex';
export const OPEN_PICK_COMMAND = 'transcriptReview.internal.workspacePick';

export function registerWorkspace(indexer: WorkspaceIndexer, state: vscode.Memento): vscode.Disposable {
  const open = new OpenPick();
  const startWithTranscript = (document: vscode.TextDocument) => {
    if (document.languageId === 'transcript') indexer.start();
  };
  // start() defers the work itself past activation.
  vscode.workspace.textDocuments.forEach(startWithTranscript);
  return vscode.Disposable.from(
    registerTranscriptsView(indexer, state),
    registerWorkspaceSymbols(indexer),
    registerFindTurnsBySpeakerCommand(indexer, open),
    vscode.workspace.onDidOpenTextDocument(startWithTranscript),
    vscode.commands.registerCommand(WORKSPACE_STATE_COMMAND, () => indexer.state),
    vscode.commands.registerCommand(OPEN_PICK_COMMAND, () => open.snapshot()),
  );
}
