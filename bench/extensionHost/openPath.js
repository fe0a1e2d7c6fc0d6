'use strict';
// The path a person waits on, inside the real extension host (loaded by bench/extensionHost/index.js):
//   open: a transcript opened as `.txt` until it has switched to Transcript, its Outline has symbols and the
//         location status item shows, against the same bytes opened as `.md` until VS Code's Markdown
//         Outline has answered; with where our time goes (document sync, detection + language switch,
//         Outline, status item);
//   commands: Next Turn, Go to Question and Copy Citation at the end of the largest transcript.
// Colours are drawn by the workbench, not the extension host; they are not timed here (see docs/benchmarks.md).
const vscode = require('vscode');

const LOCATION_STATE = 'transcriptReview.internal.locationStatus';
const COMMAND_ROUNDS = 5;
/** How long the open path may take before the benchmark gives up on it (a busy two-core machine). */
const OPEN_DEADLINE_MS = 120_000;

/** Resolves once `check()` gives a truthy value; polls, since the events behind it are not ours to observe. */
async function until(check, what, deadlineMs = OPEN_DEADLINE_MS) {
  const deadline = performance.now() + deadlineMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out after ${deadlineMs / 1000} s waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 5));
  }
}

/** Resolves with the time at which `uri` is open in the language `languageId` (now, or after a switch). */
function languageReached(uri, languageId) {
  return new Promise(resolve => {
    const listener = vscode.workspace.onDidOpenTextDocument(document => {
      if (document.uri.toString() === uri.toString() && document.languageId === languageId) {
        listener.dispose();
        resolve(performance.now());
      }
    });
  });
}

function countSymbols(symbols) {
  let n = 0;
  for (const s of symbols || []) n += 1 + countSymbols(s.children);
  return n;
}

const symbolsOf = uri => vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);

/** Opens a `.txt` transcript as a person does and times each stage up to the status item. */
async function openOurs(uri) {
  const start = performance.now();
  const switched = languageReached(uri, 'transcript');
  const document = await vscode.workspace.openTextDocument(uri);
  const synced = performance.now();
  await vscode.window.showTextDocument(document);
  const transcriptAt = document.languageId === 'transcript' ? performance.now() : await switched;
  const symbols = await until(async () => {
    const found = await symbolsOf(uri);
    return found && found.length > 0 ? found : null;
  }, `the Outline of ${uri.path}`);
  const outlineAt = performance.now();
  await until(async () => (await vscode.commands.executeCommand(LOCATION_STATE)).visible, 'the location status item');
  const statusAt = performance.now();
  return {
    ms: statusAt - start, symbols: countSymbols(symbols),
    stages: { sync: synced - start, switch: transcriptAt - synced, outline: outlineAt - transcriptAt, status: statusAt - outlineAt },
  };
}

/** Opens the same bytes as `.md` and times them up to the Markdown Outline's first answer. */
async function openMarkdown(uri) {
  const start = performance.now();
  const document = await vscode.workspace.openTextDocument(uri);
  const synced = performance.now();
  await vscode.window.showTextDocument(document);
  if (document.languageId !== 'markdown') throw new Error(`${uri.path} opened as ${document.languageId}`);
  // The language server is already running (index.js waited for its first symbols on a small file), so its
  // first answer on this document is its parse of it, empty or not.
  const symbols = await symbolsOf(uri);
  const outlineAt = performance.now();
  return { ms: outlineAt - start, symbols: countSymbols(symbols), stages: { sync: synced - start, outline: outlineAt - synced } };
}

/**
 * Each size { label, bytes, rounds: [{ txt, md }] }: per round, all of ours first, then all of Markdown (its server
 * re-parses in the background after answering, which would land on our next open). Each side keeps its fastest
 * open; the first is reported too (it includes code that runs for the first time).
 */
async function openRows(sizes) {
  const rows = sizes.map(p => ({ label: p.label, bytes: p.bytes, rounds: p.rounds.length, ours: null, markdown: null, first: {} }));
  const rounds = Math.max(...sizes.map(p => p.rounds.length));
  const keep = (row, side, measured) => {
    if (row.first[side] === undefined) row.first[side] = measured.ms;
    if (!row[side] || measured.ms < row[side].ms) row[side] = measured;
  };
  for (let round = 0; round < rounds; round++) {
    for (const [i, size] of sizes.entries()) {
      keep(rows[i], 'ours', await openOurs(size.rounds[round].txt));
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
    for (const [i, size] of sizes.entries()) {
      keep(rows[i], 'markdown', await openMarkdown(size.rounds[round].md));
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  }
  return rows;
}

async function timeCommand(editor, place, command, ...args) {
  let first = null;
  let best = Infinity;
  for (let round = 0; round < COMMAND_ROUNDS; round++) {
    place(editor);
    const start = performance.now();
    await vscode.commands.executeCommand(command, ...args);
    const ms = performance.now() - start;
    if (first === null) first = ms;
    best = Math.min(best, ms);
  }
  return { first, best };
}

/** Next Turn, Go to Question (the last one, by number) and Copy Citation near the end of the transcript at `uri`. */
async function commandRows(uri) {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  if (document.languageId !== 'transcript') throw new Error(`${uri.path} is ${document.languageId}, not a transcript`);
  const numbers = [];
  const collect = list => { for (const s of list || []) { const m = /^Q(\d+)(?:–Q(\d+))?/.exec(s.name); if (m) numbers.push(Number(m[2] ?? m[1])); collect(s.children); } };
  collect(await symbolsOf(uri));
  const questions = Math.max(0, ...numbers);
  // Far enough from the end that there is a next turn to go to (checked below).
  let line = document.lineCount - 400;
  while (line > 0 && document.lineAt(line).text.trim().length < 20) line--;
  const text = document.lineAt(line).text;
  const cursor = e => { e.selection = new vscode.Selection(line, 0, line, 0); };
  const selection = e => { e.selection = new vscode.Selection(line, 0, line, Math.min(text.length, 60)); };
  cursor(editor);
  const moved = await vscode.commands.executeCommand('transcriptReview.nextTurn');
  if (!moved || !moved.moved) throw new Error(`Next Turn did not move from line ${line}: ${JSON.stringify(moved)}`);
  const result = {
    nextTurn: await timeCommand(editor, cursor, 'transcriptReview.nextTurn'),
    goToQuestion: await timeCommand(editor, cursor, 'transcriptReview.goToQuestion', questions),
    copyCitation: await timeCommand(editor, selection, 'transcriptReview.copyCitation'),
  };
  const copied = await vscode.env.clipboard.readText();
  const end = Math.min(text.length, 60);
  if (!copied.includes(text.slice(end - 15, end - 3))) throw new Error(`Copy Citation did not copy the selection: ${copied.slice(0, 80)}`);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  return { ...result, line, lines: document.lineCount, questions };
}

module.exports = { openRows, commandRows, until };
