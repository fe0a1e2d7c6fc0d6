#!/usr/bin/env node
// `npm run package`: builds the production bundle, then packs the .vsix with vsce, offline.
//   --no-dependencies          everything the extension runs is bundled in dist/extension.js
//   --allow-missing-repository the project has no public repository address yet
// .vscodeignore decides what goes in. Prints the .vsix path and size.
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
step('vsce package', [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package',
  // The README's pictures are relative links: without a repository address vsce cannot rewrite them, so keep them.
  '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix]);

const kib = fs.statSync(vsix).size / 1024;
console.log(`[package] ${path.relative(process.cwd(), vsix) || vsix} (${kib.toFixed(1)} KiB)`);
