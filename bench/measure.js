'use strict';
// Timing that survives a noisy machine (two cores shared with other work): candidate and baseline run
// interleaved, in alternating order, for several rounds, and each side keeps its fastest run (the run
// least disturbed by other work); the ratio is fastest against fastest. A row over its budget is measured
// again (`remeasure`, see withRemeasure) before scripts/bench.js gives its verdict: a verdict must hold,
// not be one busy moment.
function timeOnce(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function gcIfExposed() {
  if (global.gc) global.gc();
}

function compare(candidate, baseline, { rounds = 9, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i++) { candidate(); baseline(); }
  let c = Infinity;
  let b = Infinity;
  for (let i = 0; i < rounds; i++) {
    // Alternate who goes first: whatever the previous run leaves behind (garbage, a cold cache) falls on both.
    const order = i % 2 === 0 ? [['b', baseline], ['c', candidate]] : [['c', candidate], ['b', baseline]];
    for (const [side, fn] of order) {
      gcIfExposed();
      const ms = timeOnce(fn);
      if (side === 'c') c = Math.min(c, ms); else b = Math.min(b, ms);
    }
  }
  return { candidateMs: c, baselineMs: b, ratio: c / b };
}

/**
 * The row `row` with its first measurement and a `remeasure()` that measures it again (more rounds);
 * scripts/bench.js calls it for a row over its budget and keeps the best of all rounds of each side.
 */
function withRemeasure(row, measure, again = measure) {
  return { ...row, ...measure(), remeasure: again };
}

/** Combines a row's measurement with another of the same row: the fastest run of each side wins. */
function combine(first, second) {
  const candidateMs = Math.min(first.candidateMs, second.candidateMs);
  const baselineMs = Math.min(first.baselineMs, second.baselineMs);
  return { candidateMs, baselineMs, ratio: candidateMs / baselineMs };
}

module.exports = { compare, timeOnce, withRemeasure, combine, gcIfExposed };
