/**
 * Caption files in a real editor: Copy Citation gives the quoted cue's time, rolling auto-captions are quoted
 * once, a caption file without speakers has time sections in the Outline and for Next/Previous Topic, and the
 * status item shows the cue time at the cursor.
 * Fixtures: captions/harbour-talk.vtt (voices; cues at 0, 2.4, 5.1, 8.7 and 12.3 s) and
 * captions/harbour-autocaptions.srt (YouTube-style rolling captions without speakers, running past five minutes).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { copiedAs } from './helpers/citation';
import { itemState, moveTo } from './helpers/statusItem';

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration workspace should be open');
  return vscode.Uri.joinPath(folder.uri, 'captions', name);
}

async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixture(name));
  assert.strictEqual(document.languageId, 'transcript');
  return vscode.window.showTextDocument(document);
}

function lineOf(editor: vscode.TextEditor, text: string): number {
  for (let i = 0; i < editor.document.lineCount; i++) if (editor.document.lineAt(i).text.includes(text)) return i;
  throw new Error(`no line holds "${text}"`);
}

function wholeLines(editor: vscode.TextEditor, first: number, last: number): vscode.Selection {
  return new vscode.Selection(first, 0, last, editor.document.lineAt(last).text.length);
}

describe('caption files', () => {
  it('Copy Citation in timestamp style gives the time of the cue quoted, not of its turn', async () => {
    const editor = await open('harbour-talk.vtt');
    const line = lineOf(editor, 'two weeks later');
    editor.selection = wholeLines(editor, line, line);
    assert.match(await copiedAs('timestamp'), /^"two weeks later than planned\." — Jon\b.* \[00:00:08\]$/);
    // The turn (Jon's) starts at 00:00:05; a cursor in its second cue still cites that cue.
    editor.selection = new vscode.Selection(line, 4, line, 4);
    assert.match(await copiedAs('timestamp'), /\[00:00:08\]$/);
  });

  it('quotes rolling auto-captions without their repeated lines, at the first cue\'s time', async () => {
    const editor = await open('harbour-autocaptions.srt');
    const first = lineOf(editor, 'so the pier');
    const last = lineOf(editor, 'and the divers');
    editor.selection = wholeLines(editor, first, last);
    const text = await copiedAs('timestamp');
    assert.match(text, /^"so the pier was meant to open in May but the steel arrived late from the yard and the divers found an old anchor chain" .*\[00:00:00\]$/);
    assert.strictEqual(editor.document.lineAt(first + 4).text, 'so the pier was meant to open in May', 'the document keeps its repeated lines');
  });

  it('shows time sections in the Outline of a caption file without speakers', async () => {
    const editor = await open('harbour-autocaptions.srt');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
      'vscode.executeDocumentSymbolProvider', editor.document.uri) ?? [];
    assert.deepStrictEqual(symbols.map(s => s.name), [
      '00:00:00–00:05:00 · so the pier was meant to…',
      '00:05:00–00:05:13 · after five minutes of this story…',
    ]);
    assert.match(editor.document.getText(symbols[1].selectionRange), /^00:05:00,990 --> /);
  });

  it('moves between time sections with Next and Previous Topic', async () => {
    const editor = await open('harbour-autocaptions.srt');
    const second = lineOf(editor, '00:05:00,990 -->');
    await moveTo(editor, 3, 0);
    await vscode.commands.executeCommand('transcriptReview.nextTopic');
    assert.strictEqual(editor.selection.active.line, second);
    await moveTo(editor, second + 8, 0);
    await vscode.commands.executeCommand('transcriptReview.previousTopic');
    assert.strictEqual(editor.selection.active.line, second);
  });

  it('shows the cue time at the cursor in the status item, with the speaker where there is one', async () => {
    const srt = await open('harbour-autocaptions.srt');
    await moveTo(srt, lineOf(srt, 'and the last one comes back'), 5);
    assert.strictEqual((await itemState()).text, '00:05:10');
    await moveTo(srt, lineOf(srt, 'and the divers'), 0);
    assert.strictEqual((await itemState()).text, '00:00:06');
    const vtt = await open('harbour-talk.vtt');
    await moveTo(vtt, lineOf(vtt, 'two weeks later'), 3);
    const state = await itemState();
    assert.strictEqual(state.text, '00:00:08 · Jon');
    assert.match(state.tooltip, /Cue: 00:00:08\.700 → 00:00:12\.300/);
  });

  it('follows typing in a caption file incrementally: a new cue is cited at its time and lengthens its section', async () => {
    const editor = await open('harbour-autocaptions.srt');
    const document = editor.document;
    const stats = () => vscode.commands.executeCommand<{ full: number; incremental: number }>('transcriptReview.internal.cacheStats');
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
    const before = await stats();
    const end = document.lineAt(document.lineCount - 1).range.end;
    const changed = new Promise<void>(resolve => {
      const sub = vscode.workspace.onDidChangeTextDocument(e => {
        if (e.document === document) {
          sub.dispose();
          resolve();
        }
      });
    });
    assert.ok(await editor.edit(b => b.insert(end, '17\n00:05:20,000 --> 00:05:22,000\nthe ferry leaves at noon\n')));
    await changed;
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri) ?? [];
    assert.deepStrictEqual(symbols.map(s => s.name.slice(0, 17)), ['00:00:00–00:05:00', '00:05:00–00:05:22']);
    const line = lineOf(editor, 'the ferry leaves at noon');
    editor.selection = wholeLines(editor, line, line);
    assert.match(await copiedAs('timestamp'), /^"the ferry leaves at noon" .*\[00:05:20\]$/);
    const after = await stats();
    assert.strictEqual(after.full, before.full, `no full parse: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
    assert.ok(after.incremental > before.incremental, `an incremental update: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
