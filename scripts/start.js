#!/usr/bin/env node
// `npm start`: builds the extension, then opens VS Code on samples/ with it loaded.
//   - Desktop VS Code (`code` on PATH): an Extension Development Host window, as F5 does.
//   - Otherwise (or with --web): the pinned code-server (tools/code-server) on 127.0.0.1:$PORT
//     (default 8080); open the printed address in a browser. The address carries VS Code's
//     extensionDevelopmentPath payload, so the workbench loads this repository as the extension;
//     after `npm run build`, run "Developer: Reload Window" to pick up changes. Ctrl-C stops it.
// On a fresh clone it runs `npm ci` first (scripts/bootstrap.js), and the code-server route runs
// scripts/setup-code-server.sh when code-server is not installed yet.
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { ensureDependencies } = require('./bootstrap');

const ROOT = path.resolve(__dirname, '..');
const SAMPLES = path.join(ROOT, 'samples');
const CODE_SERVER = path.join(ROOT, 'tools/code-server/node_modules/code-server/out/node/entry.js');
// Kept between runs (git-ignored), so settings and open editors survive a restart.
const STATE = path.join(ROOT, '.vscode-test/code-server');

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function mustSucceed(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[start] ${what} failed (exit ${r.status})`);
    process.exit(r.status || 1);
  }
}

function openDesktop() {
  console.log('[start] opening desktop VS Code with the extension under development');
  mustSucceed('code', [`--extensionDevelopmentPath=${ROOT}`, SAMPLES], 'code');
}

function workbenchUrl(authority) {
  const remote = p => `vscode-remote://${authority}${p}`;
  const payload = JSON.stringify([['extensionDevelopmentPath', remote(ROOT)]]);
  return `http://${authority}/?folder=${encodeURIComponent(SAMPLES)}&payload=${encodeURIComponent(payload)}`;
}

function startCodeServer() {
  if (!fs.existsSync(CODE_SERVER)) {
    console.log('[start] code-server is not installed yet: running scripts/setup-code-server.sh');
    mustSucceed('bash', [path.join(__dirname, 'setup-code-server.sh')], 'setup-code-server.sh');
  }
  const port = Number(process.env.PORT || 8080);
  const authority = `127.0.0.1:${port}`;
  for (const dir of ['user-data/User', 'extensions']) fs.mkdirSync(path.join(STATE, dir), { recursive: true });
  const settings = path.join(STATE, 'user-data/User/settings.json');
  if (!fs.existsSync(settings)) {
    // First run only: no prompt about the repository around samples/, no welcome page.
    fs.writeFileSync(settings, JSON.stringify({
      'git.openRepositoryInParentFolders': 'never', 'workbench.startupEditor': 'none' }, null, 2) + '\n');
  }
  const args = [CODE_SERVER, '--auth', 'none', '--bind-addr', authority,
    '--config', path.join(STATE, 'config.yaml'),
    '--user-data-dir', path.join(STATE, 'user-data'), '--extensions-dir', path.join(STATE, 'extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', SAMPLES];
  // Own process group: Ctrl-C ends the server and its extension host together.
  const server = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let announced = false;
  const relay = chunk => {
    const text = String(chunk);
    if (/EADDRINUSE/.test(text)) {
      console.error(`[start] port ${port} is taken: set PORT to another one, e.g. PORT=8181 npm start`);
    }
    if (process.env.VERBOSE) process.stderr.write(text);
    if (!announced && /HTTP server listening/.test(text)) {
      announced = true;
      console.log(`\n[start] VS Code (code-server ${require(path.join(CODE_SERVER, '../../../package.json')).version})` +
        ' with Transcript Review loaded, on samples/. Open this address:\n');
      console.log(`  ${workbenchUrl(authority)}\n`);
      console.log('[start] (the plain address http://' + authority + '/ opens VS Code without the extension)');
      console.log('[start] Ctrl-C to stop; VERBOSE=1 shows the server log.');
    }
  };
  server.stdout.on('data', relay);
  server.stderr.on('data', relay);
  const stop = () => {
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', code => process.exit(code ?? 0));
}

ensureDependencies('start');
mustSucceed(process.execPath, [path.join(__dirname, 'build.js')], 'build');
if (onPath('code') && !process.argv.includes('--web')) openDesktop();
else startCodeServer();
