/**
 * Shared by the integration tests that read the location status item: moving the cursor the way the item
 * notices, and reading the item back through the extension's internal command (the extension API cannot read
 * the status bar).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';

export interface ItemState {
  visible: boolean;
  text: string;
  tooltip: string;
  /** The command a click runs. */
  command: string;
}

export function itemState(): Thenable<ItemState> {
  return vscode.commands.executeCommand<ItemState>('transcriptReview.internal.locationStatus');
}

/** Moves the cursor and waits until VS Code reports the move (which is what the item listens to). */
export function moveTo(editor: vscode.TextEditor, line: number, character = 0): Promise<void> {
  const p = new vscode.Position(line, character);
  const reported = new Promise<void>(resolve => {
    const sub = vscode.window.onDidChangeTextEditorSelection(e => {
      if (e.textEditor === editor && e.selections[0].active.isEqual(p)) {
        sub.dispose();
        resolve();
      }
    });
  });
  editor.selection = new vscode.Selection(p, p);
  return reported;
}

/** Reads the status item until `done` holds, or fails past the deadline (no fixed sleeps). */
export async function itemUntil(done: (state: ItemState) => boolean, deadlineMs: number): Promise<ItemState> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const state = await itemState();
    if (done(state)) return state;
    assert.ok(Date.now() < end, `the status item still says ${JSON.stringify(state)}`);
    await new Promise<void>(resolve => setImmediate(resolve));
  }
}

