// Fresh-clone set-up for the two set-up commands, `npm start` and `npm test`.
// It runs before anything is installed, so it uses Node built-ins only (no require of a package).
//   ensureDependencies(tag)    runs `npm ci` when node_modules lacks a declared dependency
//   ensureIntegrationTools(tag) runs scripts/setup-code-server.sh when code-server or chromium is missing
// Each says what it runs, prefixed with [tag].
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const CODE_SERVER_DIR = path.join(ROOT, 'tools/code-server/node_modules');
const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'code-server/out/node/entry.js');
// Written by setup-code-server.sh only after a complete install (native modules built).
const CODE_SERVER_STAMP = path.join(CODE_SERVER_DIR, '.transcript-review-setup');
const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
// What setup-code-server.sh installs with apt-get (as root) before it builds code-server.
const DEBIAN_PACKAGES = 'chromium libkrb5-dev ripgrep make g++ python3';

/** The dependencies of package.json that node_modules does not hold. */
function missingDependencies() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  return names.filter(name => !fs.existsSync(path.join(ROOT, 'node_modules', name, 'package.json')));
}

/** npm itself: the one running this script when started by `npm start` / `npm test`. */
function npmCommand(args) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.c?js$/.test(npmCli)) return [process.execPath, [npmCli, ...args]];
  return [process.platform === 'win32' ? 'npm.cmd' : 'npm', args];
}

/** Installs the project's dependencies with `npm ci` when any is missing; exits if that fails. */
function ensureDependencies(tag) {
  const missing = missingDependencies();
  if (missing.length === 0) return;
  const why = fs.existsSync(path.join(ROOT, 'node_modules'))
    ? `node_modules lacks ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', ...' : ''}`
    : 'node_modules is missing';
  console.log(`[${tag}] ${why}: running npm ci (installs package-lock.json's versions, then builds dist/)`);
  const [cmd, args] = npmCommand(['ci', '--no-audit', '--no-fund']);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`[${tag}] npm ci failed (exit ${r.status ?? r.error?.message}); fix that and run it again`);
    process.exit(r.status || 1);
  }
  console.log(`[${tag}] npm ci done`);
}

/** What the integration tests need and this machine lacks, in words; [] when all is there. */
function missingIntegrationTools() {
  const missing = [];
  if (!fs.existsSync(CODE_SERVER_ENTRY) || !fs.existsSync(CODE_SERVER_STAMP)) missing.push('code-server (tools/code-server)');
  if (!fs.existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
  return missing;
}

/**
 * Installs code-server and chromium through scripts/setup-code-server.sh when either is missing.
 * Returns true when they are there afterwards; otherwise prints what to install and returns false.
 */
function ensureIntegrationTools(tag) {
  const missing = missingIntegrationTools();
  if (missing.length === 0) return true;
  console.log(`[${tag}] ${missing.join(' and ')} not installed: running bash scripts/setup-code-server.sh`);
  const r = spawnSync('bash', [path.join(__dirname, 'setup-code-server.sh')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status === 0 && missingIntegrationTools().length === 0) return true;
  const asRoot = typeof process.getuid !== 'function' || process.getuid() === 0;
  console.error(`[${tag}] code-server and chromium could not be set up, so the integration tests cannot run.`);
  console.error(`[${tag}] They need these Debian packages: ${DEBIAN_PACKAGES}.`);
  console.error(asRoot
    ? `[${tag}] Read the messages above, then run: bash scripts/setup-code-server.sh`
    : `[${tag}] Install them as root (sudo apt-get install ${DEBIAN_PACKAGES}), then run: bash scripts/setup-code-server.sh`);
  return false;
}

module.exports = { ensureDependencies, ensureIntegrationTools, missingIntegrationTools };
