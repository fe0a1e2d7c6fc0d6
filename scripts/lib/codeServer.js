// The pinned code-server (tools/code-server, installed by scripts/setup-code-server.sh) as the
// scripts use it: started on 127.0.0.1 in its own process group, waited on through /healthz,
// stopped with its whole group, and opened at a workbench address that loads this repository as
// the extension under development. Used by run-integration.js, screenshot-workbench.js, start.js.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const CODE_SERVER = path.join(ROOT, 'tools/code-server/node_modules/code-server/out/node/entry.js');
const OUTPUT_TAIL = 20_000; // characters of server output kept for error messages

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** code-server's version, from its package.json. */
function codeServerVersion() {
  return require(path.join(CODE_SERVER, '../../../package.json')).version;
}

/**
 * Starts code-server on `folder`, listening on `authority` (host:port), in its own process group so
 * that stopProcessGroup ends it and its extension host together. Its profile (user data,
 * extensions, config.yaml) lives in `stateDir`. With `throwaway` (a fresh temp dir the caller
 * deletes) HOME, TMPDIR and the XDG dirs point inside it too and the last opened folder is ignored.
 * `settings` become the profile's settings.json when it has none yet. `onOutput(chunk)` sees the
 * server's stdout and stderr. Returns { child, authority, output() } (output: its recent log).
 */
function startCodeServer({ authority, folder, stateDir, throwaway = true, settings, onOutput }) {
  if (!fs.existsSync(CODE_SERVER)) {
    throw new Error(`code-server is not installed (${CODE_SERVER}); run: bash scripts/setup-code-server.sh`);
  }
  const env = { ...process.env };
  if (throwaway) {
    const dirs = { HOME: 'home', TMPDIR: 'tmp', XDG_CONFIG_HOME: 'config', XDG_DATA_HOME: 'data', XDG_CACHE_HOME: 'cache' };
    for (const [name, sub] of Object.entries(dirs)) {
      env[name] = path.join(stateDir, sub);
      fs.mkdirSync(env[name], { recursive: true });
    }
  }
  const userDir = path.join(stateDir, 'user-data/User');
  for (const dir of [userDir, path.join(stateDir, 'extensions')]) fs.mkdirSync(dir, { recursive: true });
  const settingsFile = path.join(userDir, 'settings.json');
  if (settings && !fs.existsSync(settingsFile)) fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2) + '\n');

  const args = [CODE_SERVER, '--auth', 'none', '--bind-addr', authority,
    '--config', path.join(stateDir, 'config.yaml'),
    '--user-data-dir', path.join(stateDir, 'user-data'), '--extensions-dir', path.join(stateDir, 'extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', ...(throwaway ? ['--ignore-last-opened'] : []), folder];
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const onData = chunk => {
    output = (output + chunk).slice(-OUTPUT_TAIL);
    if (onOutput) onOutput(chunk);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return { child, authority, output: () => output };
}

/**
 * Resolves once the server answers GET /healthz; rejects if it exits first or has not answered
 * within `timeoutMs` (server.output() then says why).
 */
function waitForHealthz(server, timeoutMs = 60_000) {
  const { child, authority } = server;
  const url = `http://${authority}/healthz`;
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const onExit = code => reject(new Error(`code-server exited with code ${code} before answering`));
    child.once('exit', onExit);
    const attempt = () => {
      http.get(url, res => { res.resume(); child.off('exit', onExit); resolve(res.statusCode); })
        .on('error', () => {
          if (child.exitCode !== null || child.signalCode !== null) return; // onExit has rejected
          if (Date.now() > deadline) { child.off('exit', onExit); reject(new Error(`no answer from ${url}`)); }
          else setTimeout(attempt, 200); // the port has no readiness event to wait on
        });
    };
    attempt();
  });
}

/** Ends the child's whole process group (server, extension host, watchers); SIGKILL after a grace period. */
async function stopProcessGroup(child, graceMs = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise(resolve => child.once('exit', resolve));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
  let timer;
  const grace = new Promise(resolve => { timer = setTimeout(resolve, graceMs, 'grace over'); });
  if (await Promise.race([exited, grace]) === 'grace over') {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
  clearTimeout(timer);
}

/**
 * The workbench address on `folder` with VS Code's test hook payload: `extensionPath` loaded as the
 * extension under development and, when given, `testsPath` (a compiled index exporting run()) as
 * the tests the extension host runs. Paths are local; they become vscode-remote URIs here.
 * `web: true` asks for the extension (and the tests) in the web worker extension host, as VS Code for
 * the Web runs it, from package.json's `browser` entry. The 1.100 browser workbench parses that
 * payload entry but never applies it (it reads another property), so the server must also be started
 * with webWorkerSettings(): those put the extension in the web worker host.
 */
function workbenchUrl(authority, { folder, extensionPath = ROOT, testsPath, web = false }) {
  const remote = p => `vscode-remote://${authority}${p}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)]];
  if (web) payload.push(['extensionDevelopmentKind', 'web']); // the workbench wraps the one value in a list
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath.replace(/\.js$/, ''))]);
  return `http://${authority}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * User settings that run the extension at `extensionPath` in the web worker extension host: its kind
 * set to `web` (`remote.extensionKind`, keyed by publisher.name), as VS Code for the Web has it.
 */
function webWorkerSettings(extensionPath = ROOT) {
  const { publisher, name } = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
  return { 'remote.extensionKind': { [`${publisher}.${name}`]: ['web'] } };
}

module.exports = {
  webWorkerSettings,
  ROOT, CODE_SERVER, freePort, codeServerVersion, startCodeServer, waitForHealthz, stopProcessGroup, workbenchUrl,
};
