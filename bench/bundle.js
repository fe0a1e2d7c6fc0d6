'use strict';
// Row 7: the size of the minified extension bundle (dist/extension.js), built fresh by `npm run build`'s script,
// against the 400 KB budget of issue 4. Not a timing: the same on every machine.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { ROOT } = require('./inputs');

const BUDGET_BYTES = 400 * 1024;
const BUNDLE = path.join(ROOT, 'dist', 'extension.js');

function bundleRow() {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js')], { cwd: ROOT, stdio: 'inherit' });
  const size = fs.statSync(BUNDLE).size;
  return { name: 'bundle_size', budget: 1, ratio: size / BUDGET_BYTES, ours: `${(size / 1024).toFixed(1)} KB`, base: '400.0 KB',
    baseline: 'dist/extension.js (minified, npm run build) against 400 KB' };
}

module.exports = { bundleRow };
