#!/usr/bin/env node
// `npm test`: every check the project has, in order, never stopping early:
//   lint -> tsc -> build -> unit + grammar tests (mocha, .mocharc.json) -> integration tests
//   (scripts/run-integration.js: the extension in a real VS Code extension host) -> the same suite in
//   the web worker extension host (run-integration.js --web: the browser bundle, as on vscode.dev).
// Prints a table of the steps and ends with one line `N passed, M failed`: N and M add up the
// unit, grammar and integration tests; a failed lint, tsc or build step counts as one failure.
// Exit code 0 only when everything passed.
// On a fresh clone it first sets itself up (scripts/bootstrap.js, Node built-ins only): `npm ci`
// when node_modules is missing, scripts/setup-code-server.sh when code-server or chromium is.
//
// When mocha loads this file as a reporter (see runMocha), it exports CountingSpecReporter instead.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const { ensureDependencies, ensureIntegrationTools } = require('./bootstrap');

const ROOT = path.resolve(__dirname, '..');
const COUNTS_ENV = 'TEST_ALL_COUNTS_FILE';

/** Mocha's readable spec output, plus the final counts written to $TEST_ALL_COUNTS_FILE. */
function makeCountingSpecReporter() {
  const Mocha = require('mocha');
  return class CountingSpecReporter extends Mocha.reporters.Spec {
    constructor(runner, options) {
      super(runner, options);
      const failures = [];
      runner.on('fail', (test, err) => failures.push(`${test.fullTitle()}: ${firstLine(err && err.message)}`));
      runner.once('end', () => {
        const file = process.env[COUNTS_ENV];
        if (file) fs.writeFileSync(file, JSON.stringify({ ...runner.stats, failureTitles: failures }));
      });
    }
  };
}

const firstLine = text => String(text ?? '').split('\n').find(l => l.trim()) ?? '';

/** Runs a command with output shown as it comes; resolves { code, output } (stdout kept if asked). */
function run(cmd, args, { keepOutput = false, env = process.env } = {}) {
  return new Promise(resolve => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['ignore', keepOutput ? 'pipe' : 'inherit', 'inherit'] });
    let output = '';
    if (keepOutput) {
      child.stdout.on('data', chunk => { output += chunk; process.stdout.write(chunk); });
    }
    child.on('error', err => { console.error(`${cmd}: ${err.message}`); resolve({ code: 127, output }); });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

const bin = rel => path.join(ROOT, 'node_modules', rel);

/** A step that passes or fails as a whole (its exit code). */
async function plainStep(cmd, args) {
  const { code } = await run(cmd, args);
  return { ok: code === 0, passed: 0, failed: code === 0 ? 0 : 1, counts: false, note: code === 0 ? '' : `exit ${code}` };
}

async function runMocha() {
  const countsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'test-all-')), 'counts.json');
  const env = { ...process.env, [COUNTS_ENV]: countsFile };
  // --forbid-only / --forbid-pending: a stray .only or a skipped test fails instead of hiding.
  const { code } = await run(process.execPath, [bin('mocha/bin/mocha.js'), '--config', '.mocharc.json',
    '--reporter', __filename, '--forbid-only', '--forbid-pending'], { env });
  let stats = null;
  try { stats = JSON.parse(fs.readFileSync(countsFile, 'utf8')); } catch { /* mocha never finished */ }
  fs.rmSync(path.dirname(countsFile), { recursive: true, force: true });
  if (!stats) return { ok: false, passed: 0, failed: 1, note: `mocha exit ${code}, no results` };
  const failed = stats.failures + (code !== 0 && stats.failures === 0 ? 1 : 0);
  return { ok: failed === 0, passed: stats.passes, failed, note: stats.tests === 0 ? 'no tests' : '',
    failures: stats.failureTitles ?? [] };
}

/** The integration suite in the Node extension host, or with `web` in the web worker extension host. */
async function runIntegrationStep({ web = false } = {}) {
  if (web) {
    const built = await plainStep(process.execPath, [path.join(__dirname, 'build.js'), '--web-tests']);
    if (!built.ok) return { ...built, counts: true, note: 'bundling the web tests failed' };
  }
  const { code, output } = await run(process.execPath,
    [path.join(__dirname, 'run-integration.js'), '--no-build', ...(web ? ['--web'] : [])], { keepOutput: true });
  const summaries = [...output.matchAll(/integration: (\d+) passed, (\d+) failed/g)];
  const last = summaries[summaries.length - 1];
  const passed = last ? Number(last[1]) : 0;
  let failed = last ? Number(last[2]) : 0;
  if (code !== 0 && failed === 0) failed = 1; // the run itself failed (timeout, harness, no tests)
  const unresponsive = /\[integration\] (WARNING|FAIL): VS Code reported "Extension host/.test(output);
  const note = [code === 0 ? '' : `exit ${code}`, unresponsive ? 'extension host reported unresponsive' : ''].filter(Boolean).join('; ');
  return { ok: code === 0 && failed === 0, passed, failed, note, failures: failingSection(output) };
}

/** The spec reporter's `N failing` list (titles and errors), so the end of a long log still says what failed. */
function failingSection(output) {
  const lines = output.split('\n');
  const start = lines.findIndex(l => /^\s*\d+ failing\s*$/.test(l));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && /integration: \d+ passed, \d+ failed/.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter(l => l.trim()).slice(0, 60);
}

const STEPS = [
  ['lint', () => plainStep(process.execPath, [bin('eslint/bin/eslint.js'), 'src', 'test', 'scripts'])],
  ['tsc', () => plainStep(process.execPath, [bin('typescript/bin/tsc'), '-p', '.'])],
  ['build', () => plainStep(process.execPath, [path.join(__dirname, 'build.js')])],
  ['unit + grammar', runMocha],
  ['integration', runIntegrationStep],
  ['integration (web)', () => runIntegrationStep({ web: true })],
];

function printTable(rows) {
  const header = ['step', 'result', 'passed', 'failed', 'time', ''];
  const count = (r, n) => (r.counts === false ? '-' : String(n)); // lint/tsc/build run no tests
  const lines = [header, ...rows.map(r => [r.name, r.ok ? 'ok' : 'FAIL', count(r, r.passed), count(r, r.failed),
    `${r.seconds.toFixed(1)}s`, r.note])];
  const widths = header.map((_, i) => Math.max(...lines.map(l => l[i].length)));
  console.log('');
  for (const l of lines) console.log(l.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd());
}

async function main() {
  ensureDependencies('test');
  // When this fails it has said what to install; the other steps still run, integration fails.
  const toolsReady = ensureIntegrationTools('test');
  const rows = [];
  for (const [name, step] of STEPS) {
    console.log(`\n=== ${name} ===`);
    const started = Date.now();
    const r = await step();
    if (name.startsWith('integration') && !toolsReady) r.note = 'code-server/chromium not set up (see the top)';
    rows.push({ name, ...r, seconds: (Date.now() - started) / 1000 });
  }
  const failures = rows.filter(r => r.failures && r.failures.length);
  if (failures.length) {
    console.log('\n=== what failed ===');
    for (const r of failures) {
      console.log(`${r.name}:`);
      for (const line of r.failures) console.log(`  ${line}`);
    }
  }
  printTable(rows);
  const passed = rows.reduce((n, r) => n + r.passed, 0);
  const failed = rows.reduce((n, r) => n + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && rows.every(r => r.ok) ? 0 : 1);
}

if (require.main === module) {
  main().catch(err => {
    console.error(err && err.stack || err);
    console.log('0 passed, 1 failed');
    process.exit(1);
  });
} else {
  module.exports = makeCountingSpecReporter();
}
