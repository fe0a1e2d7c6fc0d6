'use strict';
// Row 5: memory kept for the 10 MB transcript's model, as a share of the text's size in bytes.
// Measured as V8's heapUsed after full collections with the model alive minus the same without it; the
// text stays alive throughout, so it is not counted (lines that are slices of it cost only their headers).
// Needs `node --expose-gc` (npm run bench passes it); without it the row says so instead of guessing.
const { parseTranscript } = require('../out/src/core/parse');
const { TranscriptDocument } = require('../out/src/core/incremental/document');
const { buildOutline } = require('../out/src/core/outline');

const MB = 1024 * 1024;
const BUDGET = 1;

/** heapUsed once nothing collectable is left (two passes: the first can leave weak-reference work behind). */
function settledHeap() {
  global.gc();
  global.gc();
  return process.memoryUsage().heapUsed;
}

/**
 * Heap kept by what `build()` returns: one round per call, so that nothing from an earlier round can still be
 * held by the caller's frame (an interpreter register keeps the last value it held until reused).
 */
function keptOnce(build) {
  const before = settledHeap();
  const holder = { kept: build() };
  const after = settledHeap();
  holder.kept = null;
  return after - before;
}

/** The median of `rounds` rounds: a stray allocation or a late collection can push one round either way. */
function keptBytes(build, rounds = 3) {
  const values = [];
  for (let i = 0; i < rounds; i++) values.push(keptOnce(build));
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)];
}

/** Uses what the editor uses (speakers, outline), so lazily computed parts of the model are counted too. */
function touch(transcript) {
  void transcript.speakers;
  buildOutline(transcript);
  return transcript;
}

function memoryRows(plain) {
  const bytes = Buffer.byteLength(plain);
  const mb = n => `${(n / MB).toFixed(1)} MB`;
  if (typeof global.gc !== 'function') {
    return [{ name: 'memory_10mb_model', budget: BUDGET, ratio: NaN, ours: 'no gc', base: mb(bytes),
      baseline: 'run with node --expose-gc (npm run bench does)' }];
  }
  const model = keptBytes(() => touch(parseTranscript(plain, { fileName: 'bench.txt' })));
  // What the extension's cache keeps per document: the lines, the parse states for incremental updates, the model.
  const cached = keptBytes(() => {
    const doc = new TranscriptDocument(plain, { fileName: 'bench.txt' });
    touch(doc.transcript);
    return doc;
  });
  return [
    { name: 'memory_10mb_model', budget: BUDGET, ratio: model / bytes, ours: mb(model), base: mb(bytes),
      baseline: 'the text\'s size in UTF-8 bytes (heap kept by parseTranscript\'s model, text excluded)' },
    { name: 'memory_10mb_cache_entry', ratio: cached / bytes, ours: mb(cached), base: mb(bytes),
      baseline: 'the same, for the extension cache\'s TranscriptDocument (lines + incremental state + model)' },
  ];
}

module.exports = { memoryRows, keptBytes };
