#!/usr/bin/env node
// `npm run bench`: speed budgets as ratios against baselines measured in the same run.
// Prints a table, then one line `bench: name=value ...`; exits 1 when a budget is exceeded.
'use strict';
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.resolve(__dirname, '..');
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', root], { stdio: 'inherit' });
const rows = require('../bench/rows');

const results = rows.run();
const width = Math.max(...results.map(r => r.name.length));
console.log(`${'row'.padEnd(width)}  ${'ours ms'.padStart(9)}  ${'base ms'.padStart(9)}  ${'ratio'.padStart(7)}  budget   baseline`);
for (const r of results) {
  const budget = r.budget === undefined ? '' : `<= ${r.budget}`;
  const verdict = r.budget === undefined ? '' : r.ratio <= r.budget ? 'ok' : 'OVER';
  console.log(`${r.name.padEnd(width)}  ${r.candidateMs.toFixed(1).padStart(9)}  ${r.baselineMs.toFixed(1).padStart(9)}  ${r.ratio.toFixed(3).padStart(7)}  ${budget.padEnd(7)} ${verdict.padEnd(4)} ${r.baseline}`);
}
console.log('bench: ' + results.map(r => `${r.name}=${r.ratio.toFixed(3)}`).join(' '));
process.exit(results.some(r => r.budget !== undefined && r.ratio > r.budget) ? 1 : 0);
