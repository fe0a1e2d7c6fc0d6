'use strict';
// Hostile rows: each hostile input (bench/hostileInputs.js, at the size issue 4 names) parsed as each format it
// applies to, against ordinary transcript of the same length in the same format, measured in the same run.
// A linear parser stays within a small factor of the ordinary text; the budget (100) is loose enough for inputs
// that are linear but dense in turns (200,000 one-word labels make one turn every 6 bytes instead of every few
// hundred, about 50 times the work per byte), and a parse that is super-linear on the input exceeds it by far.
// Linearity itself is tested in test/unit/hostile.test.ts (4 times the input, under 8 times the time).
const { parseTranscript } = require('../out/src/core/parse');
const { decodeBytes, BinaryFileError } = require('../out/src/core/decode');
const { HOSTILE, hostileText, ordinaryText } = require('./hostileInputs');
const { timeOnce, gcIfExposed } = require('./measure');

const BUDGET = 100;
/**
 * Markdown rows: every Markdown input remark would read super-linearly is read line by line instead
 * (src/core/parse/markdownHostile.ts), so each stays within 10 times ordinary Markdown of its size (issue 13).
 */
const MARKDOWN_BUDGET = 10;
const budgetFor = file => (file.endsWith('.md') ? MARKDOWN_BUDGET : BUDGET);
/** Once one run of the hostile parse has taken this long, more runs add nothing but waiting. */
const ENOUGH_MS = 2000;

/**
 * Best of up to `rounds` interleaved runs each (alternating who goes first); the candidate stops early
 * once it is clearly slow. On a busy machine a run of a few hundred milliseconds is often interrupted
 * while a run of a few is not, so the candidate gets as many rounds as the baseline.
 */
function compareCapped(candidate, baseline, rounds = 5) {
  baseline(); // warm-up; the candidate's first run doubles as its own
  let c = Infinity;
  let b = Infinity;
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 === 0 ? ['b', 'c'] : ['c', 'b'];
    for (const side of order) {
      gcIfExposed();
      if (side === 'b') b = Math.min(b, timeOnce(baseline)); else c = Math.min(c, timeOnce(candidate));
    }
    if (c > ENOUGH_MS) break;
  }
  // The baseline is cheap: it gets all its rounds even when the candidate stopped early.
  for (let i = 0; i < rounds; i++) {
    gcIfExposed();
    b = Math.min(b, timeOnce(baseline));
  }
  return { candidateMs: c, baselineMs: b, ratio: c / b };
}

const shortName = file => file.slice(file.lastIndexOf('.') + 1);

/** Random bytes go through decodeBytes as a file would; the ordinary text does too, for the same work. */
function hostileRow(name, file) {
  const input = HOSTILE[name];
  if (input.bytes) {
    const bytes = input.bytes(input.count);
    const ordinary = Buffer.from(ordinaryText(bytes.length, file), 'utf8').subarray(0, bytes.length);
    const read = b => {
      try { return parseTranscript(decodeBytes(b).text, { fileName: file }); } catch (err) { if (!(err instanceof BinaryFileError)) throw err; return null; }
    };
    return { name: `hostile_${name}_${shortName(file)}`, budget: budgetFor(file), ...compareCapped(() => read(bytes), () => read(ordinary)),
      baseline: `${input.what}, as ${file}; vs ordinary bytes`, remeasure: () => compareCapped(() => read(bytes), () => read(ordinary), 9) };
  }
  const text = hostileText(name, input.count, decodeBytes);
  const ordinary = ordinaryText(text.length, file);
  const measure = rounds => compareCapped(() => parseTranscript(text, { fileName: file }), () => parseTranscript(ordinary, { fileName: file }), rounds);
  return {
    name: `hostile_${name}_${shortName(file)}`, budget: budgetFor(file), ...measure(),
    baseline: `${input.what}, as ${file}; vs ordinary text of ${(text.length / 1024).toFixed(0)} KB`,
    remeasure: () => measure(9),
  };
}

function hostileRows() {
  const rows = [];
  for (const [name, input] of Object.entries(HOSTILE)) {
    for (const file of input.files) rows.push(hostileRow(name, file));
  }
  return rows;
}

module.exports = { hostileRows, compareCapped };
