'use strict';
// Hostile inputs, shared by the bench rows (bench/hostile.js) and the unit tests (test/unit/hostile.test.ts).
// Each input is made from a count (lines, characters, nesting levels, ...) so that a test can compare
// count N with 4N; `count` is the size issue 4 names. All are deterministic: a failure can be reproduced.
const { plainTranscript, markdownTranscript } = require('./inputs');

/** `unit` repeated to exactly `length` characters, `end` replacing the tail. */
function fill(unit, length, end = '') {
  const body = unit.repeat(Math.ceil(length / unit.length)).slice(0, Math.max(0, length - end.length));
  return body + end;
}

/** A capitalised word for each number (Ab, Ac, ..., Bab, ...): distinct names, so distinct speakers. */
function nameFor(i) {
  let word = '';
  let n = i + 26;
  while (n > 0) { word = String.fromCharCode(97 + (n % 26)) + word; n = Math.floor(n / 26); }
  return word[0].toUpperCase() + word.slice(1);
}

/** Pseudo-random bytes (xorshift32, fixed seed): reproducible noise. */
function randomBytes(size, seed = 0x9e3779b9) {
  const bytes = new Uint8Array(size);
  let x = seed >>> 0;
  for (let i = 0; i < size; i++) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

/** Random bytes with the C0 controls (NUL included) moved up into printable ASCII, line breaks kept. */
function randomTextBytes(size, seed = 0x2545f491) {
  const bytes = randomBytes(size, seed);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x0a && b !== 0x0d) bytes[i] = 0x20 + b * 2;
  }
  return bytes;
}

const ALL = ['bench.txt', 'bench.md', 'bench.vtt'];
const MARKDOWN = ['bench.md'];

/**
 * The hostile texts by name: `make(count)` gives the text; `count` is the size issue 4 names;
 * `files` are the file names it is parsed as (the name picks the format).
 */
const HOSTILE = {
  single_line: { what: 'one line of 5,000,000 characters of prose', count: 5_000_000, files: ALL,
    make: n => fill('the quick brown fox jumps over the lazy dog ', n) },
  colon_lines: { what: '200,000 one-word lines ending in a colon (distinct words)', count: 200_000, files: ALL,
    make: n => Array.from({ length: n }, (_, i) => `${nameFor(i)}:`).join('\n') },
  open_parens: { what: '100,000 opening parentheses', count: 100_000, files: ALL, make: n => '('.repeat(n) },
  bold_markers: { what: '50,000 `**`', count: 50_000, files: ALL, make: n => '**'.repeat(n) },
  capital_runs: { what: 'lines of 100,000 characters `A A A ... :` (10 lines)', count: 10, files: ALL,
    make: n => Array.from({ length: n }, () => fill('A ', 100_000, ':')).join('\n') },
  random_text: { what: '1,000,000 random bytes without NUL, decoded with decodeBytes', count: 1_000_000, files: ALL,
    bytes: n => randomTextBytes(n) },
  nested_list_line: { what: 'a list 5,000 levels deep on one line (`- - - ... item`)', count: 5000, files: MARKDOWN,
    make: n => '- '.repeat(n) + 'item' },
  nested_quote_lines: { what: '20 lines of blockquotes 5,000 levels deep (`> > > ... quote`)', count: 5000, files: MARKDOWN,
    make: n => Array.from({ length: 20 }, () => '> '.repeat(n) + 'quote').join('\n') },
  indented_list: { what: 'a list nested 500 levels by indentation, one level per line', count: 500, files: MARKDOWN,
    make: n => Array.from({ length: n }, (_, i) => '  '.repeat(i) + '- item').join('\n') },
  quote_runs: { what: '5,000 one-line blockquotes separated by blank lines', count: 5000, files: MARKDOWN,
    make: n => fill('> quote\n\n', n * 9) },
  // Issue 13: shapes on which remark's work grows faster than the text, inside an ordinary transcript.
  nested_emphasis: { what: 'emphasis nested 10,000 levels in one turn (`*a *a … x … a* a*`)', count: 10_000, files: MARKDOWN,
    make: n => inTranscript('*a '.repeat(n) + 'x' + ' a*'.repeat(n)) },
  nested_strong: { what: 'strong emphasis nested 5,000 levels in one turn (`__a __a … x … a__ a__`)', count: 5000, files: MARKDOWN,
    make: n => inTranscript('__a '.repeat(n) + 'x' + ' a__'.repeat(n)) },
  nested_links: { what: 'links nested 10,000 levels in one turn (`[a [a … x … a](u) a](u)`)', count: 10_000, files: MARKDOWN,
    make: n => inTranscript('[a '.repeat(n) + 'x' + ' a](u)'.repeat(n)) },
  nested_images: { what: 'images nested 5,000 levels in one turn (`![a ![a … x … a](u) a](u)`)', count: 5000, files: MARKDOWN,
    make: n => inTranscript('![a '.repeat(n) + 'x' + ' a](u)'.repeat(n)) },
  emphasis_lines: { what: '20,000 lines of emphasis nested 32 levels, one paragraph', count: 20_000, files: MARKDOWN,
    make: n => inTranscript(Array.from({ length: n }, () => '*a '.repeat(32) + 'x' + ' a*'.repeat(32)).join('\n')) },
  list_items: { what: '59,000 list items `- x`', count: 59_000, files: MARKDOWN,
    make: n => Array.from({ length: n }, () => '- x').join('\n') },
  ordered_items: { what: '59,000 list items `1. x`', count: 59_000, files: MARKDOWN,
    make: n => Array.from({ length: n }, (_, i) => `${i % 1000}. x`).join('\n') },
  list_31_deep: { what: '20,000 list items nested 0-30 levels by indentation (under the 32-level cut-off)', count: 20_000, files: MARKDOWN,
    make: n => Array.from({ length: n }, (_, i) => '  '.repeat(i % 31) + '- x').join('\n') },
  list_31_line: { what: '20,000 lines each a list 31 levels deep (`- - … x`)', count: 20_000, files: MARKDOWN,
    make: n => Array.from({ length: n }, () => '- '.repeat(31) + 'x').join('\n') },
  loose_list_31: { what: '20,000 lines each a list 31 levels deep, blank lines between', count: 20_000, files: MARKDOWN,
    make: n => Array.from({ length: n }, () => '- '.repeat(31) + 'x').join('\n\n') },
  quote_lines: { what: '59,000 quote lines `> x`', count: 59_000, files: MARKDOWN,
    make: n => Array.from({ length: n }, () => '> x').join('\n') },
  quote_31_deep: { what: '20,000 quote lines nested 1-31 levels (`> > … x`)', count: 20_000, files: MARKDOWN,
    make: n => Array.from({ length: n }, (_, i) => '> '.repeat(1 + (i % 31)) + 'x').join('\n') },
  html_lines: { what: '59,000 lines of HTML block starts (`<div>`)', count: 59_000, files: MARKDOWN,
    make: n => Array.from({ length: n }, () => '<div>').join('\n') },
};

/** A hostile paragraph as the second speaker's turn of a short Markdown transcript (issue 13's reproduction). */
function inTranscript(paragraph) {
  return '# T\n\n**A:** hi\n\n**B:** ' + paragraph + '\n\n**C:** end\n';
}

/** Text of a hostile input at `count` (random bytes decoded the way the editor would). */
function hostileText(name, count, decodeBytes) {
  const input = HOSTILE[name];
  return input.bytes ? decodeBytes(input.bytes(count)).text : input.make(count);
}

/** The example transcript as WebVTT: one cue per paragraph, `<v Name>` where a turn starts. */
function captionsTranscript(size) {
  const stamp = s => [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map(x => String(x).padStart(2, '0')).join(':') + '.000';
  const cues = ['WEBVTT\n'];
  let total = cues[0].length;
  let second = 0;
  for (const paragraph of plainTranscript(size).split('\n')) {
    if (total >= size) break;
    if (paragraph.trim() === '') continue;
    const m = /^([A-Z][^:]{0,60}):\s*(.*)$/.exec(paragraph);
    const cue = `\n${stamp(second)} --> ${stamp(second + 4)}\n${m ? `<v ${m[1]}>${m[2]}` : paragraph}\n`;
    cues.push(cue);
    total += cue.length;
    second += 4;
  }
  return cues.join('').slice(0, size);
}

/** Ordinary transcript of `size` characters in the format the file name picks: the linear baseline. */
function ordinaryText(size, fileName) {
  if (fileName.endsWith('.md')) return markdownTranscript(size).slice(0, size);
  if (fileName.endsWith('.vtt')) return captionsTranscript(size);
  return plainTranscript(size).slice(0, size);
}

module.exports = { HOSTILE, hostileText, ordinaryText, captionsTranscript, fill, randomBytes, randomTextBytes };
