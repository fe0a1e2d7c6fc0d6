'use strict';
// Runs inside a real VS Code extension host (scripts/bench-extension-host.js loads it as the tests index):
// the Outline of a 10 MB transcript from our extension against the Outline VS Code's built-in Markdown
// extension gives for a Markdown file of the same size, both through vscode.executeDocumentSymbolProvider,
// cold (the first call on the document) and after a one-character edit in its middle; and the time from
// opening the first transcript to our extension being active.
// Prints one line `BENCH_HOST {json}` with the measurements; the script prints the table.
const vscode = require('vscode');
const { openRows, commandRows, until } = require('./openPath');

const OURS = 'transcript-review.transcript-review';
const MARKDOWN = 'vscode.markdown-language-features';
const FILES = { small: 'small.transcript', smallMarkdown: 'small.md', transcript: 'bench.transcript', markdown: 'bench.md',
  openRows: 'open-rows.json' };
/** Rounds after the cold call (unchanged, then edited), each followed by the Outline; the best is kept. */
const EDIT_ROUNDS = 3;
/** How long the Markdown language server may take to give its first symbols on a busy machine. */
const SERVER_START_DEADLINE_MS = 120_000;

function uriOf(name) {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder) throw new Error('the benchmark workspace is not open');
  return vscode.Uri.joinPath(folder.uri, name);
}

function countSymbols(symbols) {
  let n = 0;
  for (const s of symbols || []) n += 1 + countSymbols(s.children);
  return n;
}

async function timedSymbols(uri) {
  const start = performance.now();
  const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
  return { ms: performance.now() - start, symbols: countSymbols(symbols) };
}

/** Inserts one character at the end of a non-empty line near the middle, as typing would. */
async function editMiddle(document, round) {
  let line = Math.floor(document.lineCount / 2) + round * 7;
  while (document.lineAt(line).text.trim() === '') line++;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, document.lineAt(line).range.end, 'x');
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not edit ${document.uri.path}`);
}

/**
 * Best of EDIT_ROUNDS rounds of `before(document, round)` then the Outline, all of ours first. Not interleaved:
 * the Markdown language server keeps working in the background after it answers (it re-parses 10 MB per
 * edit), which would land on our next call on a two-core machine.
 */
async function bestOf(documents, before) {
  const best = { ours: { ms: Infinity }, markdown: { ms: Infinity } };
  for (const side of ['ours', 'markdown']) {
    for (let round = 0; round < EDIT_ROUNDS; round++) {
      await before(documents[side], round);
      const t = await timedSymbols(documents[side].uri);
      if (t.ms < best[side].ms) best[side] = t;
    }
  }
  return best;
}

async function activation() {
  const ours = vscode.extensions.getExtension(OURS);
  if (!ours) throw new Error(`${OURS} is not loaded as the extension under development`);
  const wasActive = ours.isActive;
  const start = performance.now();
  await vscode.workspace.openTextDocument(uriOf(FILES.small));
  // Opening the transcript has asked for activation (onLanguage:transcript); activate() joins it.
  await ours.activate();
  return { ms: performance.now() - start, wasActive };
}

async function run() {
  const result = { activation: await activation() };
  // The built-in Markdown Outline comes from a language server: start it and let it answer once on a small
  // file, as our extension has answered once on small.transcript, so that "cold" is the document's first parse.
  // The server may answer with nothing until it has started: ask again until it answers, up to a deadline.
  await vscode.extensions.getExtension(MARKDOWN).activate();
  for (const name of [FILES.small, FILES.smallMarkdown]) {
    await until(async () => (await timedSymbols(uriOf(name))).symbols > 0,
      `the first symbols for ${name} (is its Outline provider running?)`, SERVER_START_DEADLINE_MS);
  }
  // The files of the open rows, written by scripts/bench-extension-host.js.
  const sizes = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uriOf(FILES.openRows))));
  result.open = await openRows(sizes.map(({ label, bytes, rounds }) =>
    ({ label, bytes, rounds: rounds.map(({ txt, md }) => ({ txt: uriOf(txt), md: uriOf(md) })) })));
  if (sizes.length > 0) result.commands = await commandRows(uriOf(sizes[sizes.length - 1].rounds[0].txt));
  const documents = {
    ours: await vscode.workspace.openTextDocument(uriOf(FILES.transcript)),
    markdown: await vscode.workspace.openTextDocument(uriOf(FILES.markdown)),
  };
  if (documents.ours.languageId !== 'transcript') throw new Error(`bench.transcript opened as ${documents.ours.languageId}`);
  if (documents.markdown.languageId !== 'markdown') throw new Error(`bench.md opened as ${documents.markdown.languageId}`);
  result.bytes = { ours: Buffer.byteLength(documents.ours.getText()), markdown: Buffer.byteLength(documents.markdown.getText()) };
  result.lines = { ours: documents.ours.lineCount, markdown: documents.markdown.lineCount };

  result.cold = { ours: await timedSymbols(documents.ours.uri), markdown: await timedSymbols(documents.markdown.uri) };
  // The same call on the unchanged document: no parsing left, only the provider and carrying the symbols.
  result.again = await bestOf(documents, async () => {});
  result.edited = await bestOf(documents, (document, round) => editMiddle(document, round));
  const stats = await vscode.commands.executeCommand('transcriptReview.internal.cacheStats');
  result.cacheStats = stats || null;
  console.log(`BENCH_HOST ${JSON.stringify(result)}`);
}

module.exports = { run };
