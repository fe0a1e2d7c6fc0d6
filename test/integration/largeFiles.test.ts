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

function countSymbols(symbols: readonly vscode.DocumentSymbol[]): number {
  return symbols.reduce((n, s) => n + 1 + countSymbols(s.children), 0);
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
    // 31,000 questions and answers: the Outline groups the exchanges (Q1–Q10, ...) rather than carry a row per turn.
    assert.ok(countSymbols(symbols) <= 2000, `${countSymbols(symbols)} symbols`);
    const groups = symbols.filter(s => /^Q\d+–Q\d+$/.test(s.name));
    assert.strictEqual(groups[0].name, 'Q1–Q10');
    assert.strictEqual(groups[groups.length - 1].name, 'Q15491–Q15500', 'every question is in a group');
    // Navigable: the group of Q7771 starts at its label and spans the questions up to Q7780.
    const questionLine = (n: number) => lines.indexOf(`**Question:** Will pier ${2 * (n - 1)} be rebuilt?`);
    const group = groups.find(s => s.name === 'Q7771–Q7780');
    assert.ok(group, 'a group Q7771–Q7780');
    assert.strictEqual(group.selectionRange.start.line, questionLine(7771));
    assert.ok(group.range.contains(new vscode.Position(questionLine(7780), 0)));
    assert.match(group.detail, /^pier 15540 · pier 15542/, 'its topics');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('keeps the Outline of a transcript of ordinary length as it is, a row per question and answer', async () => {
    const lines: string[] = ['# A short hearing', ''];
    for (let i = 0; i < 600; i++) {
      lines.push(i % 2 === 0 ? `**Question:** Will pier ${i} be rebuilt?` : `**Marta Lindqvist:** Pier ${i} will be rebuilt next year.`, '');
    }
    // A named untitled document: `Untitled-1` again could be handed back with the text of the one the test above
    // closed, when the workbench has not yet disposed of it.
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('untitled:ordinary-hearing.transcript.md'));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), lines.join('\n'));
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual(document.languageId, 'transcript');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const exchanges = symbols.flatMap(s => [s, ...s.children]).filter(s => /^Q\d+ · /.test(s.name));
    assert.strictEqual(exchanges.length, 300, `${document.uri.toString()} ${document.lineCount} lines; rows: ${symbols.slice(0, 3).map(s => `${s.name} (${s.children.length})`).join(', ')}`);
    assert.deepStrictEqual(exchanges[299].children.map(c => c.name.split(' — ')[0]), ['Question', 'Marta Lindqvist']);
    await vscode.window.showTextDocument(document);
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
