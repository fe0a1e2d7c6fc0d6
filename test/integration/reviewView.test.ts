/**
 * The Review view, read back through the real tree provider: tags with counts and passages (speaker,
 * Q#, line), notes, orphaned passages; filtering by speaker; revealing; renaming and merging tags
 * across the workspace (an unopened transcript's sidecar included).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ReviewTreeRow } from '../../src/extension/review/reviewView';
import { openReviewed, readText, reviewState, scratchFolder, select, TRANSCRIPT, writeText } from './helpers/review';

const folder = scratchFolder('view');
const transcript = vscode.Uri.joinPath(folder, 'conference.transcript');
const unopenedSidecar = vscode.Uri.joinPath(folder, 'other.transcript.review.json');

function tree(): Thenable<ReviewTreeRow[]> {
  return vscode.commands.executeCommand<ReviewTreeRow[]>('transcriptReview.internal.reviewTree');
}

function outline(rows: ReviewTreeRow[]): string[] {
  return rows.flatMap(r => [`${r.label} (${r.description})`, ...r.children.map(c => `  ${c.label} — ${c.description}`)]);
}

describe('review: the Review view', function () {
  this.timeout(30_000);
  let editor: vscode.TextEditor;

  before(async () => {
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await writeText(transcript, TRANSCRIPT);
    await writeText(unopenedSidecar, JSON.stringify({
      format: 'transcript-review/review', version: 1, transcript: 'other.transcript', speakers: {},
      passages: [{ id: 'x1', tags: ['ferry', 'other'], quote: { exact: 'Hello', prefix: '', suffix: '' }, position: { start: 0, end: 5 } }],
    }));
    editor = await openReviewed(transcript);
    select(editor, 'The crossing will reopen on June 1.');
    await vscode.commands.executeCommand('transcriptReview.tagSelection', 'ferry');
    await vscode.commands.executeCommand('transcriptReview.addNote', 'Confirm with the port.');
    select(editor, 'Two hundred million, shared equally.');
    await vscode.commands.executeCommand('transcriptReview.tagSelection', 'cost');
    select(editor, 'We discussed the ferry');
    await vscode.commands.executeCommand('transcriptReview.tagSelection', 'Ferry');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('lists each tag with its count and passages (speaker, question, line), then the notes', async () => {
    assert.deepStrictEqual(outline(await tree()), [
      'cost (1)',
      '  Two hundred million, shared equally. — Tomas Brandt · Q2 · line 12',
      'ferry (1)',
      '  The crossing will reopen on June 1. — Lena Varga · Q1 · line 7',
      'Ferry (1)',
      '  We discussed the ferry — Lena Varga · line 3',
      'Notes (1)',
      '  Confirm with the port. — Lena Varga · Q1 · line 7',
    ]);
  });

  it('filters by speaker, and shows all again', async () => {
    await vscode.commands.executeCommand('transcriptReview.filterReviewBySpeaker', 'Tomas Brandt');
    assert.deepStrictEqual(outline(await tree()), ['cost (1)', '  Two hundred million, shared equally. — Tomas Brandt · Q2 · line 12']);
    await vscode.commands.executeCommand('transcriptReview.filterReviewBySpeaker', null);
    assert.strictEqual((await tree()).length, 4);
  });

  it('clicking a passage reveals and selects it', async () => {
    const cost = (await tree())[0].children[0];
    assert.strictEqual(cost.command, 'transcriptReview.revealPassage');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const state = await reviewState(transcript);
    const passage = state?.passages.find(p => p.tags.includes('cost'));
    await vscode.commands.executeCommand('transcriptReview.revealPassage', transcript, passage?.start, passage?.end);
    assert.strictEqual(vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection), 'Two hundred million, shared equally.');
  });

  it('renaming a tag to an existing one merges them, in open and unopened transcripts alike', async () => {
    const changed = await vscode.commands.executeCommand<number>('transcriptReview.renameTag', 'ferry', 'Ferry');
    assert.strictEqual(changed, 2);
    assert.deepStrictEqual(outline(await tree()).filter(l => !l.startsWith('  ')), ['cost (1)', 'Ferry (2)', 'Notes (1)']);
    const other = JSON.parse((await readText(unopenedSidecar)) ?? '{}');
    assert.deepStrictEqual(other.passages[0].tags, ['Ferry', 'other']);
  });

  it('lists a passage whose text is gone under Orphaned', async () => {
    const line = 11;
    await editor.edit(b => b.replace(editor.document.lineAt(line).range, 'Tomas Brandt: No comment.'));
    const rows = await tree();
    const orphaned = rows.find(r => r.label.startsWith('Orphaned'));
    assert.deepStrictEqual(orphaned?.children.map(c => [c.label, c.description, c.command]), [['Two hundred million, shared equally.', 'text not found', null]]);
    assert.ok(!rows.some(r => r.label === 'cost'), 'an orphan is not counted under its tag');
    await vscode.commands.executeCommand('undo');
  });
});
