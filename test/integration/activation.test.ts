/**
 * The extension stays asleep until a transcript is opened, then a `.transcript` file gets the
 * Transcript language and the extension is running. index.ts runs this file first, so "not
 * active yet" really means nothing before the first transcript woke it up.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'transcript-review.transcript-review';
const FIXTURE = 'press-conference.transcript';

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration workspace (test/integration/workspace) should be open');
  return vscode.Uri.joinPath(folder.uri, name);
}

function ourExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} should be loaded as the extension under development`);
  return extension;
}

describe('activation', () => {
  it('does not activate before a transcript is opened', () => {
    const openTranscripts = vscode.workspace.textDocuments.filter(d => d.languageId === 'transcript');
    assert.deepStrictEqual(openTranscripts.map(d => d.uri.toString()), [], 'no transcript should be open yet');
    assert.strictEqual(ourExtension().isActive, false, 'the extension should not start with the window');
  });

  it('opens a .transcript file in the Transcript language and activates the extension', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile(FIXTURE));
    const editor = await vscode.window.showTextDocument(document);

    assert.strictEqual(document.languageId, 'transcript');
    assert.strictEqual(editor.document.uri.toString(), document.uri.toString());
    assert.match(document.getText(), /^Question: When will the new ferry terminal open\?$/m);

    // VS Code has no "extension activated" event. Opening the file has already asked the
    // extension host to activate on `onLanguage:transcript`, and activate() joins that activation
    // in flight (it does not start another one); the previous test showed it was not active before.
    const extension = ourExtension();
    await extension.activate();
    assert.strictEqual(extension.isActive, true);
  });
});
