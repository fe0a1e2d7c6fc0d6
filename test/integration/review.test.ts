/**
 * Review in the real extension host: tagging and notes written to the sidecar, decorations and hover,
 * undo, passages following edits and orphaned when their text goes, a sidecar changed on disk reloaded,
 * and an unreadable sidecar reported and left untouched.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openReviewed, readText, reviewState, scratchFolder, select, TRANSCRIPT, waitFor, writeText } from './helpers/review';

const folder = scratchFolder('tagging');
const transcript = vscode.Uri.joinPath(folder, 'briefing.transcript');
const sidecar = vscode.Uri.joinPath(folder, 'briefing.transcript.review.json');
const CROSSING = 'The crossing will reopen on June 1.';

interface SidecarJson { passages: Array<{ tags: string[]; note?: string; quote: { exact: string }; position: { start: number } }> }

async function sidecarJson(): Promise<SidecarJson> {
  const text = await readText(sidecar);
  assert.ok(text, 'the sidecar exists');
  return JSON.parse(text);
}

/** The sidecar once `ready` holds for it (a write in progress replaces the file). */
function sidecarWhen(what: string, ready: (json: SidecarJson) => boolean): Promise<SidecarJson> {
  return waitFor(what, async () => {
    const text = await readText(sidecar);
    const json = text ? (JSON.parse(text) as SidecarJson) : undefined;
    return json && ready(json) ? json : undefined;
  });
}

async function run<T>(command: string, ...args: unknown[]): Promise<T> {
  return vscode.commands.executeCommand<T>(`transcriptReview.${command}`, ...args);
}

describe('review: tags and notes', function () {
  this.timeout(30_000);
  let editor: vscode.TextEditor;

  before(async () => {
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await writeText(transcript, TRANSCRIPT);
    editor = await openReviewed(transcript);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('Tag Selection tags the selected passage, writes the sidecar beside the transcript and colours the passage', async () => {
    select(editor, CROSSING);
    const id = await run<string>('tagSelection', 'ferry');
    assert.ok(id);
    const state = await reviewState(transcript);
    assert.deepStrictEqual(state?.passages.map(p => [p.text, p.tags]), [[CROSSING, ['ferry']]]);
    const json = await sidecarJson();
    assert.deepStrictEqual(json.passages.map(p => [p.quote.exact, p.tags]), [[CROSSING, ['ferry']]]);
    const drawn = Object.values(state?.drawn ?? {}).flat();
    assert.deepStrictEqual(drawn, [[6, 12, 6, 12 + CROSSING.length]]);
    assert.strictEqual(TRANSCRIPT, editor.document.getText(), 'the transcript itself is unchanged');
    assert.strictEqual(editor.document.isDirty, false);
  });

  it('the quick pick offers the transcript\'s tags; a second tag joins the first on the same passage', async () => {
    select(editor, CROSSING);
    let done = false;
    const picked = run<string | undefined>('tagSelection').then(id => {
      done = true;
      return id;
    });
    // Accept the first item (this transcript's tag) as soon as the pick is up.
    await waitFor('the tag pick to accept', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return done ? true : undefined;
    });
    assert.ok(await picked);
    assert.deepStrictEqual((await reviewState(transcript))?.passages.map(p => p.tags), [['ferry']], 'the picked tag was already there');
    select(editor, CROSSING);
    await run('tagSelection', 'dates');
    const state = await reviewState(transcript);
    assert.deepStrictEqual(state?.passages.map(p => p.tags), [['dates', 'ferry']]);
  });

  it('Add Note sets a note; the hover shows the tags and the note', async () => {
    select(editor, CROSSING);
    await run('addNote', 'Check the date with the port authority.');
    const json = await sidecarJson();
    assert.strictEqual(json.passages[0].note, 'Check the date with the port authority.');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', transcript, new vscode.Position(6, 20));
    const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*Tags:\*\* `dates`, `ferry`/);
    assert.match(text, /Check the date with the port authority\\?\./, `the note as written: ${text}`);
  });

  it('Undo Last Review Change takes back the note, then the tag; Ctrl+Z is bound to it only while no edit came after', async () => {
    assert.strictEqual((await reviewState(transcript))?.canUndo, true);
    assert.strictEqual(await run('undoReviewChange'), true);
    let state = await reviewState(transcript);
    assert.strictEqual(state?.passages[0].note, null);
    assert.strictEqual((await sidecarJson()).passages[0].note, undefined);
    await run('undoReviewChange');
    state = await reviewState(transcript);
    assert.deepStrictEqual(state?.passages[0].tags, ['ferry']);
    await editor.edit(b => b.insert(new vscode.Position(12, 0), 'x'));
    assert.strictEqual((await reviewState(transcript))?.canUndo, false, 'after an edit, Ctrl+Z is the editor\'s undo');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), TRANSCRIPT);
    assert.deepStrictEqual((await reviewState(transcript))?.passages[0].tags, ['ferry'], 'the editor\'s undo leaves the review alone');
    const keybinding = (vscode.extensions.getExtension('transcript-review.transcript-review')?.packageJSON.contributes.keybindings as Array<{ command: string; key: string; when: string }>)
      .find(k => k.command === 'transcriptReview.undoReviewChange');
    assert.strictEqual(keybinding?.key, 'ctrl+z');
    assert.match(keybinding?.when ?? '', /transcriptReview\.canUndoReviewChange/);
  });

  it('Remove Tag/Note removes a tag; a passage with neither tag nor note goes', async () => {
    select(editor, 'June 1');
    assert.strictEqual(await run('removeTagOrNote', { tag: 'ferry' }), true);
    assert.deepStrictEqual((await reviewState(transcript))?.passages, []);
    assert.deepStrictEqual((await sidecarJson()).passages, []);
    await run('undoReviewChange');
  });

  it('passages follow edits of the transcript, and one whose text is deleted is kept as orphaned', async () => {
    select(editor, 'Two hundred million');
    await run('tagSelection', 'cost');
    await editor.edit(b => b.insert(new vscode.Position(2, 0), 'Opening remarks.\n'));
    let state = await waitFor('the passages to move', async () => {
      const s = await reviewState(transcript);
      return s?.passages[0].start === TRANSCRIPT.indexOf(CROSSING) + 17 ? s : undefined;
    });
    assert.deepStrictEqual(state.passages.map(p => [p.text, p.how]), [[CROSSING, 'position'], ['Two hundred million', 'position']]);
    const line = editor.document.getText().split('\n').findIndex(l => l.startsWith('Tomas Brandt'));
    await editor.edit(b => b.replace(new vscode.Range(line, 0, line, editor.document.lineAt(line).text.length), 'Tomas Brandt: No comment.'));
    state = await waitFor('the passage to be orphaned', async () => {
      const s = await reviewState(transcript);
      return s?.passages.some(p => p.how === 'orphan') ? s : undefined;
    });
    const orphan = state.passages.find(p => p.tags.includes('cost'));
    assert.strictEqual(orphan?.how, 'orphan');
    assert.strictEqual(orphan?.text, null);
    assert.ok(!Object.values(state.drawn).flat().some(r => r[0] === line), 'an orphan is not drawn');
    await editor.document.save();
    const saved = await sidecarWhen('the sidecar to be written on save with the moved offsets',
      json => json.passages.some(p => p.position.start === TRANSCRIPT.indexOf(CROSSING) + 17));
    assert.deepStrictEqual(saved.passages.map(p => [p.quote.exact, p.tags]), [[CROSSING, ['ferry']], ['Two hundred million', ['cost']]], 'the orphan is kept in the sidecar');
  });

  it('a sidecar changed on disk (a git pull) is reloaded', async () => {
    const json = await sidecarJson();
    (json.passages[0] as { tags: string[] }).tags = ['ferry', 'from-colleague'];
    await writeText(sidecar, JSON.stringify(json, null, 2));
    const state = await waitFor('the review to reload', async () => {
      const s = await reviewState(transcript);
      return s?.passages.some(p => p.tags.includes('from-colleague')) ? s : undefined;
    });
    assert.strictEqual(state.canUndo, false, 'the undo history does not survive someone else\'s change');
  });

  it('Toggle Review Highlighting turns the colours off and on', async () => {
    assert.strictEqual(await run('toggleReviewHighlighting'), false);
    await waitFor('the colours to go', async () => (Object.values((await reviewState(transcript))?.drawn ?? {}).flat().length === 0 ? true : undefined));
    assert.strictEqual(await run('toggleReviewHighlighting'), true);
    await waitFor('the colours to return', async () => (Object.values((await reviewState(transcript))?.drawn ?? {}).flat().length > 0 ? true : undefined));
    await vscode.workspace.getConfiguration('transcriptReview.review').update('highlight', undefined, vscode.ConfigurationTarget.Global);
  });
});

describe('review: an unreadable sidecar', function () {
  this.timeout(30_000);
  const broken = scratchFolder('broken');
  const file = vscode.Uri.joinPath(broken, 'hearing.transcript');
  const brokenSidecar = vscode.Uri.joinPath(broken, 'hearing.transcript.review.json');
  const CORRUPT = '{ "version": 1, "passages": [ { "id": "a", "quote": ';

  before(async () => {
    await writeText(file, TRANSCRIPT);
    await writeText(brokenSidecar, CORRUPT);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(broken, { recursive: true, useTrash: false });
  });

  it('is reported with its path, refuses changes and is never overwritten; once fixed it is read', async () => {
    const editor = await openReviewed(file);
    const state = await reviewState(file);
    assert.match(state?.error ?? '', /not valid JSON/);
    select(editor, CROSSING);
    assert.strictEqual(await vscode.commands.executeCommand('transcriptReview.tagSelection', 'ferry'), undefined);
    assert.strictEqual(await readText(brokenSidecar), CORRUPT, 'left byte for byte');
    await writeText(brokenSidecar, '{ "version": 1, "passages": [] }\n');
    await waitFor('the fixed sidecar to be read', async () => ((await reviewState(file))?.error === null ? true : undefined));
    select(editor, CROSSING);
    assert.ok(await vscode.commands.executeCommand('transcriptReview.tagSelection', 'ferry'));
    assert.match((await readText(brokenSidecar)) ?? '', /"ferry"/);
  });
});
