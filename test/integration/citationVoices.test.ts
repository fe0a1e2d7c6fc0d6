/**
 * Copy Citation As in a real editor, for who a citation names: a question in a file without a title (cited as
 * "Question" with the file's name, never a bare "[Transcript]."), and APA from a capitalised label (`MS. PSAKI`
 * → Psaki), the parenthetical after a `Q` kept in the quote.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { copiedAs } from './helpers/citation';

async function open(name: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration workspace should be open');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'citation', name));
  return vscode.window.showTextDocument(document);
}

function placeCursor(editor: vscode.TextEditor, line: number): void {
  editor.selection = new vscode.Selection(line, 3, line, 3);
}

describe('citation voices', () => {
  it('cites a question in a file without a title as a question, named by the file', async () => {
    const editor = await open('council-2024-03-01.transcript');
    placeCursor(editor, 0);
    assert.strictEqual(await copiedAs('plain'), '"Will the plant on Mill Road reopen this year?" — Question, council-2024-03-01 (Q1, line 1)');
    const apa = await copiedAs('apa');
    assert.strictEqual(apa, '“Will the plant on Mill Road reopen this year?” (Question, n.d., para. 1)\n\ncouncil-2024-03-01 [Transcript]. (n.d.).');
    for (const style of ['markdown', 'chicago', 'mla', 'pinpoint', 'timestamp', 'custom']) {
      const citation = await copiedAs(style);
      assert.ok(citation.includes('council-2024-03-01'), `${style}: ${citation}`);
      assert.ok(!/(^|\n|\s)\[Transcript\]\./.test(citation), `${style}: ${citation}`);
    }
  });

  it('writes APA names from a capitalised label as a reader does, and keeps (Inaudible) in the question', async () => {
    const editor = await open('briefing-caps.transcript');
    placeCursor(editor, 4);
    const apa = await copiedAs('apa');
    assert.strictEqual(apa, '“Hi, everyone. It would not be a briefing without some special guests.” (Psaki, 2022, para. 1)\n\n'
      + 'Psaki. (2022, May 13). Press Briefing by Press Secretary Jen Psaki, May 13, 2022 [Transcript].');
    placeCursor(editor, 6);
    assert.match(await copiedAs('plain'), /^"\(Inaudible\) any consideration of a gas tax holiday\?" — Question, Press Briefing/);
  });
});
