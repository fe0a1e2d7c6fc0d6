/**
 * Encoding in the editor: a Windows-1252 transcript opened as UTF-8 shows U+FFFD in every curly
 * quote; the extension reads the file's bytes, says which encoding reads them, and reopens the
 * file in it when the user accepts. Copy Citation asks before copying text with U+FFFD.
 *
 * Notifications are answered as a user would, with VS Code's own command for a notification's
 * primary button (`notification.acceptPrimaryAction`, the newest notification), and dismissed with
 * `notifications.clearAll`. Those act in the workbench, which may not have drawn the notification
 * yet when the command arrives: the tests repeat them until the outcome is seen, with a deadline.
 * Fixtures (bytes, see .gitattributes): encoding/windows-1252.transcript, written in Windows-1252;
 * encoding/windows-1252-command.transcript, the same for the command; encoding/windows-1251.transcript, Russian in Windows-1251; encoding/replacement-character.transcript,
 * UTF-8 that holds a U+FFFD itself.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';

const CHECK = 'transcriptReview.internal.encodingCheck';
const COPY_CITATION = 'transcriptReview.copyCitation';
const REOPEN = 'transcriptReview.reopenWithDetectedEncoding';
const ACCEPT_PRIMARY = 'notification.acceptPrimaryAction';
const CLEAR_NOTIFICATIONS = 'notifications.clearAll';
const DEADLINE_MS = 15_000;
const RETRY_MS = 100;

interface EncodingCheck {
  uri: string;
  advice: { kind: string; vscode?: string; title?: string; reason?: string };
  notification?: { message: string; actions: string[] };
}

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration workspace should be open');
  return vscode.Uri.joinPath(folder.uri, 'encoding', name);
}

async function check(document: vscode.TextDocument): Promise<EncodingCheck> {
  const result = await vscode.commands.executeCommand<EncodingCheck | undefined>(CHECK, document.uri.toString());
  assert.ok(result, 'the document is checked');
  return result;
}

/** Runs `act` until `done()` holds, at most DEADLINE_MS; the workbench may need a moment to show a notification. */
async function repeatUntil(act: () => Thenable<unknown>, done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + DEADLINE_MS;
  while (!done()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await act();
    if (!done()) await new Promise(resolve => setTimeout(resolve, RETRY_MS));
  }
}

describe('encoding in the editor', function () {
  this.timeout(60_000);

  beforeEach(() => vscode.commands.executeCommand(CLEAR_NOTIFICATIONS));
  after(() => vscode.commands.executeCommand(CLEAR_NOTIFICATIONS));

  it('offers to reopen a Windows-1252 transcript in Windows-1252, and the reopened text has its curly quotes', async () => {
    const document = await vscode.workspace.openTextDocument(fixture('windows-1252.transcript'));
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'transcript');
    assert.strictEqual(document.encoding, 'utf8', 'VS Code reads it as UTF-8 by default');
    assert.ok(document.getText().includes('\uFFFD'), 'and shows U+FFFD for the Windows-1252 quotes');

    const result = await check(document);
    assert.strictEqual(result.advice.kind, 'reopen');
    assert.strictEqual(result.advice.vscode, 'windows1252');
    assert.ok(result.notification, 'a notification is shown');
    assert.match(result.notification.message, /^windows-1252\.transcript shows \uFFFD where its bytes are not UTF-8\. They read as Windows-1252 \(Western\) without any/);
    assert.deepStrictEqual(result.notification.actions, ['Reopen as Windows-1252 (Western)', 'Not now']);
    assert.strictEqual(document.isDirty, false, 'showing the notification changes nothing');

    // The user presses "Reopen as Windows-1252 (Western)".
    await repeatUntil(() => vscode.commands.executeCommand(ACCEPT_PRIMARY), () => document.encoding === 'windows1252', 'the reopening');
    await repeatUntil(async () => undefined, () => !document.getText().includes('\uFFFD'), 'the text read again');
    const text = document.getText();
    assert.ok(text.includes('Will the \u201cgrid\u201d plan go ahead this year?'), text);
    assert.ok(text.includes('the caf\u00e9 licences'));
    assert.ok(text.includes('as they stand \u2026 for now.'));
    assert.strictEqual(document.isDirty, false, 'the file is not changed');
    assert.strictEqual(document.languageId, 'transcript');
  });

  it('Reopen with Detected Encoding refuses a document with unsaved changes, then reopens it once reverted', async () => {
    const document = await vscode.workspace.openTextDocument(fixture('windows-1252-command.transcript'));
    const editor = await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand(CLEAR_NOTIFICATIONS);
    assert.ok(await editor.edit(edit => edit.insert(new vscode.Position(0, 0), 'x')));
    assert.strictEqual(await vscode.commands.executeCommand(REOPEN), undefined, 'not reopened: the change would be lost');
    assert.strictEqual(document.encoding, 'utf8');
    assert.ok(document.isDirty && document.getText().startsWith('xTitle:'), 'the unsaved change is kept');

    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.strictEqual(document.isDirty, false);
    assert.strictEqual(await vscode.commands.executeCommand(REOPEN), 'windows1252');
    assert.strictEqual(document.encoding, 'windows1252');
    assert.ok(document.getText().includes('Will the \u201cgrid\u201d plan go ahead this year?'));
  });

  it('offers VS Code\'s encoding picker for a Windows-1251 transcript instead of guessing Windows-1252', async () => {
    const document = await vscode.workspace.openTextDocument(fixture('windows-1251.transcript'));
    assert.ok(document.getText().includes('\uFFFD'));
    const result = await check(document);
    assert.strictEqual(result.advice.kind, 'unknown-legacy');
    assert.ok(result.notification);
    assert.match(result.notification.message, /^windows-1251\.transcript shows \uFFFD where its bytes are not UTF-8\. They look like a legacy encoding/);
    assert.deepStrictEqual(result.notification.actions, ['Reopen with Encoding\u2026', 'Not now']);
    assert.doesNotMatch(result.notification.message, /Windows-1252/);
  });

  it('offers nothing for a UTF-8 transcript that holds U+FFFD itself', async () => {
    const document = await vscode.workspace.openTextDocument(fixture('replacement-character.transcript'));
    const result = await check(document);
    assert.strictEqual(result.advice.kind, 'none');
    assert.strictEqual(result.notification, undefined);
  });

  describe('Copy Citation of text with U+FFFD', () => {
    let editor: vscode.TextEditor;
    const line = 4; // "A: Yes. The first stage starts in \uFFFD June, as announced."

    before(async () => {
      editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixture('replacement-character.transcript')));
      assert.ok(editor.document.lineAt(line).text.includes('\uFFFD'));
    });

    beforeEach(async () => {
      editor.selection = new vscode.Selection(line, 3, line, editor.document.lineAt(line).text.length);
      await vscode.env.clipboard.writeText('(clipboard before the copy)');
    });

    it('asks first, and copies nothing when the question is dismissed', async () => {
      let settled = false;
      const copying = Promise.resolve(vscode.commands.executeCommand<string | undefined>(COPY_CITATION)).finally(() => { settled = true; });
      assert.strictEqual(await vscode.env.clipboard.readText(), '(clipboard before the copy)');
      await repeatUntil(() => vscode.commands.executeCommand(CLEAR_NOTIFICATIONS), () => settled, 'the question to be dismissed');
      assert.strictEqual(await copying, undefined);
      assert.strictEqual(await vscode.env.clipboard.readText(), '(clipboard before the copy)', 'nothing copied');
    });

    it('copies the quote with U+FFFD after "Copy anyway"', async () => {
      let settled = false;
      const copying = Promise.resolve(vscode.commands.executeCommand<string | undefined>(COPY_CITATION)).finally(() => { settled = true; });
      await repeatUntil(() => vscode.commands.executeCommand(ACCEPT_PRIMARY), () => settled, '"Copy anyway"');
      const copied = await copying;
      assert.ok(copied?.includes('The first stage starts in \uFFFD June'), copied);
      assert.strictEqual(await vscode.env.clipboard.readText(), copied);
    });
  });
});
