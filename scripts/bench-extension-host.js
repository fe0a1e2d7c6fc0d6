#!/usr/bin/env node
// `npm run bench:host`: the Outline inside a real VS Code extension host (code-server + headless chromium, the
// route of the integration tests, scripts/run-integration.js), not part of `npm test`.
//   - vscode.executeDocumentSymbolProvider on a 10 MB transcript (ours) against the same call on a Markdown file
//     of the same size (VS Code's built-in Markdown Outline), cold and after a one-character edit: ours must be
//     faster in both;
//   - the time from opening the first transcript to our extension being active (printed, no budget).
// Prints a table and one line `bench: name=value ...`; exits 1 when a budget is exceeded, 2 or 3 when the
// extension host could not be run (timeout, harness error).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { runIntegration } = require('./run-integration');
const { plainTranscript, markdownTranscript, exampleText } = require('../bench/inputs');

const ROOT = path.resolve(__dirname, '..');
const MB = 1024 * 1024;
const OPEN_SIZES = [{ label: '1MB', bytes: 1_000_000 }, { label: '3.5MB', bytes: 3_500_000 }, { label: '10MB', bytes: 9_990_000 }];
/**
 * Each size is opened this many times on each side (fresh files each time), and each side keeps its fastest open:
 * one open on a busy two-core machine is one sample of the load (the same 1 MB read 1.02 and 1.32 in two runs).
 */
const OPEN_ROUNDS = 3;
/** The goal for a command at the end of the largest transcript (issue 11): under 100 ms. */
const COMMAND_GOAL_MS = 100;

function makeWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transcript-bench-host-'));
  fs.mkdirSync(path.join(dir, '.vscode'));
  // Detection on for plain text (the open rows time it), off for Markdown: the Markdown files must stay
  // Markdown, served by VS Code's own Outline.
  // No auto-save after workspace edits: saving 10 MB files would run in the background of the timings.
  const settings = { 'transcriptReview.detect': 'auto', '[markdown]': { 'transcriptReview.detect': 'off' },
    'files.refactoring.autoSave': false };
  fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), JSON.stringify(settings, null, 2));
  fs.writeFileSync(path.join(dir, 'small.transcript'), exampleText());
  fs.writeFileSync(path.join(dir, 'small.md'), markdownTranscript(4096));
  fs.writeFileSync(path.join(dir, 'bench.transcript'), plainTranscript(10 * MB));
  fs.writeFileSync(path.join(dir, 'bench.md'), markdownTranscript(10 * MB));
  // The open rows: the same bytes as .txt and as .md, whole lines, in decimal megabytes. The largest stays
  // under 10,000,000 characters, the size above which detection leaves a document alone.
  // One pair of files per round: each open is of a document the workbench has not seen yet.
  const rows = OPEN_SIZES.map(({ label, bytes }) => {
    const text = plainTranscript(bytes);
    const cut = text.slice(0, text.lastIndexOf('\n', bytes) + 1);
    const rounds = Array.from({ length: OPEN_ROUNDS }, (_, round) => {
      const base = `open-${label.replace(/\W+/g, '_')}-${round + 1}`;
      fs.writeFileSync(path.join(dir, `${base}.txt`), cut);
      fs.writeFileSync(path.join(dir, `${base}.md`), cut);
      return { txt: `${base}.txt`, md: `${base}.md` };
    });
    return { label, bytes: Buffer.byteLength(cut), lines: cut.split('\n').length - 1, rounds };
  });
  fs.writeFileSync(path.join(dir, 'open-rows.json'), JSON.stringify(rows));
  return dir;
}

const ms = x => `${x.toFixed(1)} ms`;

/** The open rows (ours against Markdown on the same bytes) and the command rows (against COMMAND_GOAL_MS). */
function openAndCommandRows(r) {
  const rows = [];
  for (const o of r.open || []) {
    const st = o.ours.stages;
    rows.push({ name: `host_open_${o.label.toLowerCase().replace('.', '_')}`, ours: o.ours.ms, base: o.markdown.ms, goal: 1,
      baseline: `the same ${(o.bytes / 1e6).toFixed(1)} MB as .md, to VS Code's Markdown Outline (${o.markdown.symbols} symbols; ours ${o.ours.symbols}); ` +
        `fastest of ${o.rounds} opens each (first: ours ${ms(o.first.ours)}, Markdown ${ms(o.first.markdown)}); ` +
        `ours: sync ${ms(st.sync)}, detect+switch ${ms(st.switch)}, outline ${ms(st.outline)}, status ${ms(st.status)}; ` +
        `Markdown: sync ${ms(o.markdown.stages.sync)}, outline ${ms(o.markdown.stages.outline)}` });
  }
  if (r.commands) {
    const c = r.commands;
    for (const [key, label] of [['nextTurn', 'next_turn'], ['goToQuestion', 'go_to_question'], ['copyCitation', 'copy_citation']]) {
      rows.push({ name: `host_${label}_at_end`, ours: c[key].best, base: COMMAND_GOAL_MS, goal: 1,
        baseline: `goal ${COMMAND_GOAL_MS} ms; line ${c.line} of ${c.lines}, ${c.questions} questions; first call ${ms(c[key].first)}, best of 5` });
    }
  }
  return rows;
}

function printResults(r) {
  const rows = [
    { name: 'host_outline_cold', ours: r.cold.ours.ms, base: r.cold.markdown.ms, budget: 1,
      baseline: `VS Code's Markdown Outline, first call (${r.cold.ours.symbols} vs ${r.cold.markdown.symbols} symbols)` },
    { name: 'host_outline_after_edit', ours: r.edited.ours.ms, base: r.edited.markdown.ms, budget: 1,
      baseline: 'the same after a one-character edit in the middle (best of 3 edits)' },
    { name: 'host_outline_unchanged', ours: r.again.ours.ms, base: r.again.markdown.ms,
      baseline: 'the same call again on the unchanged document (best of 3): the provider and IPC alone' },
    ...openAndCommandRows(r),
  ];
  for (const row of rows) row.ratio = row.ours / row.base;
  const width = Math.max(...rows.map(row => row.name.length), 'host_activation'.length);
  console.log(`${'row'.padEnd(width)}  ${'ours'.padStart(11)}  ${'base'.padStart(11)}  ${'ratio'.padStart(8)}  budget   baseline`);
  for (const row of rows) {
    // A budget fails the run; a goal (issue 11's aim) is reported only.
    const limit = row.budget ?? row.goal;
    const budget = limit === undefined ? '' : row.budget !== undefined ? `< ${limit}` : `goal ${limit}`;
    const verdict = limit === undefined ? '' : row.ratio < limit ? 'ok' : row.budget !== undefined ? 'OVER' : 'not yet';
    console.log(`${row.name.padEnd(width)}  ${ms(row.ours).padStart(11)}  ${ms(row.base).padStart(11)}  ${row.ratio.toFixed(3).padStart(8)}  ${budget.padEnd(6)} ${verdict.padEnd(7)} ${row.baseline}`);
  }
  console.log(`${'host_activation'.padEnd(width)}  ${ms(r.activation.ms).padStart(11)}  ${''.padStart(11)}  ${''.padStart(8)}           ` +
    `opening the first transcript until activate() resolves${r.activation.wasActive ? ' (already active before: not a cold start)' : ''}`);
  console.log(`sizes: transcript ${(r.bytes.ours / MB).toFixed(1)} MB, ${r.lines.ours} lines; Markdown ${(r.bytes.markdown / MB).toFixed(1)} MB, ${r.lines.markdown} lines; ` +
    `our cache: ${r.cacheStats ? `${r.cacheStats.full} full parses, ${r.cacheStats.incremental} incremental` : 'no stats'}`);
  console.log('bench: ' + rows.map(row => `${row.name}=${row.ratio.toFixed(3)}`).join(' ') + ` host_activation_ms=${r.activation.ms.toFixed(1)}`);
  return rows.every(row => row.budget === undefined || row.ratio < row.budget);
}

async function main() {
  // The extension under development runs from dist/: bundle it as `npm run build` does.
  execFileSync(process.execPath, [path.join(__dirname, 'build.js')], { cwd: ROOT, stdio: 'inherit' });
  const workspace = makeWorkspace();
  let measured = null;
  const verbose = process.argv.includes('--verbose');
  try {
    const run = await runIntegration({
      testsPath: path.join(ROOT, 'bench', 'extensionHost', 'index.js'), workspace, timeoutMs: 600_000, verbose,
      print: line => {
        const m = /^BENCH_HOST (\{.*\})$/.exec(line);
        if (m) measured = JSON.parse(m[1]);
        else if (verbose || /error|fail|TIMEOUT/i.test(line)) console.log(line);
      },
    });
    if (!measured) {
      console.error(`[bench:host] no measurements (extension host exit code ${run.exitCode})`);
      return run.exitCode === 0 ? 3 : run.exitCode;
    }
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  return printResults(measured) ? 0 : 1;
}

main().then(code => process.exit(code), err => {
  console.error(`[bench:host] ${err && err.stack || err}`);
  process.exit(3);
});
