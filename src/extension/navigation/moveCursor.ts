/**
 * Runs one navigation step in the active editor: moves the cursor to the target and reveals it,
 * or says in the status bar why it cannot (first or last one, none at all).
 */
import * as vscode from 'vscode';
import type { Transcript } from '../../core/model';
import type { NavigationResult } from '../../core/navigation';
import type { Position } from '../../core/position';
import { fromVsPosition, toVsPosition } from '../convert';
import { showStatusMessage } from '../statusBar/statusMessage';
import type { TranscriptCache } from '../transcriptCache';

export type FindTarget = (transcript: Transcript, cursor: Position) => NavigationResult;

/** What a navigation command did; returned by the command so callers (and tests) can tell. */
export interface NavigationOutcome {
  moved: boolean;
  /** The cursor's position afterwards. */
  line: number;
  character: number;
  /** The status bar message when it did not move. */
  message?: string;
}

export function moveCursor(cache: TranscriptCache, find: FindTarget): NavigationOutcome | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const result = find(cache.get(editor.document), fromVsPosition(editor.selection.active));
  if (result.kind === 'none') {
    showStatusMessage(result.message);
    const { line, character } = editor.selection.active;
    return { moved: false, line, character, message: result.message };
  }
  return placeCursor(editor, result.position);
}

export function placeCursor(editor: vscode.TextEditor, target: Position): NavigationOutcome {
  const p = toVsPosition(target);
  editor.selection = new vscode.Selection(p, p);
  editor.revealRange(new vscode.Range(p, p), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return { moved: true, line: p.line, character: p.character };
}
