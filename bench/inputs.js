'use strict';
// Benchmark inputs, generated from the example transcript so that their shape is a real one.
// The example lives in ../shared/corpus (beside the repository); a copy of its shape is kept in
// test/fixtures/parse/press-conference.txt for machines without it.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
/**
 * The corpus folder: $TRANSCRIPT_CORPUS, else ../shared/corpus beside the checkout, else two levels up (a git
 * worktree in a folder of worktrees). Without it the rows would run on the small fallback example, whose
 * turns are far denser: the same budgets would then measure other inputs.
 */
const CORPUS = [process.env.TRANSCRIPT_CORPUS, path.resolve(ROOT, '..', 'shared', 'corpus'), path.resolve(ROOT, '..', '..', 'shared', 'corpus')]
  .find(dir => dir && fs.existsSync(dir)) ?? path.resolve(ROOT, '..', 'shared', 'corpus');
const EXAMPLE = path.join(CORPUS, '000_11113be9258bcc8c.txt');
const FALLBACK = path.join(ROOT, 'test', 'fixtures', 'parse', 'press-conference.txt');

function exampleText() {
  return fs.readFileSync(fs.existsSync(EXAMPLE) ? EXAMPLE : FALLBACK, 'utf8');
}

const SEPARATOR = '\n* * *\n\n';
/** A speaker label at a line start: `Question:`, `Name Surname:`, `Name (qualifier):`. */
const LABEL = /^((?:Question|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?: \([^)]*\))?):/gm;

/** The example repeated to `bytes`, each copy's questions numbered apart ("Question 57: ..."). */
function plainTranscript(bytes) {
  const example = exampleText();
  const parts = [];
  let size = 0;
  let question = 0;
  while (size < bytes) {
    const copy = example.replace(/^Question( \([^)]*\))?:/gm, (_, qualifier) => `Question${qualifier || ''}: [${++question}]`);
    parts.push(copy);
    size += Buffer.byteLength(copy);
  }
  return parts.join(SEPARATOR);
}

/**
 * The same transcript in Markdown: `**Name:**` labels, and a heading at the start of each copy (so that
 * VS Code's Markdown Outline has symbols, whichever example text the copies come from).
 */
function markdownTranscript(bytes) {
  return plainTranscript(bytes).split(SEPARATOR)
    .map((copy, i) => `# Part ${i + 1}\n\n${copy.replace(LABEL, '**$1:**')}`)
    .join(SEPARATOR);
}

module.exports = { plainTranscript, markdownTranscript, exampleText, ROOT, CORPUS };
