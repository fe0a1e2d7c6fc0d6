/**
 * Typing in a transcript re-parses only what changed: the outline follows each edit, and the cache reports
 * that it brought its model up to date incrementally rather than parsing the document again.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'transcript-review.transcript-review';
const STATS = 'transcriptReview.internal.cacheStats';

interface CacheStats { full: number; incremental: number }

async function symbolNames(uri: vscode.Uri): Promise<string[]> {
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
  return (symbols ?? []).map(s => s.name);
}

/** Resolves when the document's next change event has been delivered to extensions. */
function nextChange(document: vscode.TextDocument): Promise<void> {
  return new Promise(resolve => {
    const listener = vscode.workspace.onDidChangeTextDocument(e => {
      if (e.document === document) {
        listener.dispose();
        resolve();
      }
    });
  });
}

describe('incremental updates', function () {
  this.timeout(20_000);

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  it('keeps the outline in step with edits, parsing incrementally', async () => {
    const turns = Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? `Question: Will the ferry ${i} run?` : `Anna Petrova: Yes, ferry ${i} runs.`));
    const document = await vscode.workspace.openTextDocument({ language: 'transcript', content: ['Anna Petrova: Welcome.', '', ...turns.flatMap(t => [t, ''])].join('\n') });
    const editor = await vscode.window.showTextDocument(document);
    const before = await symbolNames(document.uri);
    assert.strictEqual(before.filter(n => /^Q\d+ · /.test(n)).length, 30);
    const statsBefore = await vscode.commands.executeCommand<CacheStats>(STATS);

    // Type a new question in the middle, one edit at a time, as a user would.
    const line = 40;
    for (const text of ['Question: And the ', 'harbour?', '\n\n']) {
      const changed = nextChange(document);
      const end = document.lineAt(line).range.start.translate(0, 0);
      await editor.edit(b => b.insert(document.lineAt(line).range.start.with(undefined, end.character + (text === 'harbour?' ? 'Question: And the '.length : text === '\n\n' ? 'Question: And the harbour?'.length : 0)), text));
      await changed;
      await symbolNames(document.uri);
    }
    const after = await symbolNames(document.uri);
    assert.strictEqual(after.filter(n => /^Q\d+ · /.test(n)).length, 31, 'the typed question is a new exchange');
    const statsAfter = await vscode.commands.executeCommand<CacheStats>(STATS);
    assert.ok(statsAfter.incremental >= statsBefore.incremental + 3, `incremental updates: ${JSON.stringify(statsBefore)} -> ${JSON.stringify(statsAfter)}`);
    assert.strictEqual(statsAfter.full, statsBefore.full, 'no edit needed a full parse');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
