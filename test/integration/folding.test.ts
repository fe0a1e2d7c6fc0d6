/**
 * Folding as VS Code's own command returns it: header (Comment), sections (Region), each exchange
 * from its question to its last answer, and each turn of more than one line.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'transcript-review.transcript-review';

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration workspace should be open');
  return vscode.Uri.joinPath(folder.uri, 'outline', name);
}

async function foldsOf(uri: vscode.Uri): Promise<string[]> {
  await vscode.workspace.openTextDocument(uri);
  const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>(
    'vscode.executeFoldingRangeProvider', uri);
  const kindName = (kind?: vscode.FoldingRangeKind) =>
    kind === undefined ? '' : ` ${vscode.FoldingRangeKind[kind]}`;
  return (ranges ?? []).map(r => `${r.start}-${r.end}${kindName(r.kind)}`);
}

describe('folding', function () {
  this.timeout(20_000);

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  it('folds the header, the opening, each exchange and each answer of several paragraphs', async () => {
    assert.deepStrictEqual(await foldsOf(fixture('ports-briefing.transcript')), [
      '4-8 Comment', // title and date lines
      '10-14', // opening statement
      '16-20', // Q1, from the question to the end of its answer
      '18-20', // Lena Varga's two-paragraph answer
      '22-26', // Q2 and its two answers
      '28-30', // Q3
    ]);
  });

  it('folds front matter as a comment, Markdown sections as regions, and a turn of several paragraphs inside them', async () => {
    assert.deepStrictEqual(await foldsOf(fixture('tides-podcast.transcript.md')), [
      '0-3 Comment', // the front matter
      '5-15 Region',
      '13-15',
      '17-21 Region',
    ]);
  });

  it('folds each caption turn over its cues', async () => {
    assert.deepStrictEqual(await foldsOf(fixture('dredging-captions.srt')), ['2-6', '10-14']);
  });
});
