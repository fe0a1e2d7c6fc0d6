/**
 * Speakers under the reviewer's control: variants offered as diagnostics with quick fixes (never applied
 * by themselves), merging and renaming kept in the sidecar, and Copy Citation citing the reviewer's name.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openReviewed, readText, reviewState, scratchFolder, select, waitFor, writeText } from './helpers/review';
import { itemUntil, moveTo } from './helpers/statusItem';

const folder = scratchFolder('speakers');
const transcript = vscode.Uri.joinPath(folder, 'debate.transcript');
const sidecar = vscode.Uri.joinPath(folder, 'debate.transcript.review.json');
const TEXT = [
  'WOLF BLITZER: Welcome to the debate.',
  '',
  'SENATOR SMITH: Thank you for having me.',
  '',
  'BLITZER: Let us begin with the economy.',
  '',
  'SENATOR SMITH: The economy is growing.',
  '',
  'BLITZER: And jobs?',
  '',
].join('\n');

function variantDiagnostics(): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(transcript).filter(d => d.code === 'speaker-variant');
}

describe('review: speakers', function () {
  this.timeout(30_000);
  let editor: vscode.TextEditor;

  before(async () => {
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await writeText(transcript, TEXT);
    editor = await openReviewed(transcript);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('offers BLITZER as a variant of WOLF BLITZER on its label, with quick fixes, and changes nothing by itself', async () => {
    const [diagnostic] = await waitFor('the variant diagnostic', () => (variantDiagnostics().length ? variantDiagnostics() : undefined));
    assert.match(diagnostic.message, /^"BLITZER" may be "WOLF BLITZER" \(its surname\)/);
    assert.deepStrictEqual([diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.character], [4, 0, 8], "on the label BLITZER:");
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', transcript, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map(a => a.title);
    assert.ok(titles.includes('Merge "BLITZER" into "WOLF BLITZER" (review only)'), titles.join('; '));
    assert.ok(titles.includes('"BLITZER" and "WOLF BLITZER" are different people'));
    assert.deepStrictEqual((await reviewState(transcript))?.speakers, {});
    assert.strictEqual(editor.document.getText(), TEXT);
  });

  it('the merge quick fix records the variant in the sidecar, and the diagnostic goes', async () => {
    const [diagnostic] = variantDiagnostics();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', transcript, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const merge = actions.find(a => a.title.startsWith('Merge'));
    await vscode.commands.executeCommand(merge!.command!.command, ...(merge!.command!.arguments ?? []));
    await waitFor('the diagnostic to go', () => (variantDiagnostics().length === 0 ? true : undefined));
    assert.deepStrictEqual(JSON.parse((await readText(sidecar)) ?? '{}').speakers, { BLITZER: { sameAs: 'WOLF BLITZER' } });
  });

  it('a renamed speaker is cited by the new name, a merged variant too; the transcript keeps its labels', async () => {
    await vscode.commands.executeCommand('transcriptReview.renameSpeaker', 'WOLF BLITZER', 'Wolf Blitzer');
    await vscode.commands.executeCommand('transcriptReview.setSpeakerRole', 'WOLF BLITZER', 'moderator');
    select(editor, 'Let us begin with the economy.');
    const citation = await vscode.commands.executeCommand<string>('transcriptReview.copyCitation');
    assert.match(citation, /^"Let us begin with the economy\." — Wolf Blitzer/);
    select(editor, 'Welcome to the debate.');
    assert.match(await vscode.commands.executeCommand<string>('transcriptReview.copyCitation'), /— Wolf Blitzer/);
    assert.deepStrictEqual(JSON.parse((await readText(sidecar)) ?? '{}').speakers, {
      BLITZER: { sameAs: 'WOLF BLITZER' },
      'WOLF BLITZER': { name: 'Wolf Blitzer', role: 'moderator' },
    });
    assert.strictEqual(editor.document.getText(), TEXT);

    // The Outline and the status bar name them as the reviewer does; the transcript keeps its labels.
    const outlineNames = async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', transcript);
      return (symbols ?? []).flatMap(s => [s, ...s.children]).map(s => s.name.split(' — ')[0]);
    };
    const renamedOutline = await waitFor('the Outline to show the new name', async () => {
      const names = await outlineNames();
      return names.includes('Wolf Blitzer') ? names : undefined;
    });
    assert.deepStrictEqual(renamedOutline, ['Wolf Blitzer', 'SENATOR SMITH', 'Wolf Blitzer', 'SENATOR SMITH', 'Wolf Blitzer'], 'the merged BLITZER too');
    await moveTo(editor, 4, 12);
    const item = await itemUntil(s => s.text.includes('Wolf Blitzer'), 10_000);
    assert.match(item.tooltip, /Speaker: Wolf Blitzer \(written BLITZER\)/);

    await vscode.commands.executeCommand('transcriptReview.undoReviewChange');
    await vscode.commands.executeCommand('transcriptReview.undoReviewChange');
    await waitFor('the Outline to show the label again', async () => ((await outlineNames())[0] === 'WOLF BLITZER' ? true : undefined));
    select(editor, 'Welcome to the debate.');
    assert.match(await vscode.commands.executeCommand<string>('transcriptReview.copyCitation'), /— WOLF BLITZER/, 'undo takes the name back');
  });
});
