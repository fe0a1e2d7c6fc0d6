#!/usr/bin/env node
// Runs the integration suite inside a real VS Code extension host, offline:
//   code-server 4.100.3 (tools/code-server; VS Code 1.100.3 server + web workbench) on 127.0.0.1,
//   Debian's chromium, headless, driven by playwright-core, opens the workbench with VS Code's
//   own test hook (the extensionDevelopmentPath / extensionTestsPath payload). The extension host
//   loads this repository as the extension under development and awaits run() from the tests
//   index; the workbench reports the result through window.codeAutomationExit(code).
//
// With --web the extension and the suite run in the web worker extension host instead (VS Code for the
// Web: package.json's `browser` bundle, and the suite bundled for the browser by build.js --web-tests);
// the worker's console reaches this script through the page's console.
//
// CLI:  node scripts/run-integration.js [--web] [--tests out/test/integration/index.js]
//         [--workspace test/integration/workspace] [--timeout 300] [--no-build] [--verbose]
//       (or TRANSCRIPT_IT_TESTS / TRANSCRIPT_IT_WORKSPACE / TRANSCRIPT_IT_TIMEOUT_MS / VERBOSE=1)
// API:  const { runIntegration } = require('./run-integration');
//       const { exitCode, passed, failed } = await runIntegration({ testsPath, workspace });
// Exit code = the tests' exit code (0 = all passed); 2 = timeout, 3 = harness error.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const { ROOT, freePort, startCodeServer, waitForHealthz, stopProcessGroup, workbenchUrl, webWorkerSettings } = require('./lib/codeServer');
const { launchChromium } = require('./lib/chromium');

const NODE_TESTS = path.join(ROOT, 'out/test/integration/index.js');
const WEB_TESTS = path.join(ROOT, 'out/test/integration-web/index.js');
const DEFAULTS = {
  extensionPath: ROOT,
  web: false,
  workspace: path.join(ROOT, 'test/integration/workspace'),
  timeoutMs: 300_000,
};
const SUMMARY = /integration: (\d+) passed, (\d+) failed/;
// The workbench logs this when the extension host has not answered a request for 3 s (a parse blocking
// it, say). The runner reports it after the run (and `unresponsive` in its result), and with
// TRANSCRIPT_IT_STRICT_RESPONSIVE=1 the run fails on it. It is not a failure by default because VS Code's
// limit is wall-clock time: with twenty jobs on two cores, 0.3 s of our work can take 3 s.
const UNRESPONSIVE = /Extension host \([^)]*\) is unresponsive/;
// Routine workbench start-up messages, hidden unless --verbose. Anything else is shown.
const WORKBENCH_NOISE = [/^Resolv(ing|ed) connection token/, /^Creating a socket/,
  /^Updating additional builtin extensions cache/, /^\[Service Worker\]/, /^ChatSessionStore:/,
  /ENOTFOUND open-vsx\.org/,
  // the web worker extension host's start-up (--web)
  /^The web worker extension host is started in a same-origin iframe/, /^An iframe which has both allow-scripts/,
  /^Found unexpected service worker controller/, /^Overwriting extension <<copilot-instructions/,
  /^Failed to load resource: (the server responded with a status of 404|net::ERR_NAME_NOT_RESOLVED)/];
const WORKBENCH_FRAME = /^\s+at .*\/static\/(out|node_modules)\//; // stack frames inside the workbench bundle

/**
 * Runs the tests index `testsPath` (compiled JS exporting run()) against the folder `workspace`,
 * with `extensionPath` loaded as the extension under development.
 * Resolves { exitCode, passed, failed, summary } where passed/failed come from the index's
 * `integration: N passed, M failed` line (null when it never printed one).
 */
async function runIntegration(options = {}) {
  const opts = { ...DEFAULTS, ...options };
  opts.testsPath ??= opts.web ? WEB_TESTS : NODE_TESTS;
  const [extensionPath, testsPath, workspace] = [opts.extensionPath, opts.testsPath, opts.workspace].map(p => path.resolve(p));
  const { timeoutMs } = opts;
  const verbose = options.verbose ?? !!process.env.VERBOSE;
  const print = options.print ?? (line => console.log(line));
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
  for (const [what, p] of [['tests index', testsPath], ['workspace', workspace], ['extension', path.join(extensionPath, 'package.json')]]) {
    if (!fs.existsSync(p)) throw new Error(`${what} not found: ${p}`);
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'transcript-it-'));
  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  const server = startCodeServer({ authority, folder: workspace, stateDir: tmp,
    settings: opts.web ? webWorkerSettings(extensionPath) : undefined,
    onOutput: chunk => { if (verbose) process.stderr.write(`[code-server] ${chunk}`); } });

  let launching; // the browser launch, awaited by cleanup even when a signal lands mid-launch
  let stop; // resolves with 'timeout' or a signal name: whichever ends the run early
  const stopped = new Promise(resolve => { stop = resolve; });
  const timer = setTimeout(stop, timeoutMs, 'timeout');
  const result = { exitCode: 3, passed: null, failed: null, summary: null, unresponsive: null };
  let ended = false; // set by cleanup: the run below must not start anything after it
  const cleanup = async () => {
    ended = true;
    clearTimeout(timer);
    const browser = launching && await launching.catch(() => null);
    if (browser) await browser.close().catch(() => {});
    await stopProcessGroup(server.child);
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  try {
    const finished = (async () => {
      await waitForHealthz(server, 60_000);
      print(`[integration] code-server up on ${authority} after ${elapsed()}`);
      if (ended) throw new Error('stopped before the browser started');
      // Signals are ours to handle (cleanup below), not playwright's.
      launching = launchChromium({ home: path.join(tmp, 'home'), handleSignals: false });
      const browser = await launching;
      const page = await browser.newPage();
      page.on('pageerror', err => print(`[integration] page error: ${err.message}`));
      if (verbose) page.on('console', msg => process.stderr.write(`[browser:${msg.type()}] ${msg.text()}\n`));
      let settle;
      const exitCode = new Promise((resolve, reject) => { settle = { resolve, reject }; });
      page.on('crash', () => settle.reject(new Error('the workbench page crashed')));
      await page.exposeFunction('codeAutomationExit', code => settle.resolve(Number(code)));
      // The workbench forwards the extension host's console (our mocha output) and its own log
      // through this hook, as console-style argument lists.
      const show = text => {
        if (UNRESPONSIVE.test(text) && !result.unresponsive) result.unresponsive = text.replace(/^%c\s*\w+\s+color:\s*\S+\s*/, '');
        if (!verbose && WORKBENCH_NOISE.some(re => re.test(text))) return;
        for (const line of text.replace(/\n$/, '').split('\n')) {
          if (!verbose && WORKBENCH_FRAME.test(line)) continue;
          const m = SUMMARY.exec(line);
          if (m) [result.summary, result.passed, result.failed] = [m[0], Number(m[1]), Number(m[2])];
          print(line);
        }
      };
      await page.exposeFunction('codeAutomationLog', (_type, args) => show(Array.isArray(args) ? util.format(...args) : String(args)));
      // The web worker extension host logs to the browser console, which the hook above does not see.
      // (The workbench echoes each of those lines once more as `%c INFO ...`: skipped.)
      if (opts.web && !verbose) page.on('console', msg => { if (!msg.text().startsWith('%c')) show(msg.text()); });
      page.on('console', msg => {
        if (UNRESPONSIVE.test(msg.text()) && !result.unresponsive) result.unresponsive = msg.text().replace(/^%c\s*\w+\s+color:\s*\S+\s*/, '');
      });
      await page.goto(workbenchUrl(authority, { folder: workspace, extensionPath, testsPath, web: opts.web }));
      print(`[integration] workbench opened after ${elapsed()}`);
      return exitCode;
    })();
    finished.catch(() => {}); // once stopped early, its later failure (browser closed) is expected
    const outcome = await Promise.race([finished, stopped]);
    if (outcome === 'timeout') {
      print(`[integration] TIMEOUT: no result after ${timeoutMs / 1000}s`);
      result.exitCode = 2;
    } else if (typeof outcome === 'string') {
      print(`[integration] interrupted by ${outcome}`);
      result.exitCode = outcome === 'SIGINT' ? 130 : 143;
    } else {
      result.exitCode = outcome;
      print(`[integration] tests exited with code ${outcome} after ${elapsed()}`);
      if (result.unresponsive) {
        const strict = !!process.env.TRANSCRIPT_IT_STRICT_RESPONSIVE;
        print(`[integration] ${strict ? 'FAIL' : 'WARNING'}: VS Code reported "${result.unresponsive}" during the run` +
          ` (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`);
        if (strict && result.exitCode === 0) result.exitCode = 1;
      }
    }
  } catch (err) {
    print(`[integration] harness error: ${err && err.stack || err}`);
    result.exitCode = 3;
  } finally {
    if (result.exitCode !== 0 && !verbose) print(`[integration] code-server log (tail):\n${server.output().slice(-3000)}`);
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await cleanup();
  }
  return result;
}

function parseArgs(argv) {
  const opts = {
    testsPath: process.env.TRANSCRIPT_IT_TESTS, workspace: process.env.TRANSCRIPT_IT_WORKSPACE,
    timeoutMs: process.env.TRANSCRIPT_IT_TIMEOUT_MS ? Number(process.env.TRANSCRIPT_IT_TIMEOUT_MS) : undefined,
    build: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--tests') opts.testsPath = path.resolve(argv[++i]);
    else if (arg === '--workspace') opts.workspace = path.resolve(argv[++i]);
    else if (arg === '--timeout') opts.timeoutMs = Number(argv[++i]) * 1000;
    else if (arg === '--no-build') opts.build = false;
    else if (arg === '--verbose') opts.verbose = true;
    else if (arg === '--web') opts.web = true;
    else throw new Error(`unknown argument: ${arg}`);
  }
  for (const key of Object.keys(opts)) if (opts[key] === undefined) delete opts[key];
  return opts;
}

/** Bundles the extension and compiles the tests, as `npm test` does before this step. */
function build({ web = false } = {}) {
  const steps = [[process.execPath, ['scripts/build.js', ...(web ? ['--web-tests'] : [])]],
    [process.execPath, [require.resolve('typescript/bin/tsc'), '-p', '.']]];
  for (const [cmd, args] of steps) {
    const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
    // tsc still emits when another file has a type error; the tests may run regardless.
    if (r.status !== 0) console.error(`[integration] warning: ${args.join(' ')} exited with ${r.status}`);
  }
}

if (require.main === module) {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.build) build(opts);
  // Belt and braces: even if cleanup itself hangs, never outlive the overall timeout by much.
  setTimeout(() => { console.error('[integration] hard timeout'); process.exit(2); },
    (opts.timeoutMs ?? DEFAULTS.timeoutMs) + 30_000).unref();
  runIntegration(opts).then(r => {
    if (r.summary) console.log(r.summary);
    process.exit(r.exitCode);
  }, err => {
    console.error(`[integration] ${err.message}`);
    process.exit(3);
  });
}

module.exports = { runIntegration, DEFAULTS };
