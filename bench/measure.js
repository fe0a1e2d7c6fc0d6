'use strict';
// Timing that survives a noisy machine (two cores shared with other work):
// - a run is timed in CPU time (process.cpuUsage: user + system), not wall time. On a machine with ten
//   runnable jobs per core, a 250 ms parse is taken off the core again and again and its wall time grows
//   with the load, while a 3 ms baseline often runs in one slice: wall-clock ratios between the two then
//   measure the load (a row read 360 where it reads 80 on a quiet machine). CPU time is what the code
//   costs, whoever else runs.
// - candidate and baseline run interleaved, in alternating order, for several rounds, and each side keeps
//   its fastest run (the least disturbed: caches refilled after a switch only ever add); the ratio is
//   fastest against fastest.
// - a row over its budget is measured again (`remeasure`, see withRemeasure) before scripts/bench.js gives
//   its verdict: a verdict must hold, not be one busy moment.
function timeOnce(fn) {
  const start = process.cpuUsage();
  fn();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

function gcIfExposed() {
  if (global.gc) global.gc();
}

function compare(candidate, baseline, { rounds = 9, warmup = 2, collect = true } = {}) {
  for (let i = 0; i < warmup; i++) { candidate(); baseline(); }
  let c = Infinity;
  let b = Infinity;
  for (let i = 0; i < rounds; i++) {
    // Alternate who goes first: whatever the previous run leaves behind (garbage, a cold cache) falls on both.
    const order = i % 2 === 0 ? [['b', baseline], ['c', candidate]] : [['c', candidate], ['b', baseline]];
    for (const [side, fn] of order) {
      if (collect) gcIfExposed();
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
