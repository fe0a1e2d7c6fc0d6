/**
 * Large Markdown is read by remark in a worker of the Node extension host (issue 13): the line-by-line reading
 * answers at once, then the worker's full reading replaces it. Node only: the web worker host has no parse
 * worker and reads in-thread (src/extension/parsing/workerRunner.web.ts).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { itemState, itemUntil, moveTo } from './helpers/statusItem';

const EXTENSION_ID = 'transcript-review.transcript-review';

describe('parse worker', function () {
  // A loaded machine reads slowly: the second, longer try of the full reading must fit (transcriptCache.ts).
  this.timeout(150_000);

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
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
    const full = await itemUntil(state => !state.text.startsWith('$(warning)'), 140_000);
    assert.match(full.text, /^Q1 · Marta Lindqvist$/);
    assert.doesNotMatch(full.tooltip, /line by line/);
    assert.strictEqual((await stats()).offThread, before + 1, 'the full reading came from the worker');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
