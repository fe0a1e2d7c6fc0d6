/**
 * The Review view, read back through the real tree provider: tags with counts and passages (speaker,
 * Q#, line), notes, orphaned passages, across every review of the workspace (transcripts not open
 * included, kept current by the file watcher; unreadable ones listed); filtering by speaker; revealing;
 * renaming and merging tags across the workspace.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ReviewTreeRow } from '../../src/extension/review/reviewView';
import { openReviewed, readText, reviewState, scratchFolder, select, TRANSCRIPT, waitFor, writeText } from './helpers/review';

const folder = scratchFolder('view');
const transcript = vscode.Uri.joinPath(folder, 'conference.transcript');
const unopened = vscode.Uri.joinPath(folder, 'other.transcript');
const unopenedSidecar = vscode.Uri.joinPath(folder, 'other.transcript.review.json');
const OTHER = 'Anna Holm: Hello. The harbour opens at six.\n';

function tree(): Thenable<ReviewTreeRow[]> {
  return vscode.commands.executeCommand<ReviewTreeRow[]>('transcriptReview.internal.reviewTree');
}

/** The view once `ready` holds for it (the file watcher reports changes on disk a moment later). */
function treeWhen(what: string, ready: (lines: string[]) => boolean): Promise<string[]> {
  return waitFor(what, async () => {
    const lines = outline(await tree());
    return ready(lines) ? lines : undefined;
  });
}

function sidecarText(passages: Array<{ id: string; tags: string[]; exact: string; start: number }>): string {
  return JSON.stringify({
    format: 'transcript-review/review', version: 1, transcript: 'other.transcript', speakers: {},
    passages: passages.map(p => ({ id: p.id, tags: p.tags, quote: { exact: p.exact, prefix: '', suffix: '' }, position: { start: p.start, end: p.start + p.exact.length } })),
  });
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
    await writeText(unopened, OTHER);
    await writeText(unopenedSidecar, sidecarText([{ id: 'x1', tags: ['ferry', 'other'], exact: 'Hello', start: 10 }]));
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

  it('lists each tag with its count and passages (speaker, question, line), then the notes, for the open transcript and the workspace\'s other reviews', async () => {
    assert.deepStrictEqual(await treeWhen('the unopened transcript\'s review', lines => lines.includes('other (1)')), [
      'cost (1)',
      '  Two hundred million, shared equally. — Tomas Brandt · Q2 · line 12 · conference.transcript',
      'ferry (2)',
      '  The crossing will reopen on June 1. — Lena Varga · Q1 · line 7 · conference.transcript',
      '  Hello — other.transcript',
      'Ferry (1)',
      '  We discussed the ferry — Lena Varga · line 3 · conference.transcript',
      'other (1)',
      '  Hello — other.transcript',
      'Notes (1)',
      '  Confirm with the port. — Lena Varga · Q1 · line 7 · conference.transcript',
    ]);
  });

  it('filters by speaker, and shows all again', async () => {
    await vscode.commands.executeCommand('transcriptReview.filterReviewBySpeaker', 'Tomas Brandt');
    assert.deepStrictEqual(outline(await tree()), ['cost (1)', '  Two hundred million, shared equally. — Tomas Brandt · Q2 · line 12']);
    await vscode.commands.executeCommand('transcriptReview.filterReviewBySpeaker', null);
    assert.strictEqual((await tree()).length, 5);
  });

  it('follows sidecars on disk: one added, changed, unreadable and deleted (a git pull, a colleague\'s review)', async () => {
    const added = vscode.Uri.joinPath(folder, 'third.transcript.review.json');
    await writeText(added, sidecarText([{ id: 't1', tags: ['harbour'], exact: 'six', start: 0 }]));
    await treeWhen('the new sidecar to be listed', lines => lines.includes('harbour (1)'));
    await writeText(added, sidecarText([{ id: 't1', tags: ['harbour', 'times'], exact: 'six', start: 0 }]));
    await treeWhen('the changed sidecar to be read again', lines => lines.includes('times (1)'));
    await writeText(added, '{ "version": 1, "passages": [');
    const broken = await treeWhen('the unreadable sidecar to be listed', lines => lines.some(l => l.startsWith('Unreadable reviews')));
    assert.ok(broken.some(l => /third\.transcript\.review\.json — not valid JSON/.test(l)), broken.join('\n'));
    assert.ok(!broken.includes('harbour (1)'));
    await vscode.workspace.fs.delete(added);
    await treeWhen('the deleted sidecar to go', lines => !lines.some(l => l.startsWith('Unreadable reviews')));
  });

  it('leaves out sidecars that files.exclude hides', async () => {
    const files = vscode.workspace.getConfiguration('files');
    await files.update('exclude', { ...files.get<Record<string, boolean>>('exclude'), '**/review-scratch/view/hidden/**': true }, vscode.ConfigurationTarget.Global);
    const hidden = vscode.Uri.joinPath(folder, 'hidden');
    try {
      await writeText(vscode.Uri.joinPath(hidden, 'secret.transcript.review.json'), sidecarText([{ id: 'h1', tags: ['hidden-tag'], exact: 'six', start: 0 }]));
      const shown = vscode.Uri.joinPath(folder, 'shown.transcript.review.json');
      await writeText(shown, sidecarText([{ id: 's1', tags: ['shown-tag'], exact: 'six', start: 0 }]));
      const lines = await treeWhen('the sidecar that is not excluded', l => l.includes('shown-tag (1)'));
      assert.ok(!lines.includes('hidden-tag (1)'), lines.join('\n'));
      await vscode.workspace.fs.delete(shown);
      await treeWhen('the deleted sidecar to go', l => !l.includes('shown-tag (1)'));
    } finally {
      await vscode.workspace.fs.delete(hidden, { recursive: true, useTrash: false });
      await files.update('exclude', undefined, vscode.ConfigurationTarget.Global);
    }
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
    const other = JSON.parse((await readText(unopenedSidecar)) ?? '{}');
    assert.deepStrictEqual(other.passages[0].tags, ['Ferry', 'other']);
    const lines = await treeWhen('the renamed tag in both reviews', l => l.includes('Ferry (3)'));
    assert.deepStrictEqual(lines.filter(l => !l.startsWith('  ')), ['cost (1)', 'Ferry (3)', 'other (1)', 'Notes (1)']);
  });

  it('lists a passage whose text is gone under Orphaned', async () => {
    const line = 11;
    await editor.edit(b => b.replace(editor.document.lineAt(line).range, 'Tomas Brandt: No comment.'));
    const rows = await tree();
    const orphaned = rows.find(r => r.label.startsWith('Orphaned'));
    assert.deepStrictEqual(orphaned?.children.map(c => [c.label, c.description, c.command]), [['Two hundred million, shared equally.', 'text not found · conference.transcript', null]]);
    assert.ok(!rows.some(r => r.label === 'cost'), 'an orphan is not counted under its tag');
    await vscode.commands.executeCommand('undo');
  });

  it('clicking a passage of a transcript that is not open opens it and selects the passage, found by its text', async () => {
    const row = (await tree()).find(r => r.label === 'other')?.children[0];
    assert.strictEqual(row?.command, 'transcriptReview.revealPassage');
    const stored = JSON.parse((await readText(unopenedSidecar)) ?? '{}');
    // The offsets in the sidecar are off by one (the transcript was corrected elsewhere): the text decides.
    assert.ok(await vscode.commands.executeCommand('transcriptReview.revealPassage', unopened, 10, 15, stored.passages[0].id));
    const active = vscode.window.activeTextEditor;
    assert.strictEqual(active?.document.uri.toString(), unopened.toString());
    assert.strictEqual(active?.document.getText(active.selection), 'Hello');
    assert.strictEqual(active?.selection.start.character, 11);
  });
});
