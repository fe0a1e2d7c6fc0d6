/**
 * Inferred exchanges in the real extension host, on harbor-hearing.transcript: a hearing whose questions are
 * not marked. The members (CHAIRMAN, SENATOR) ask, the witness answers:
 *   0 Q1 CHAIRMAN GRANT, 2 MS. REYES, 4 Q2 SENATOR OKAFOR, 6 MS. REYES, 8 Q3 SENATOR OKAFOR, 10 MS. REYES,
 *   12 SENATOR OKAFOR (yields), 14 Q4 SENATOR LINDQVIST, 16 MS. REYES, 18 SENATOR LINDQVIST (follow-up),
 *   20 MS. REYES, 22 CHAIRMAN GRANT.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { copiedAs, setCitationSetting } from './helpers/citation';
import { itemUntil, moveTo } from './helpers/statusItem';

const EXTENSION_ID = 'transcript-review.transcript-review';
const K = vscode.SymbolKind;

interface Outcome {
  moved: boolean;
  line: number;
  character: number;
  message?: string;
}

function fixture(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration workspace should be open');
  return vscode.Uri.joinPath(folder.uri, 'outline', 'harbor-hearing.transcript');
}

async function symbolsOf(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
}

function flatten(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap(s => [s, ...flatten(s.children)]);
}

function cursorOf(editor: vscode.TextEditor): [number, number] {
  return [editor.selection.active.line, editor.selection.active.character];
}

describe('inferred exchanges', function () {
  this.timeout(20_000);
  let editor: vscode.TextEditor;

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixture()));
    assert.strictEqual(editor.document.languageId, 'transcript');
  });

  after(async () => {
    await vscode.workspace.getConfiguration('transcriptReview').update('outline.turnPreview', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('shows the members\' questions as exchanges that say who asks, one senator\'s in a round', async () => {
    const symbols = await symbolsOf(editor.document.uri);
    const exchanges = flatten(symbols).filter(s => s.kind === K.Event);
    assert.deepStrictEqual(exchanges.map(s => s.name.split(' · ')[0]), ['Q1', 'Q2', 'Q3', 'Q4']);
    assert.deepStrictEqual(exchanges.map(s => s.detail), [
      '— CHAIRMAN GRANT', '— SENATOR OKAFOR', '— SENATOR OKAFOR', '— SENATOR LINDQVIST',
    ]);
    const round = symbols.find(s => s.kind === K.Object);
    assert.ok(round, 'a round of questioning at the top level');
    assert.strictEqual(round.name, 'SENATOR OKAFOR');
    assert.deepStrictEqual(round.children.filter(c => c.kind === K.Event).map(c => c.name.split(' · ')[0]), ['Q2', 'Q3']);
    assert.deepStrictEqual([round.range.start.line, round.range.end.line], [4, 12]);
  });

  it('names each turn row with the turn\'s first words, unless the setting turns them off', async () => {
    const rows = () => symbolsOf(editor.document.uri).then(s => flatten(s).filter(x => x.kind === K.String || x.kind === K.Key));
    const withWords = await rows();
    assert.ok(withWords.some(s => s.name === 'MS. REYES — It was, Mr. Chairman. Four companies bid, and the lowest…'),
      withWords.map(s => s.name).join('\n'));

    await vscode.workspace.getConfiguration('transcriptReview').update('outline.turnPreview', false, vscode.ConfigurationTarget.Global);
    const bare = await rows();
    assert.ok(bare.length > 0 && bare.every(s => !s.name.includes(' — ')), bare.map(s => s.name).join('\n'));
    assert.ok(bare.some(s => s.name === 'MS. REYES'));
    await vscode.workspace.getConfiguration('transcriptReview').update('outline.turnPreview', undefined, vscode.ConfigurationTarget.Global);
  });

  it('Next Question and Go to Question reach the inferred questions', async () => {
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    const next = await vscode.commands.executeCommand<Outcome>('transcriptReview.nextQuestion');
    assert.strictEqual(next?.moved, true);
    assert.deepStrictEqual(cursorOf(editor), [4, 0]);

    await vscode.commands.executeCommand('transcriptReview.goToQuestion', 4);
    assert.deepStrictEqual(cursorOf(editor), [14, 0]);

    // The pick opens on the question at the cursor (Q4); one step up is Q3.
    const picked = vscode.commands.executeCommand<Outcome>('transcriptReview.goToQuestion');
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectPrevious');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.strictEqual((await picked)?.moved, true);
    assert.deepStrictEqual(cursorOf(editor), [8, 0]);
  });

  it('the status item and a {question} citation name the inferred exchange the cursor is in', async () => {
    // Line 10 is MS. REYES answering SENATOR OKAFOR's second question (Q3).
    await moveTo(editor, 10, 20);
    const state = await itemUntil(s => s.text.startsWith('Q3'), 5_000);
    assert.strictEqual(state.text, 'Q3 · MS. REYES');
    editor.selection = new vscode.Selection(10, 11, 10, 40);
    await setCitationSetting('template', '{speaker} ({question}): {quote}');
    try {
      assert.strictEqual(await copiedAs('custom'), 'MS. REYES (Q3): Not to my knowledge, Senator.');
    } finally {
      await setCitationSetting('template', undefined);
    }
  });
});
