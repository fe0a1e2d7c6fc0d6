'use strict';
// The benchmark rows. Each compares our code with a baseline measured in the same run.
const { unified } = require('unified');
const remarkParse = require('remark-parse').default;
const MarkdownIt = require('markdown-it');
const { parseTranscript } = require('../out/src/core/parse');
const { plainTranscript, markdownTranscript } = require('./inputs');
const { compare, withRemeasure } = require('./measure');
const { memoryRows } = require('./memory');
const { bundleRow } = require('./bundle');
const { hostileRows } = require('./hostile');
const { grammarRowsInChild } = require('./grammar');
const { incrementalRow } = require('./incremental');
const { captionEditRow } = require('./captions');
const { reviewRows } = require('./review');
const { quoteRows } = require('./quoteLookup');

const MB = 1024 * 1024;

function run() {
  const results = [];
  const plain = plainTranscript(10 * MB);
  const labelLine = /^([A-Z][^:]{0,60}):/;
  const splitAndMatch = () => { let n = 0; for (const line of plain.split(/\r\n|\r|\n/)) if (labelLine.test(line)) n++; return n; };
  // No forced collection between runs here: `node --trace-deopt` shows each one deoptimizing the parser's hot
  // functions (TurnBuilder, readTurn: "reason: weak objects"), so every run would time re-optimization, about
  // twice the CPU of the parse an editor session runs. The same parse after a forced collection is printed
  // below it, without a budget, so the cost stays visible.
  const plainParse = rounds => compare(() => parseTranscript(plain, { fileName: 'bench.txt' }), splitAndMatch, { rounds, collect: false });
  results.push(withRemeasure({ name: 'plain_10mb_parse', budget: 3, baseline: 'split into lines + one regular expression per line' },
    () => plainParse(7), () => plainParse(14)));
  results.push({
    name: 'plain_10mb_parse_after_gc', baseline: 'the same, each run after a full collection',
    ...compare(() => parseTranscript(plain, { fileName: 'bench.txt' }), splitAndMatch, { rounds: 5 }),
  });
  const markdown = markdownTranscript(1 * MB);
  const remark = unified().use(remarkParse);
  const markdownParse = rounds =>
    compare(() => parseTranscript(markdown, { fileName: 'bench.md' }), () => remark.parse(markdown), { rounds });
  results.push(withRemeasure({ name: 'markdown_1mb_parse', budget: 1.2, baseline: 'remark-parse alone' },
    () => markdownParse(5), () => markdownParse(10)));
  const md = new MarkdownIt();
  results.push({
    name: 'markdown_1mb_vs_markdown_it', baseline: 'markdown-it (VS Code\'s Markdown outline parser)',
    ...compare(() => parseTranscript(markdown, { fileName: 'bench.md' }), () => md.parse(markdown, {}), { rounds: 5 }),
  });
  for (const [name, text, file] of [['plain_10mb_edit_outline', plain, 'bench.txt'], ['markdown_1mb_edit_outline', markdown, 'bench.md']]) {
    results.push({ ...incrementalRow(name, text, file), remeasure: () => incrementalRow(name, text, file) });
  }
  results.push(captionEditRow());
  results.push(...memoryRows(plain));
  results.push(...grammarRowsInChild());
  results.push(bundleRow());
  results.push(...hostileRows());
  results.push(...reviewRows(plain));
  results.push(...require('./workspaceIndex').workspaceRows());
  results.push(...quoteRows());
  return results;
}

module.exports = { run };
