'use strict';
// Timing that survives a noisy machine: candidate and baseline run interleaved, several rounds, and the
// ratio is taken from the fastest run of each (the run least disturbed by other work).
function timeOnce(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function compare(candidate, baseline, { rounds = 9, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i++) { candidate(); baseline(); }
  const c = [];
  const b = [];
  for (let i = 0; i < rounds; i++) {
    if (global.gc) global.gc();
    b.push(timeOnce(baseline));
    if (global.gc) global.gc();
    c.push(timeOnce(candidate));
  }
  const best = xs => Math.min(...xs);
  return { candidateMs: best(c), baselineMs: best(b), ratio: best(c) / best(b) };
}

module.exports = { compare, timeOnce };
