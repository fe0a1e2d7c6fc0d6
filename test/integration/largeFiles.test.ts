/**
 * A Markdown transcript too large for the full Markdown reading is read line by line on purpose: its turns
 * still reach the Outline, and the status bar item says that the reading was simplified, and why. A file remark
 * would read super-linearly does not freeze the extension host (issue 13), and a large Markdown file is read by
 * remark in a worker while the line-by-line reading answers.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { itemState, moveTo, type ItemState } from './helpers/statusItem';

interface Outcome {
  moved: boolean;
  line: number;
}

/** Reads the status item until `done` holds, or fails past the deadline (no fixed sleeps). */
async function itemUntil(done: (state: ItemState) => boolean, deadlineMs: number): Promise<ItemState> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const state = await itemState();
    if (done(state)) return state;
    assert.ok(Date.now() < end, `the status item still says ${JSON.stringify(state)}`);
    await new Promise<void>(resolve => setImmediate(resolve));
  }
}

/** The document as a transcript: detection may have switched it already; otherwise switch it. */
async function asTranscript(document: vscode.TextDocument): Promise<vscode.TextDocument> {
  return document.languageId === 'transcript' ? document : vscode.languages.setTextDocumentLanguage(document, 'transcript');
}

const EXTENSION_ID = 'transcript-review.transcript-review';

describe('large files', function () {
  this.timeout(60_000);

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  it('reads a Markdown transcript of over 60,000 lines line by line and says so in the status bar', async () => {
    const lines: string[] = ['# A very long hearing', ''];
    for (let i = 0; lines.length <= 62_000; i++) {
      lines.push(i % 2 === 0 ? `**Question:** Will pier ${i} be rebuilt?` : `**Marta Lindqvist:** Pier ${i} will be rebuilt next year.`, '');
    }
    const document = await vscode.workspace.openTextDocument({ language: 'transcript', content: lines.join('\n') });
    const editor = await vscode.window.showTextDocument(document);
    await moveTo(editor, 5);
    const state = await itemState();
    assert.ok(state.visible);
    assert.match(state.text, /^\$\(warning\) Q1 · Marta Lindqvist$/, 'a warning sign before the location');
    assert.match(state.tooltip, /read line by line/);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.ok(symbols.filter(s => /^Q\d+ · /.test(s.name)).length > 15_000, 'the questions still reach the Outline');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  describe('Markdown that remark reads super-linearly (issue 13)', () => {
    const turns = Array.from({ length: 8 }, (_, i) => (i % 2 ? `**Bo Chen:** The pier ${i} opens in May.` : `**Ann Lee:** Does pier ${i} open soon?`));
    const nested = '**Bo Chen:** ' + '*a '.repeat(10_000) + 'x' + ' a*'.repeat(10_000);
    const lines = ['# Harbour briefing', '', ...turns.flatMap(t => [t, '']), nested, '', '**Ann Lee:** Thank you.', ''];
    let uri: vscode.Uri;

    before(async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      assert.ok(folder, 'the integration workspace should be open');
      uri = vscode.Uri.joinPath(folder.uri, 'generated-nested-emphasis.md');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(lines.join('\n')));
    });

    after(async () => {
      await vscode.workspace.fs.delete(uri);
    });

    it('opens emphasis nested 10,000 levels with Next Turn answering within a second, and says it was simplified', async () => {
      const document = await asTranscript(await vscode.workspace.openTextDocument(uri));
      const editor = await vscode.window.showTextDocument(document);
      await moveTo(editor, 1);
      const started = Date.now();
      const outcome = await vscode.commands.executeCommand<Outcome>('transcriptReview.nextTurn');
      const elapsed = Date.now() - started;
      assert.ok(outcome?.moved, 'Next Turn moved');
      assert.strictEqual(outcome.line, 2, 'to the first turn');
      assert.ok(elapsed < 1000, `Next Turn took ${elapsed} ms`);
      const nestedLine = lines.indexOf(nested);
      await moveTo(editor, nestedLine, 3);
      const state = await itemState();
      assert.match(state.text, /^\$\(warning\) .*Bo Chen/, 'a warning sign, and the turn of the nested paragraph');
      assert.match(state.tooltip, /read line by line/);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });
  });

  it('reads a large Markdown transcript in a worker: the line-by-line reading answers, then the full reading', async () => {
    const lines: string[] = ['# A long hearing', ''];
    for (let i = 0; lines.length <= 6000; i++) {
      lines.push(i % 2 === 0 ? `**Question:** Will pier ${i} be *rebuilt* soon?` : `**Marta Lindqvist:** Pier ${i} will be rebuilt next year, as [planned](https://example.org/${i}).`, '');
    }
    const stats = () => vscode.commands.executeCommand<{ offThread: number }>('transcriptReview.internal.cacheStats');
    const before = (await stats()).offThread;
    const document = await vscode.workspace.openTextDocument({ language: 'transcript', content: lines.join('\n') });
    assert.ok(document.getText().length > 100_000, 'large enough to be read off the thread');
    const editor = await vscode.window.showTextDocument(document);
    await moveTo(editor, 5);
    // Whatever reading answers first, the status item answers at once, and then shows the full reading.
    const first = await itemState();
    assert.match(first.text, /Q1 · Marta Lindqvist$/);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.ok(symbols.filter(s => /^Q\d+ · /.test(s.name)).length >= 1400, 'the questions reach the Outline');
    const full = await itemUntil(state => !state.text.startsWith('$(warning)'), 60_000);
    assert.match(full.text, /^Q1 · Marta Lindqvist$/);
    assert.doesNotMatch(full.tooltip, /line by line/);
    assert.strictEqual((await stats()).offThread, before + 1, 'the full reading came from the worker');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
