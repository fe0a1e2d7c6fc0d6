#!/usr/bin/env node
// `npm run bench`: speed budgets as ratios against baselines measured in the same run.
// Prints a table, then one line `bench: name=value ...`; exits 1 when a budget is exceeded (a NaN ratio counts).
// Run with --expose-gc (npm run bench does): the memory row needs it, and timings collect garbage between runs.
'use strict';
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.resolve(__dirname, '..');
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', root], { stdio: 'inherit' });
const rows = require('../bench/rows');

const results = rows.run();
// Timing rows give milliseconds; memory and size rows give their own `ours` / `base` text.
const cell = (text, ms) => text ?? `${ms.toFixed(1)} ms`;
const width = Math.max(...results.map(r => r.name.length));
console.log(`${'row'.padEnd(width)}  ${'ours'.padStart(11)}  ${'base'.padStart(11)}  ${'ratio'.padStart(8)}  budget   baseline`);
for (const r of results) {
  const budget = r.budget === undefined ? '' : `<= ${r.budget}`;
  const verdict = r.budget === undefined ? '' : r.ratio <= r.budget ? 'ok' : 'OVER';
  console.log(`${r.name.padEnd(width)}  ${cell(r.ours, r.candidateMs).padStart(11)}  ${cell(r.base, r.baselineMs).padStart(11)}  ${r.ratio.toFixed(3).padStart(8)}  ${budget.padEnd(7)} ${verdict.padEnd(4)} ${r.baseline}`);
}
console.log('bench: ' + results.map(r => `${r.name}=${r.ratio.toFixed(3)}`).join(' '));
process.exit(results.some(r => r.budget !== undefined && !(r.ratio <= r.budget)) ? 1 : 0);
