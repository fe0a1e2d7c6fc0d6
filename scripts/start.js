#!/usr/bin/env node
// `npm start`: builds the extension, then opens VS Code on samples/ with it loaded.
//   - Desktop VS Code (`code` on PATH): an Extension Development Host window, as F5 does.
//   - Otherwise (or with --web): the pinned code-server (tools/code-server) on 127.0.0.1:$PORT
//     (default 8080); open the printed address in a browser. The address carries VS Code's
//     extensionDevelopmentPath payload, so the workbench loads this repository as the extension;
//     after `npm run build`, run "Developer: Reload Window" to pick up changes. Ctrl-C stops it.
// On a fresh clone it runs `npm ci` first (scripts/bootstrap.js), and the code-server route runs
// scripts/setup-code-server.sh --without-chromium when code-server is not installed yet (the
// browser is the user's own here; only the tests and screenshots need Debian's chromium).
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { ensureDependencies } = require('./bootstrap');
const { ROOT, CODE_SERVER, codeServerVersion, startCodeServer, stopProcessGroup, workbenchUrl } = require('./lib/codeServer');

const SAMPLES = path.join(ROOT, 'samples');
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

function serveWeb() {
  if (!fs.existsSync(CODE_SERVER)) {
    console.log('[start] code-server is not installed yet: running scripts/setup-code-server.sh --without-chromium');
    mustSucceed('bash', [path.join(__dirname, 'setup-code-server.sh'), '--without-chromium'], 'setup-code-server.sh');
  }
  const port = Number(process.env.PORT || 8080);
  const authority = `127.0.0.1:${port}`;
  let announced = false;
  const relay = chunk => {
    const text = String(chunk);
    if (/EADDRINUSE/.test(text)) {
      console.error(`[start] port ${port} is taken: set PORT to another one, e.g. PORT=8181 npm start`);
    }
    if (process.env.VERBOSE) process.stderr.write(text);
    // The log line, not /healthz: with the port taken, another server could answer that.
    if (!announced && /HTTP server listening/.test(text)) {
      announced = true;
      console.log(`\n[start] VS Code (code-server ${codeServerVersion()})` +
        ' with Transcript Review loaded, on samples/. Open this address:\n');
      console.log(`  ${workbenchUrl(authority, { folder: SAMPLES })}\n`);
      console.log('[start] (the plain address http://' + authority + '/ opens VS Code without the extension)');
      console.log('[start] Ctrl-C to stop; VERBOSE=1 shows the server log.');
    }
  };
  // Not throwaway: STATE outlives the run. First run's settings: no prompt about the repository
  // around samples/, no welcome page.
  const server = startCodeServer({ authority, folder: SAMPLES, stateDir: STATE, throwaway: false, onOutput: relay,
    settings: { 'git.openRepositoryInParentFolders': 'never', 'workbench.startupEditor': 'none' } });
  // Own process group: Ctrl-C ends the server and its extension host together.
  let stopping = null;
  const stop = signal => {
    if (stopping) return;
    stopping = signal;
    console.log(`\n[start] stopping code-server (${signal})...`);
    stopProcessGroup(server.child);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.child.on('exit', (code, signal) => {
    if (stopping) {
      console.log(`[start] stopped: code-server and its extension host have exited; ${authority} is free again.`);
      process.exit(0);
    }
    console.error(`[start] code-server stopped by itself (${signal ? `signal ${signal}` : `exit code ${code}`});` +
      ' VERBOSE=1 npm start shows its log.');
    process.exit(code || 1);
  });
}

ensureDependencies('start');
mustSucceed(process.execPath, [path.join(__dirname, 'build.js')], 'build');
if (onPath('code') && !process.argv.includes('--web')) openDesktop();
else serveWeb();
