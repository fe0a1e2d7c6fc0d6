'use strict';
// Row 7: the size of the minified extension bundle (dist/extension.js), built fresh by `npm run build`'s script,
// against its budget. Not a timing: the same on every machine. The budget was 400 KB (issue 4); it is 800 KB since
// the bundle holds the libraries the project chose over hand-rolled parsing: yaml (front matter, ~115 KB), franc-min
// (language detection, ~175 KB), fflate, xmlbuilder and diff (review exports and re-anchoring).
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { ROOT } = require('./inputs');

const BUDGET_BYTES = 800 * 1024;
const BUNDLE = path.join(ROOT, 'dist', 'extension.js');

function bundleRow() {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js')], { cwd: ROOT, stdio: 'inherit' });
  const size = fs.statSync(BUNDLE).size;
  return { name: 'bundle_size', budget: 1, ratio: size / BUDGET_BYTES, ours: `${(size / 1024).toFixed(1)} KB`, base: `${(BUDGET_BYTES / 1024).toFixed(1)} KB`,
    baseline: `dist/extension.js (minified, npm run build) against ${BUDGET_BYTES / 1024} KB` };
}

module.exports = { bundleRow };
