'use strict';
// Row 6: tokenizing with our TextMate grammar against VS Code's own Markdown grammar on the same text, both
// through vscode-textmate + vscode-oniguruma (the engine VS Code runs) and tokenizeLine2 (the call its
// tokenizer makes), line by line with the state carried over, as the editor does.
// The Markdown grammar comes from code-server's copy of VS Code (tools/code-server, scripts/setup-code-server.sh).
// Its embedded languages (code fences, HTML) are not loaded: on transcripts they rarely apply, and leaving them
// out can only make the Markdown side faster.
//
// `node bench/grammar.js` prints the rows as one JSON line; bench/rows.js runs it so (grammarRowsInChild).
const fs = require('fs');
const path = require('path');
const oniguruma = require('vscode-oniguruma');
const textmate = require('vscode-textmate');
const { plainTranscript, ROOT, CORPUS } = require('./inputs');
const { timeOnce } = require('./measure');
const { defaultGrammarPath } = require('../out/test/grammar/loadGrammar');

const MARKDOWN_GRAMMAR = path.join(ROOT, 'tools/code-server/node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json');
const SLICE = 1024 * 1024;
/** VS Code's editor.maxTokenizationLineLength: longer lines are not tokenized at all. */
const MAX_LINE = 20_000;

async function loadGrammars() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const files = { 'text.transcript': defaultGrammarPath(), 'text.html.markdown': MARKDOWN_GRAMMAR };
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
      createOnigString: text => new oniguruma.OnigString(text),
    }),
    loadGrammar: async scope => (files[scope] ? textmate.parseRawGrammar(fs.readFileSync(files[scope], 'utf8'), files[scope]) : null),
  });
  return { ours: await registry.loadGrammar('text.transcript'), markdown: await registry.loadGrammar('text.html.markdown') };
}

/** Tokenizes every document (arrays of lines), state carried line to line; returns the token count. */
function tokenizeAll(grammar, documents) {
  let tokens = 0;
  for (const lines of documents) {
    let state = textmate.INITIAL;
    for (const line of lines) {
      if (line.length > MAX_LINE) continue;
      const result = grammar.tokenizeLine2(line, state);
      tokens += result.tokens.length / 2;
      state = result.ruleStack;
    }
  }
  return tokens;
}

function best(grammars, documents, rounds) {
  const time = g => timeOnce(() => tokenizeAll(g, documents)); // CPU time, as every row (bench/measure.js)
  time(grammars.ours); time(grammars.markdown); // warm-up: regex compilation and JIT
  let ours = Infinity;
  let markdown = Infinity;
  for (let i = 0; i < rounds; i++) {
    markdown = Math.min(markdown, time(grammars.markdown));
    ours = Math.min(ours, time(grammars.ours));
  }
  return { candidateMs: ours, baselineMs: markdown, ratio: ours / markdown };
}

function corpusDocuments() {
  if (!fs.existsSync(CORPUS)) return null;
  const names = fs.readdirSync(CORPUS).filter(n => /\.(txt|md|srt|vtt)$/.test(n)).sort();
  const docs = names.map(n => fs.readFileSync(path.join(CORPUS, n), 'utf8').split(/\r\n|\r|\n/));
  return { docs, bytes: names.reduce((n, f) => n + fs.statSync(path.join(CORPUS, f)).size, 0), files: names.length };
}

async function grammarRows() {
  if (!fs.existsSync(MARKDOWN_GRAMMAR)) {
    throw new Error(`VS Code's Markdown grammar is missing (${MARKDOWN_GRAMMAR}); run: bash scripts/setup-code-server.sh`);
  }
  const grammars = await loadGrammars();
  const rows = [];
  const corpus = corpusDocuments();
  if (corpus) {
    rows.push({ name: 'grammar_corpus', budget: 1, ...best(grammars, corpus.docs, 3),
      baseline: `VS Code's Markdown grammar on the corpus (${corpus.files} files, ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB)` });
  }
  // The 10 MB transcript is the example repeated: its first megabyte has the same lines as the rest.
  const text = plainTranscript(10 * 1024 * 1024);
  const slice = text.slice(0, text.lastIndexOf('\n', SLICE));
  rows.push({ name: 'grammar_10mb_slice', budget: 1, ...best(grammars, [slice.split('\n')], 3),
    baseline: 'VS Code\'s Markdown grammar on the first 1 MB of the 10 MB transcript' });
  return rows;
}

/** The rows, computed in a child process (the engine loads asynchronously; bench/rows.js is synchronous). */
function grammarRowsInChild() {
  const { execFileSync } = require('child_process');
  const out = execFileSync(process.execPath, [__filename], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const rows = JSON.parse(out.trim().split('\n').pop());
  // Measuring again runs the child again: both grammars load afresh, and the row of the same name is kept.
  return rows.map(row => ({ ...row, remeasure: () => grammarRowsInChild().find(again => again.name === row.name) }));
}

if (require.main === module) {
  grammarRows().then(rows => console.log(JSON.stringify(rows)), err => {
    console.error(err.message);
    process.exit(1);
  });
}

module.exports = { grammarRows, grammarRowsInChild, loadGrammars, tokenizeAll };
