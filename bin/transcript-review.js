#!/usr/bin/env node
// The `transcript-review` command: runs the bundled tool built by `npm run build` into dist/cli.js.
'use strict';
let cli;
try {
  cli = require('../dist/cli.js');
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && /dist[\\/]cli\.js/.test(err.message)) {
    process.stderr.write('transcript-review: dist/cli.js is missing; run `npm run build` first\n');
    process.exit(1);
  }
  throw err;
}
cli.runFromProcess();
