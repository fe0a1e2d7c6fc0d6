/**
 * For any string: parsing does not throw, every range lies in the document, turns are in order and do not
 * overlap, every exchange's answers come after its question.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import type { Transcript } from '../../../src/core/model';
import type { Range } from '../../../src/core/position';
import { parseOrThrow as parseTranscript, splitLines } from '../../../src/core/parse';

// Pieces of real conventions, so that random documents exercise labels, headings, cues and pages.
const PIECES = [
  'Question: ', 'Question (to both ministers): ', 'Q  ', 'A.  ', 'Sergey Lavrov: ', 'MS. PSAKI:\u00a0 ', 'HOLT:', '**Ann:** ',
  '**Bob**: ', '## Topic', '# Title', '---', '* * *', '[00:12:34] ', 'Speaker 1: 00:01:17', '(00:05:48) ', 'WEBVTT',
  '00:00:01.000 --> 00:00:02.000', '00:00:00,179 --> 00:00:02,399', '<v Sarah>', ' 1   ', '12          JUSTICE ALITO:  ',
  '\f', '主持人：', '（SA）', 'text', 'more words here', '8 April 202114:32', 'Join the list mailing list', '```', '> ',
  '\n', '\n\n', '\r\n', '\r', ' ', ':', '(', ')', '*', '**', '\u00a0',
];

const documents = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 60 }).map(parts => parts.join(''));
const formats = fc.constantFrom('doc.txt', 'doc.md', 'doc.vtt', 'doc.srt', undefined);

function within(r: Range, lines: readonly string[], what: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} outside 0..${lines.length - 1}`);
    assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `${what}: character ${p.character} outside line ${p.line}`);
  }
  assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: range ends before it starts`);
}

function checkInvariants(t: Transcript, text: string): void {
  const lines = splitLines(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text);
  assert.strictEqual(t.lineCount, lines.length);
  let previousEnd = { line: -1, character: 0 };
  for (const turn of t.turns) {
    within(turn.range, lines, `turn ${turn.index}`);
    if (turn.labelRange) within(turn.labelRange, lines, `label of turn ${turn.index}`);
    for (const p of turn.paragraphs) within(p.range, lines, `paragraph of turn ${turn.index}`);
    const startsAfter = turn.range.start.line > previousEnd.line ||
      (turn.range.start.line === previousEnd.line && turn.range.start.character >= previousEnd.character);
    assert.ok(startsAfter, `turn ${turn.index} overlaps the turn before it`);
    previousEnd = turn.range.end;
  }
  for (const e of t.exchanges) {
    within(e.range, lines, `exchange Q${e.number}`);
    assert.ok(e.question.isQuestion || e.inferred === true, `Q${e.number} neither marked nor inferred`);
    for (const a of e.answers) assert.ok(a.index > e.question.index, `an answer of Q${e.number} comes before its question`);
    assert.strictEqual(typeof e.topic, 'string');
  }
  for (const s of t.sections) within(s.range, lines, `section ${s.title}`);
  for (const b of t.boilerplate) within(b, lines, 'boilerplate');
}

describe('parser properties', () => {
  it('never throws and keeps every range inside the document, in order (random convention soup)', () => {
    fc.assert(fc.property(documents, formats, (text, fileName) => {
      checkInvariants(parseTranscript(text, { fileName }), text);
    }), { numRuns: 400 });
  });

  it('never throws on arbitrary Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), formats, (text, fileName) => {
      checkInvariants(parseTranscript(text, { fileName }), text);
    }), { numRuns: 300 });
  });
});
