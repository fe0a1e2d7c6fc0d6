/**
 * Read-only reading: Make Read-Only (Session) and the openReadOnly setting stop edits of the transcript,
 * while tagging still works.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openReviewed, reviewState, scratchFolder, select, TRANSCRIPT, waitFor, writeText } from './helpers/review';

const folder = scratchFolder('readonly');

/**
 * Presses a key in the editor (the `type` command, as the keyboard does); true when the transcript stayed
 * as it was. A key that did change it is undone. The model's change reaches the extension host before the
 * command's result does, so the text can be read at once.
 */
async function refusesKeys(editor: vscode.TextEditor): Promise<boolean | undefined> {
  await vscode.window.showTextDocument(editor.document, editor.viewColumn);
  await vscode.commands.executeCommand('type', { text: 'x' });
  if (editor.document.getText() === TRANSCRIPT) return true;
  await vscode.commands.executeCommand('undo');
  assert.strictEqual(editor.document.getText(), TRANSCRIPT);
  return undefined;
}

describe('review: read-only reading', function () {
  this.timeout(30_000);

  before(async () => {
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await writeText(vscode.Uri.joinPath(folder, 'a.transcript'), TRANSCRIPT);
    await writeText(vscode.Uri.joinPath(folder, 'b.transcript'), TRANSCRIPT);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('transcriptReview.review').update('openReadOnly', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('Make Read-Only (Session) refuses edits; tagging still works', async () => {
    const uri = vscode.Uri.joinPath(folder, 'a.transcript');
    const editor = await openReviewed(uri);
    assert.strictEqual(await refusesKeys(editor), undefined, 'a key press changes a writable transcript');
    assert.strictEqual(await vscode.commands.executeCommand('transcriptReview.makeReadOnly'), true);
    assert.strictEqual(await refusesKeys(editor), true, 'a key press leaves a read-only transcript alone');
    select(editor, 'Two hundred million');
    assert.ok(await vscode.commands.executeCommand('transcriptReview.tagSelection', 'cost'));
    assert.deepStrictEqual((await reviewState(uri))?.passages.map(p => p.text), ['Two hundred million']);
  });

  it('with transcriptReview.review.openReadOnly, a transcript opens read-only', async () => {
    await vscode.workspace.getConfiguration('transcriptReview.review').update('openReadOnly', true, vscode.ConfigurationTarget.Global);
    const uri = vscode.Uri.joinPath(folder, 'b.transcript');
    const editor = await openReviewed(uri);
    // Waits for the extension to have made it read-only; a key pressed while that is on its way would land, and
    // its undo be refused once the editor is read-only.
    await waitFor('the transcript to be made read-only', async () => {
      const applied = await vscode.commands.executeCommand<string[]>('transcriptReview.internal.readOnlyApplied');
      return applied.includes(uri.toString()) ? true : undefined;
    });
    assert.strictEqual(await refusesKeys(editor), true, 'a key press leaves the transcript alone');
  });
});
