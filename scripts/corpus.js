#!/usr/bin/env node
// `npm run corpus -- DIR`: reads every transcript in DIR the way the command-line tool does
// (decodeBytes, then parseTranscript, from the bundle dist/cli.js, rebuilt first when it is
// missing or older than src/) and prints a table: format, encoding, lines, turns, speakers,
// questions, exchanges (and how many of them were inferred), sections and parse time (best of 3 runs, in ms),
// then, for each file with inferred exchanges, who was found to ask and how many exchanges each opens.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const bundle = path.join(root, 'dist', 'cli.js');
const SKIPPED = new Set(['MANIFEST.tsv', 'README.md']);
const RUNS = 3;

function newestTime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestTime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function loadCore() {
  if (!fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < newestTime(path.join(root, 'src'))) {
    process.stderr.write('corpus: building dist/cli.js first (npm run build)\n');
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.js')], { cwd: root, stdio: 'inherit' });
  }
  return require(bundle);
}

function analyse(core, file) {
  const bytes = fs.readFileSync(file);
  let decoded;
  try {
    decoded = core.decodeBytes(bytes);
  } catch (err) {
    return { error: err.message, bytes: bytes.length };
  }
  let transcript;
  let best = Infinity;
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    transcript = core.parseTranscript(decoded.text, { fileName: path.basename(file), encoding: decoded.encoding });
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return {
    bytes: bytes.length,
    format: transcript.format,
    encoding: transcript.encoding,
    lines: transcript.lineCount,
    turns: transcript.turns.length,
    speakers: transcript.speakers.length,
    questions: transcript.turns.filter(t => t.isQuestion).length,
    exchanges: transcript.exchanges.length,
    inferred: transcript.exchanges.filter(e => e.inferred).length,
    askers: askerCounts(transcript),
    sections: transcript.sections.length,
    ms: best,
  };
}

const COLUMNS = [
  { title: 'file', left: true, value: r => r.name },
  { title: 'KB', value: r => (r.bytes / 1024).toFixed(0) },
  { title: 'format', left: true, value: r => r.format ?? '-' },
  { title: 'encoding', left: true, value: r => r.encoding ?? '-' },
  { title: 'lines', value: r => r.lines },
  { title: 'turns', value: r => r.turns },
  { title: 'speakers', value: r => r.speakers },
  { title: 'questions', value: r => r.questions },
  { title: 'exchanges', value: r => r.exchanges },
  { title: 'inferred', value: r => r.inferred },
  { title: 'sections', value: r => r.sections },
  { title: 'parse ms', value: r => (r.ms === undefined ? '-' : r.ms.toFixed(1)) },
];

function printTable(rows) {
  const cells = rows.map(r => COLUMNS.map(c => (r.error && !['file', 'KB'].includes(c.title) ? '' : String(c.value(r) ?? '-'))));
  const widths = COLUMNS.map((c, i) => Math.max(c.title.length, ...cells.map(row => row[i].length)));
  const line = row => row.map((cell, i) => (COLUMNS[i].left ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  const out = [line(COLUMNS.map(c => c.title)), line(widths.map(w => '-'.repeat(w)))];
  rows.forEach((r, i) => out.push(r.error ? `${line(cells[i])}  ${r.error}` : line(cells[i])));
  process.stdout.write(`${out.join('\n')}\n`);
}

/** `Chris Wallace 22, Joe Roe 3`: each inferred asker and the exchanges they open, most first. */
function askerCounts(transcript) {
  const counts = new Map();
  for (const e of transcript.exchanges) if (e.inferred) counts.set(e.asker, (counts.get(e.asker) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([who, n]) => `${who} ${n}`).join(', ');
}

function printAskers(rows) {
  const withAskers = rows.filter(r => r.askers);
  if (withAskers.length === 0) return;
  process.stdout.write('\nInferred askers (exchanges each opens):\n');
  for (const r of withAskers) process.stdout.write(`  ${r.name}: ${r.askers}\n`);
}

function main() {
  const dir = process.argv[2];
  if (!dir || process.argv.length > 3) {
    process.stderr.write('usage: npm run corpus -- DIR\n');
    return 2;
  }
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    process.stderr.write(`corpus: ${dir} is not a directory\n`);
    return 1;
  }
  const core = loadCore();
  const names = fs.readdirSync(dir)
    .filter(name => !SKIPPED.has(name) && !name.startsWith('.') && fs.statSync(path.join(dir, name)).isFile())
    .sort();
  const rows = names.map(name => ({ name, ...analyse(core, path.join(dir, name)) }));
  printTable(rows);
  printAskers(rows);
  const failed = rows.filter(r => r.error).length;
  process.stdout.write(`\n${rows.length} files, ${failed} not readable; parse time is the best of ${RUNS} runs\n`);
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  process.stderr.write(`corpus: ${err && err.message ? err.message.split('\n')[0] : err}\n`);
  process.exitCode = 1;
}
