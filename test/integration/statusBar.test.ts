/**
 * The location item in the status bar, read back through the extension's internal
 * `transcriptReview.internal.locationStatus` command (it returns the item's live text and visibility;
 * the extension API cannot read the status bar). Fixture: navigation.transcript (see navigation.test.ts).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { itemState, moveTo } from './helpers/statusItem';

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration workspace should be open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Resolves when the active editor is `document`'s. */
function activeEditorFor(document: vscode.TextDocument): Promise<vscode.TextEditor> {
  return new Promise(resolve => {
    const active = vscode.window.activeTextEditor;
    if (active?.document === document) return resolve(active);
    const sub = vscode.window.onDidChangeActiveTextEditor(editor => {
      if (editor?.document === document) {
        sub.dispose();
        resolve(editor);
      }
    });
  });
}

describe('location status bar item', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    const document = await vscode.workspace.openTextDocument(fixture('navigation.transcript'));
    editor = await vscode.window.showTextDocument(document);
  });

  it('shows the question and the speaker at the cursor, following it', async () => {
    await moveTo(editor, 23, 10);
    assert.deepStrictEqual(await itemState().then(s => [s.visible, s.text]), [true, 'Q2 · Tomas Brandt']);
    await moveTo(editor, 17, 3);
    assert.strictEqual((await itemState()).text, 'Q1 · Lena Varga');
    await moveTo(editor, 25, 50);
    assert.strictEqual((await itemState()).text, 'Q2 · Lena Varga');
    await moveTo(editor, 14, 0);
    assert.strictEqual((await itemState()).text, 'Q1 · Question');
  });

  it('names the opening and its speaker', async () => {
    await moveTo(editor, 10, 4);
    const state = await itemState();
    assert.strictEqual(state.text, 'Opening · Lena Varga');
    assert.match(state.tooltip, /Go to a question|go to a question/);
  });

  it('follows an edit that adds a question above the cursor', async () => {
    await moveTo(editor, 31, 2);
    assert.strictEqual((await itemState()).text, 'Q3 · Tomas Brandt');
    const changed = new Promise<void>(resolve => {
      const sub = vscode.workspace.onDidChangeTextDocument(e => {
        if (e.document === editor.document) {
          sub.dispose();
          resolve();
        }
      });
    });
    // Inserted above the cursor: the cursor moves down with its text, still in Tomas Brandt's turn.
    // The item hears of both the text change and the cursor move; wait for both.
    const moved = new Promise<void>(resolve => {
      const sub = vscode.window.onDidChangeTextEditorSelection(e => {
        if (e.textEditor === editor && e.selections[0].active.line === 35) {
          sub.dispose();
          resolve();
        }
      });
    });
    await editor.edit(b => b.insert(new vscode.Position(29, 0), 'Question: And the ferry?\n\nLena Varga: Soon.\n\n'));
    await Promise.all([changed, moved]);
    try {
      assert.strictEqual((await itemState()).text, 'Q4 · Tomas Brandt');
    } finally {
      await vscode.commands.executeCommand('undo');
    }
  });

  it('names the section of a turn outside any question', async () => {
    const document = await vscode.workspace.openTextDocument(fixture('navigation-sections.transcript.md'));
    const markdown = await vscode.window.showTextDocument(document);
    await moveTo(markdown, 9, 12);
    assert.strictEqual((await itemState()).text, 'Opening statements · Tomas Reyes');
    await moveTo(markdown, 15, 12);
    assert.strictEqual((await itemState()).text, 'Q1 · Tomas Reyes');
    await moveTo(markdown, 11, 3);
    assert.strictEqual((await itemState()).text, 'Questions from residents');
    editor = await vscode.window.showTextDocument(editor.document);
  });

  it('hides for an editor that is not a transcript, and comes back', async () => {
    const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Not a transcript.' });
    const shown = activeEditorFor(plain);
    await vscode.window.showTextDocument(plain);
    await shown;
    assert.strictEqual((await itemState()).visible, false);

    const back = activeEditorFor(editor.document);
    editor = await vscode.window.showTextDocument(editor.document);
    await back;
    assert.strictEqual((await itemState()).visible, true);
  });

  it('runs Go to Question when clicked', async () => {
    assert.strictEqual((await itemState()).command, 'transcriptReview.goToQuestion');
  });
});
