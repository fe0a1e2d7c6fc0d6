#!/usr/bin/env node
// `npm run package`: builds the production bundles, then packs the .vsix with vsce, offline.
//   --no-dependencies  everything the extension runs is bundled in dist/extension.js (Node) and
//                      dist/web/extension.js (VS Code for the Web)
// .vscodeignore decides what goes in: not the README's screenshots, which vsce links to in the
// repository named by package.json (a placeholder until the publisher fills it in; see the README).
// Prints the .vsix path and size, and what its largest files are.
// Try it: code --install-extension <file>.vsix (or code-server --install-extension <file>.vsix).
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

function step(what, args) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    console.error(`[package] ${what} failed (exit ${r.status})`);
    process.exit(r.status || 1);
  }
}

const { name, version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const vsix = path.join(ROOT, `${name}-${version}.vsix`);

step('build', [path.join(__dirname, 'build.js')]);
// stdin is closed: should vsce ever ask a question, it gets no answer and stops instead of waiting.
step('vsce package', [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', vsix]);

const kib = fs.statSync(vsix).size / 1024;
console.log(`[package] ${path.relative(process.cwd(), vsix) || vsix} (${kib.toFixed(1)} KiB)`);
