/**
 * The Outline (document symbols) as VS Code's own command returns it, on fixtures in three
 * conventions: the example's press-conference style, a Markdown podcast and SRT captions.
 * Topic wording is the topic extractor's business; these tests check numbering, speakers, kinds,
 * ranges and nesting.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'transcript-review.transcript-review';
const K = vscode.SymbolKind;

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration workspace should be open');
  return vscode.Uri.joinPath(folder.uri, 'outline', name);
}

async function symbolsOf(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
    'vscode.executeDocumentSymbolProvider', uri);
  return symbols ?? [];
}

/** Every child inside its parent, every selection inside its symbol. */
function assertNested(symbols: vscode.DocumentSymbol[], parent?: vscode.DocumentSymbol): void {
  for (const symbol of symbols) {
    assert.ok(symbol.range.contains(symbol.selectionRange), `${symbol.name}: selection inside its range`);
    if (parent) assert.ok(parent.range.contains(symbol.range), `${symbol.name} inside ${parent.name}`);
    assertNested(symbol.children, symbol);
  }
}

const lines = (s: vscode.DocumentSymbol) => [s.range.start.line, s.range.end.line];

/** A turn row's speaker: the name before the turn's first words (`Jon Ek — Next year.`). */
const speaker = (s: vscode.DocumentSymbol) => s.name.split(' — ')[0];

describe('outline', function () {
  this.timeout(20_000);

  before(async () => {
    // Symbols come from the extension's provider: make sure it is registered before asking.
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  it('shows a press conference as title, opening statement and numbered exchanges', async () => {
    const uri = fixture('ports-briefing.transcript');
    const document = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(document.languageId, 'transcript');
    const symbols = await symbolsOf(uri);
    assertNested(symbols);

    assert.deepStrictEqual(symbols.map(s => s.kind), [K.File, K.String, K.Event, K.Event, K.Event]);
    const [title, opening, q1, q2, q3] = symbols;
    assert.match(title.name, /^Minister Lena Varga's statement and answers to media questions/);
    assert.strictEqual(opening.name, 'Opening statement');
    assert.strictEqual(opening.detail, 'Lena Varga', 'the opening speaker, from the title');
    assert.deepStrictEqual(lines(opening), [10, 14]);

    assert.match(q1.name, /^Q1 · \S/);
    assert.match(q2.name, /^Q2 · \S/);
    assert.match(q3.name, /^Q3 · \S/);
    assert.strictEqual(q2.detail, 'to both ministers');
    assert.deepStrictEqual([lines(q1), lines(q2), lines(q3)], [[16, 20], [22, 26], [28, 30]]);
    assert.strictEqual(document.getText(q1.selectionRange), 'Question:');

    assert.deepStrictEqual(q2.children.map(c => [c.kind, speaker(c), c.detail]), [
      [K.Key, 'Question', 'to both ministers'],
      [K.String, 'Erik Dahl', ''],
      [K.String, 'Lena Varga', 'speaking after Erik Dahl'],
    ]);
    assert.deepStrictEqual(q1.children.map(speaker), ['Question', 'Lena Varga']);
    assert.deepStrictEqual(lines(q1.children[1]), [18, 20], 'an answer runs over its continuation paragraphs');
    assert.strictEqual(document.getText(q1.children[1].selectionRange), 'Lena Varga:');
  });

  it('shows a Markdown podcast as its sections with the turns by speaker under them', async () => {
    const uri = fixture('tides-podcast.transcript.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const symbols = await symbolsOf(uri);
    assertNested(symbols);

    assert.deepStrictEqual(symbols.map(s => [s.kind, s.name]), [
      [K.File, 'Tides and Timetables, Episode 7'],
      [K.Namespace, 'Why the ferry runs late'],
      [K.Namespace, 'What changes next year'],
    ]);
    const [, late, next] = symbols;
    assert.deepStrictEqual(late.children.map(c => [c.kind, speaker(c)]), [
      [K.String, 'Nadia Brooks'], [K.String, 'Jon Ek'], [K.String, 'Nadia Brooks'], [K.String, 'Jon Ek'],
    ]);
    assert.deepStrictEqual(next.children.map(speaker), ['Nadia Brooks', 'Jon Ek']);
    assert.strictEqual(late.children[2].name, 'Nadia Brooks — Why does the morning ferry run late so often?', 'turn rows carry their first words');
    assert.match(document.getText(late.selectionRange), /Why the ferry runs late/);
    assert.deepStrictEqual(lines(late.children[3]), [13, 15]);
  });

  it('shows captions as turns by speaker with their start times', async () => {
    const uri = fixture('dredging-captions.srt');
    const document = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(document.languageId, 'transcript');
    const symbols = await symbolsOf(uri);
    assertNested(symbols);

    assert.deepStrictEqual(symbols.map(s => [s.kind, speaker(s)]), [[K.String, 'Nadia'], [K.String, 'Jon'], [K.String, 'Nadia']]);
    assert.deepStrictEqual(symbols.map(s => s.detail.slice(0, 8)), ['00:00:00', '00:00:06', '00:00:12']);
    assert.deepStrictEqual(lines(symbols[1]), [10, 14], 'consecutive cues of one speaker make one turn');
  });

  it('follows edits: a question added to the document appears as the next exchange', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'transcript',
      content: 'Question: Is the pier safe?\n\nJon Ek: Yes, since the repairs.\n',
    });
    assert.deepStrictEqual((await symbolsOf(document.uri)).map(s => s.kind), [K.Event]);

    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(3, 0), '\nQuestion: And the lighthouse?\n\nJon Ek: Next year.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const symbols = await symbolsOf(document.uri);
    assert.deepStrictEqual(symbols.map(s => s.name.slice(0, 2)), ['Q1', 'Q2']);
    assert.deepStrictEqual(lines(symbols[1]), [4, 6]);
    assert.deepStrictEqual(symbols[1].children.map(c => c.name), ['Question — And the lighthouse?', 'Jon Ek — Next year.']);
  });

  it('names a speaker written with an HTML entity in Markdown as a reader sees it (René, not Ren&eacute;)', async () => {
    // The entity table is loaded on first use in the Node host (scripts/build.js LAZY_DATA): this reads through it.
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('untitled:entities.transcript.md'));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), '# Port briefing\n\n**Ren&eacute; Dubois:** Bonjour &amp; merci.\n\n**Ana Ruiz:** Gracias.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const names = (await symbolsOf(document.uri)).flatMap(s => [s, ...s.children]).map(s => s.name);
    assert.ok(names.some(name => name.startsWith('René Dubois')), names.join(' | '));
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
