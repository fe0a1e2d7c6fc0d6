/**
 * Transcript: Find Turns by Speaker…: a speaker of any transcript in the workspace (under the name the review
 * sidecars give them), then one of their turns, which opens at its first line. A speaker name as argument skips
 * the first pick. Returns where it went, or undefined when a pick was dismissed.
 */
import * as vscode from 'vscode';
import type { WorkspaceIndexer } from '../workspace/indexer';
import { pickSpeaker, pickTurn, type OpenPick } from '../workspace/speakerPicks';

export const FIND_TURNS_BY_SPEAKER_COMMAND = 'transcriptReview.findTurnsBySpeaker';

export function registerFindTurnsBySpeakerCommand(indexer: WorkspaceIndexer, open: OpenPick): vscode.Disposable {
  return vscode.commands.registerCommand(FIND_TURNS_BY_SPEAKER_COMMAND, async (given?: string) => {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Indexing transcripts' }, () => indexer.whenIdle());
    const name = given ?? (await pickSpeaker(indexer.summaries.speakers(), open))?.name;
    if (name === undefined) return undefined;
    const turn = await pickTurn(indexer.summaries.turnsOf(name), open);
    if (!turn) return undefined;
    const start = new vscode.Position(turn.startLine, 0);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(turn.file), { selection: new vscode.Range(start, start) });
    editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return { file: turn.file, line: turn.startLine };
  });
}
