/**
 * A Markdown transcript too large for the full Markdown reading is read line by line on purpose: its turns
 * still reach the Outline, and the status bar item says that the reading was simplified, and why.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { itemState, moveTo } from './helpers/statusItem';

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
});
