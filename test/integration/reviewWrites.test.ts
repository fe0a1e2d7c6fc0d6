/**
 * Sidecar writes in the real extension host: written through a temporary file that does not stay behind, and a
 * sidecar lost to a write cut off between the removal of the old file and the rename is put back from the
 * temporary file when its transcript opens (one cut off while it was itself written is left alone).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openReviewed, readText, reviewState, scratchFolder, select, TRANSCRIPT, waitFor, writeText } from './helpers/review';

const folder = scratchFolder('writes');

async function names(): Promise<string[]> {
  return (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name).sort();
}

function sidecarText(tag: string): string {
  const exact = 'The crossing will reopen on June 1.';
  const start = TRANSCRIPT.indexOf(exact);
  return JSON.stringify({
    format: 'transcript-review/review', version: 1, transcript: 'x', speakers: {},
    passages: [{ id: 'p1', tags: [tag], quote: { exact, prefix: '', suffix: '' }, position: { start, end: start + exact.length } }],
  }, null, 2) + '\n';
}

describe('review: sidecar writes', function () {
  this.timeout(30_000);

  before(async () => {
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('writes the sidecar through a temporary file that does not stay behind', async () => {
    const transcript = vscode.Uri.joinPath(folder, 'plain.transcript');
    await writeText(transcript, TRANSCRIPT);
    const editor = await openReviewed(transcript);
    for (const tag of ['one', 'two', 'three']) {
      select(editor, 'June 1');
      assert.ok(await vscode.commands.executeCommand('transcriptReview.tagSelection', tag));
    }
    assert.deepStrictEqual(await names(), ['plain.transcript', 'plain.transcript.review.json']);
    assert.match((await readText(vscode.Uri.joinPath(folder, 'plain.transcript.review.json'))) ?? '', /"three"/);
  });

  it('puts back a sidecar lost between the old file\'s removal and the rename, from its whole temporary file', async () => {
    const transcript = vscode.Uri.joinPath(folder, 'cut.transcript');
    await writeText(transcript, TRANSCRIPT);
    await writeText(vscode.Uri.joinPath(folder, '.cut.transcript.review.json.older.tmp'), sidecarText('older'));
    await writeText(vscode.Uri.joinPath(folder, '.cut.transcript.review.json.half.tmp'), sidecarText('half').slice(0, 60));
    await openReviewed(transcript);
    const state = await waitFor('the restored review', async () => {
      const s = await reviewState(transcript);
      return s?.passages.length ? s : undefined;
    });
    assert.deepStrictEqual(state.passages.map(p => [p.tags, p.text]), [[['older'], 'The crossing will reopen on June 1.']]);
    assert.strictEqual(await readText(vscode.Uri.joinPath(folder, 'cut.transcript.review.json')), sidecarText('older'));
    assert.ok((await names()).includes('.cut.transcript.review.json.half.tmp'), 'a temporary file cut off while written is left as it is');
  });
});
