'use strict';
// Quote rows (issue 9): 200 transcripts (about 60 MB) made of the shared corpus's transcripts, each file a
// different mix of them, one of them holding the sentence quoted. After indexing (QuoteIndex.add of each
// file's text and model), a lookup of the quote (candidates from the index, the candidate files read from
// disk, the quote aligned) against ripgrep's exact search of the same quote over the same files (`rg -F -c`,
// a child process, as a user would run it). Both timed in wall-clock time (ripgrep works in several
// threads and a child's CPU time is not visible here), each side keeping its fastest of interleaved rounds.
// And the memory the index keeps (heap and array buffers after full collections, with it minus without it) against the
// text's size in bytes (needs --expose-gc). ripgrep missing: the lookup row says so (NaN ratio, no crash).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { parseTranscript } = require('../out/src/core/parse');
const { QuoteIndex } = require('../out/src/core/quotes');
const { CORPUS, exampleText } = require('./inputs');

const FILES = 200;
const FILE_BYTES = 240 * 1024;
const LOOKUP_BUDGET = 1;
const MEMORY_BUDGET = 0.5;
const ROUNDS = 7;
const MB = 1024 * 1024;
const SAID = 'The harbour commission will publish the full corrosion report on the ninth of October, and not a day later.';
const QUOTED = 'The harbour commission will publish the full corrosion report on the ninth of October';
const ALTERED = '“the harbour commission will release the corrosion report … not a day later”';

/** The corpus's plain-text and Markdown transcripts (else the example), as the pieces the files are made of. */
function pieces() {
  const names = fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS).filter(f => /\.(md|txt)$/.test(f) && f !== 'README.md').sort() : [];
  const texts = names.map(f => fs.readFileSync(path.join(CORPUS, f), 'utf8'));
  return texts.length ? texts : [exampleText()];
}

/** File i: the pieces from piece i onward, until FILE_BYTES; file 137 holds the sentence quoted, mid-file. */
function writeFiles(dir) {
  const parts = pieces();
  const files = [];
  let bytes = 0;
  for (let i = 0; i < FILES; i++) {
    const chosen = [];
    let size = 0;
    for (let k = i; size < FILE_BYTES; k += 1 + (i % 3)) {
      chosen.push(parts[k % parts.length]);
      size += Buffer.byteLength(parts[k % parts.length]);
    }
    let text = chosen.join('\n\n');
    if (i === 137) {
      const at = text.indexOf('\n\n', Math.floor(text.length / 2));
      text = `${text.slice(0, at)}\n\nHARBOUR MASTER: ${SAID}\n${text.slice(at)}`;
    }
    const file = path.join(dir, `transcript-${String(i).padStart(3, '0')}.txt`);
    fs.writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}

/** Heap and array buffers (the index's typed arrays live outside the heap) once nothing collectable is left. */
function settledMemory() {
  global.gc();
  global.gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

function wallMs(fn) {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function hasRipgrep() {
  return spawnSync('rg', ['--version'], { encoding: 'utf8' }).status === 0;
}

function quoteRows() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transcript-quote-bench-'));
  try {
    const { files, bytes } = writeFiles(dir);
    const texts = files.map(f => fs.readFileSync(f, 'utf8'));
    const canCollect = typeof global.gc === 'function';
    const before = canCollect ? settledMemory() : 0;
    const index = new QuoteIndex();
    files.forEach((f, i) => index.add(f, texts[i], parseTranscript(texts[i], { fileName: path.basename(f) })));
    const kept = canCollect ? settledMemory() - before : NaN;
    const readText = file => fs.readFileSync(file, 'utf8');
    const rows = [];
    const rg = hasRipgrep();
    const ripgrep = () => spawnSync('rg', ['-F', '-c', QUOTED, dir], { encoding: 'utf8' });
    let ours = Infinity;
    let altered = Infinity;
    let base = Infinity;
    let found = null;
    for (let round = 0; round < ROUNDS; round++) {
      const lookup = wallMs(() => index.findSync(QUOTED, readText));
      ours = Math.min(ours, lookup.ms);
      found = lookup.value[0];
      altered = Math.min(altered, wallMs(() => index.findSync(ALTERED, readText)).ms);
      if (rg) {
        const search = wallMs(ripgrep);
        if (!/transcript-137\.txt:1/.test(search.value.stdout)) throw new Error(`rg did not find the quote: ${search.value.stdout}`);
        base = Math.min(base, search.ms);
      }
    }
    if (!found || !found.file.endsWith('transcript-137.txt')) throw new Error('the quote lookup did not find the quote');
    const baseline = `rg -F -c (exact search, ${FILES} files, ${(bytes / MB).toFixed(0)} MB)`;
    rows.push(rg
      ? { name: 'quote_lookup_vs_ripgrep', budget: LOOKUP_BUDGET, candidateMs: ours, baselineMs: base, ratio: ours / base, baseline }
      : { name: 'quote_lookup_vs_ripgrep', budget: LOOKUP_BUDGET, ratio: NaN, ours: `${ours.toFixed(1)} ms`, base: 'no rg', baseline: 'ripgrep (rg) is not installed: apt-get install ripgrep' });
    rows.push(rg
      ? { name: 'quote_lookup_altered_vs_ripgrep', candidateMs: altered, baselineMs: base, ratio: altered / base, baseline: `${baseline}; rg cannot find the altered quote` }
      : { name: 'quote_lookup_altered_vs_ripgrep', ratio: NaN, ours: `${altered.toFixed(1)} ms`, base: 'no rg', baseline: 'ripgrep (rg) is not installed' });
    rows.push({
      name: 'quote_index_memory', budget: MEMORY_BUDGET, ratio: kept / bytes,
      ours: canCollect ? `${(kept / MB).toFixed(1)} MB` : 'no gc', base: `${(bytes / MB).toFixed(1)} MB`,
      baseline: canCollect ? `text of the ${FILES} transcripts (index arrays alone: ${(index.memoryBytes() / MB).toFixed(1)} MB)` : 'run with node --expose-gc (npm run bench does)',
    });
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { quoteRows };
