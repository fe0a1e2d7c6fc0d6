/**
 * A Markdown transcript too large for the full Markdown reading is read line by line on purpose: its turns
 * still reach the Outline, and the status bar item says that the reading was simplified, and why. A file remark
 * would read super-linearly does not freeze the extension host (issue 13). The worker that reads large Markdown
 * in the Node extension host is tested in parseWorker.node.test.ts.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { itemState, moveTo } from './helpers/statusItem';

interface Outcome {
  moved: boolean;
  line: number;
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
});
