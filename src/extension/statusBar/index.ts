/**
 * The location item in the status bar, kept in step with the active editor, its cursor and its text.
 */
import * as vscode from 'vscode';
import { onDidChangeSpeakerNames, type SpeakerNamesSource } from '../review/speakerNames';
import type { TranscriptCache } from '../transcriptCache';
import { LocationItem } from './locationItem';

/**
 * Reads back what the item shows. Internal (not in the Command Palette): lets the integration tests
 * check the text a user sees, which the extension API cannot read from the status bar.
 */
export const LOCATION_STATE_COMMAND = 'transcriptReview.internal.locationStatus';

/** `names`: the reviewer's names for speakers, shown instead of the labels as written. */
export function registerStatusBar(cache: TranscriptCache, names?: SpeakerNamesSource): vscode.Disposable {
  const item = new LocationItem(cache, names);
  const refreshFor = (document: vscode.TextDocument) => {
    if (document === vscode.window.activeTextEditor?.document) item.update();
  };
  item.update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(editor => item.update(editor)),
    vscode.window.onDidChangeTextEditorSelection(e => {
      if (e.textEditor === vscode.window.activeTextEditor) item.update(e.textEditor);
    }),
    vscode.workspace.onDidChangeTextDocument(e => refreshFor(e.document)),
    // Changing a document's language reopens it under the new language.
    vscode.workspace.onDidOpenTextDocument(refreshFor),
    // The full reading of a large Markdown file arrived (or was given up): the item may say something else now.
    cache.onDidChangeModel(refreshFor),
    // A speaker renamed or merged in the review: the item names them anew.
    names ? onDidChangeSpeakerNames(names, uri => {
      if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) item.update();
    }) : new vscode.Disposable(() => undefined),
    vscode.commands.registerCommand(LOCATION_STATE_COMMAND, () => item.current),
  );
}
