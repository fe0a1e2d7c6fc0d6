#!/usr/bin/env node
// The same integration suite under desktop VS Code, via @vscode/test-electron, for a machine
// that can download VS Code (it cannot here, and CI does not use this script: CI runs
// scripts/run-integration.js, code-server + headless chromium). Build and compile first:
//   npm run build && npx tsc -p . && node scripts/run-electron.js [--version 1.100.3]
// Set VSCODE_EXECUTABLE to use an installed VS Code instead of downloading one.
'use strict';
const path = require('path');
const { runTests } = require('@vscode/test-electron');

const ROOT = path.resolve(__dirname, '..');
// engines.vscode is ^1.100.0: test on the oldest version we claim to support unless told otherwise.
const versionFlag = process.argv.indexOf('--version');
const version = versionFlag >= 0 ? process.argv[versionFlag + 1] : '1.100.3';

runTests({
  version,
  vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
  extensionDevelopmentPath: ROOT,
  extensionTestsPath: path.join(ROOT, 'out/test/integration/index.js'),
  launchArgs: [path.join(ROOT, 'test/integration/workspace'), '--disable-extensions', '--disable-workspace-trust'],
}).then(code => process.exit(code), err => {
  console.error(`[electron] ${err && err.message || err}`);
  process.exit(1);
});
