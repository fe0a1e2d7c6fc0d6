/**
 * Check Quote… in the real extension host: a misquote (a word changed, an elision, punctuation lost) is found in
 * the right transcript of the workspace, at the right lines, with the right speaker; its comparison shows the
 * changed and the left-out words; Copy Citation of the True Text puts what was really said on the clipboard; and a
 * quote said nowhere is reported as not found.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { QuoteCheckResult } from '../../src/extension/quotes/quoteCheck';
import { EXTENSION_ID, scratchFolder, writeText } from './helpers/review';

const folder = scratchFolder('quotes');
const HEARING = [
  'COMMITTEE HEARING ON PORT SAFETY',
  '',
  'CHAIR: The committee will come to order. We are here to hear from the harbour master.',
  '',
  'HARBOUR MASTER: Thank you, Chair. The cables were last inspected in the autumn, and the inspectors',
  'found corrosion on four of the anchors.',
  '',
  'We told the ministry in writing the same week, and we asked for the bridge to be closed.',
  '',
  'CHAIR: Thank you. We will return to that letter later this afternoon.',
  '',
  'HARBOUR MASTER: I will bring a copy of it.',
  '',
].join('\n');
const BRIEFING = [
  'Briefing on the harbour bridge',
  '',
  'MODERATOR: Good morning. The minister will take questions.',
  '',
  'Question: Minister, when will the bridge reopen?',
  '',
  'MINISTER HALE: We expect the bridge to reopen to traffic on the fourth of March.',
  '',
  'Question: Were you told about the corrosion?',
  '',
  'MINISTER HALE: Nobody told us anything until the winter.',
  '',
].join('\n');

/** Runs Check Quote with `quote` and accepts the first (best) match in its quick pick once it shows. */
async function checkAndPickBest(quote: string): Promise<QuoteCheckResult> {
  let done = false;
  const result = Promise.resolve(vscode.commands.executeCommand<QuoteCheckResult>('transcriptReview.checkQuote', quote))
    .finally(() => { done = true; });
  const end = Date.now() + 20_000;
  // The pick appears once the workspace has been searched; accepting before that does nothing.
  while (!done && Date.now() < end) {
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await new Promise(resolve => setTimeout(resolve, 50));
  }
  return result;
}

describe('Check Quote', function () {
  this.timeout(60_000);

  before(async () => {
    await vscode.workspace.fs.createDirectory(folder);
    await writeText(vscode.Uri.joinPath(folder, 'hearing.transcript'), HEARING);
    await writeText(vscode.Uri.joinPath(folder, 'briefing.transcript'), BRIEFING);
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('finds a misquote at the right file, lines and speaker, and shows the changed and left-out words', async () => {
    // Said: "...found corrosion on four of the anchors. We told the ministry in writing the same week..."
    const quote = '“the inspectors found corrosion on four anchors … in writing the next week”';
    const result = await checkAndPickBest(quote);
    assert.ok(result.chosen, `a match was chosen: ${JSON.stringify(result)}`);
    const best = result.chosen;
    assert.ok(best.file.endsWith('/quotes/hearing.transcript'), best.file);
    assert.strictEqual(best.speaker, 'HARBOUR MASTER');
    assert.deepStrictEqual([best.range.start.line, best.range.end.line], [4, 7]);
    assert.ok(best.score > 0.5 && best.score < 1, String(best.score));

    // The transcript is open with the true text selected.
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.path.endsWith('/quotes/hearing.transcript'), editor?.document.uri.toString());
    assert.strictEqual(editor.document.getText(editor.selection).replace(/\s+/g, ' '),
      'the inspectors found corrosion on four of the anchors. We told the ministry in writing the same week');

    // The comparison beside it shows what the quote changed and left out.
    const comparison = vscode.workspace.textDocuments.find(d => d.uri.toString() === result.comparison?.toString());
    assert.ok(comparison, 'the comparison document is open');
    const text = comparison.getText();
    assert.match(text, /HARBOUR MASTER · lines 5–8 · score 0\.\d\d/);
    assert.match(text, /- Changed: quoted “next”, said “same”/);
    assert.match(text, /- Left out: “of the”/);
    assert.match(text, /- Elided \(…\): “We told the ministry”/);
    assert.match(text, /~~next~~ \*\*⟦said: same⟧\*\*/);
  });

  it('copies the true text with its citation', async () => {
    await vscode.env.clipboard.writeText('(clipboard before the copy)');
    const copied = await vscode.commands.executeCommand<string | undefined>('transcriptReview.copyQuoteCitation');
    const clipboard = await vscode.env.clipboard.readText();
    assert.strictEqual(copied, clipboard);
    assert.match(clipboard, /the inspectors found corrosion on four of the anchors\.\s+We told the ministry in writing the same week/);
    assert.match(clipboard, /HARBOUR MASTER|Harbour Master/i);
    assert.doesNotMatch(clipboard, /next week/);
  });

  it('says a quote said nowhere was not found', async () => {
    const result = await vscode.commands.executeCommand<QuoteCheckResult>('transcriptReview.checkQuote',
      'the harbour master resigned after the minister blamed him for the delays');
    assert.deepStrictEqual(result.matches, []);
    assert.match(result.message ?? '', /^Quote not found in the \d+ transcripts of the workspace/);
  });
});
