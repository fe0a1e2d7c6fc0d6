/**
 * Incremental parsing is correct: after any sequence of edits, the transcript a TranscriptDocument holds equals
 * a full parse of the edited text.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { TranscriptDocument } from '../../../src/core/incremental/document';
import type { TextChange } from '../../../src/core/incremental/textChange';
import { parseOrThrow, splitLines } from '../../../src/core/parse';
import { modelSnapshot } from './snapshot';
import { buildOutline, OutlineMemo } from '../../../src/core/outline';

const LINES = [
  'Question: What about the treaty?', 'Question (to both ministers): And the vaccine passports?', 'Sergey Lavrov: We will see.',
  'Anna Petrova (speaking after Lars Berg): Yes.', 'Q  Thank you.', 'MS. PSAKI:  Hi, everyone.', 'HOLT:', '',
  'A continuation paragraph of the answer.', 'More words here, wrapped', '## Budget', '* * *', '[00:12:34]',
  '(00:05:48) A timed paragraph.', 'Join the Example mailing list', 'Speaker 1: 00:01:17', 'Ann Lee  00:03:00',
];

/** A plain transcript of header, opening and turns, built from the lines above. */
const documents = fc.tuple(
  fc.array(fc.constantFrom(...LINES), { minLength: 5, maxLength: 40 }),
  fc.boolean(),
).map(([body, withHeader]) => {
  const header = withHeader ? ['The Ministry of Examples', '', 'Statement by Anna Petrova, Riverton, March 3, 2022', '', '3 March 202211:05', '', 'Ladies and gentlemen,', ''] : [];
  return [...header, 'Opening speaker: Welcome.', '', ...body].join('\n');
});

/** An edit at a random place: a character, a line, a label, a blank line, or a deletion. */
function editFor(text: string, seed: { line: number; column: number; span: number; kind: number; insert: string }): TextChange {
  const lines = splitLines(text);
  const line = seed.line % lines.length;
  const column = Math.min(seed.column, lines[line].length);
  const endLine = Math.min(lines.length - 1, line + (seed.kind === 3 ? seed.span % 3 : 0));
  const endColumn = seed.kind === 3 ? Math.min(seed.column, lines[endLine].length) : column;
  const end = endLine > line || endColumn >= column ? { line: endLine, character: endColumn } : { line, character: column };
  const texts = ['x', '\n', '\n\n', 'Question: New question?\n', 'Bo Chen: ', '', ':', '## Heading\n', seed.insert];
  return { range: { start: { line, character: column }, end }, text: texts[seed.kind % texts.length] };
}

function applyToText(text: string, change: TextChange): string {
  const lines = splitLines(text);
  const { start, end } = change.range;
  const before = lines.slice(0, start.line).concat([lines[start.line].slice(0, start.character)]).join('\n');
  const after = [lines[end.line].slice(end.character)].concat(lines.slice(end.line + 1)).join('\n');
  return before + change.text + after;
}

const edits = fc.array(fc.record({
  line: fc.nat(200), column: fc.nat(60), span: fc.nat(5), kind: fc.nat(9),
  insert: fc.constantFrom('Q: ', 'Sergey Lavrov: ', 'x y z', '\n(Laughter.)\n', '* * *', '12:30\n'),
}), { minLength: 1, maxLength: 8 });

/** Runs random edit sequences on documents of `arbitrary`, comparing after each edit; returns how many were incremental. */
function checkAgainstFullParses(arbitrary: fc.Arbitrary<string>, fileName: string): { incremental: number; total: number } {
  let incremental = 0;
  let total = 0;
  fc.assert(fc.property(arbitrary, edits, (initial, seeds) => {
    const doc = new TranscriptDocument(initial, { fileName });
    const memo = new OutlineMemo();
    buildOutline(doc.transcript, memo);
    let text = initial;
    for (const seed of seeds) {
      const change = editFor(text, seed);
      text = applyToText(text, change);
      doc.update([change]);
      total++;
      if (doc.lastUpdate === 'incremental') incremental++;
      const full = parseOrThrow(text, { fileName });
      assert.deepStrictEqual(modelSnapshot(doc.transcript), modelSnapshot(full));
      // The outline built with nodes kept from earlier versions is the outline of the full parse.
      assert.deepStrictEqual(buildOutline(doc.transcript, memo), buildOutline(full));
    }
  }), { numRuns: 300 });
  return { incremental, total };
}

describe('incremental parsing', () => {
  it('equals a full parse after every edit of a random sequence (plain transcripts)', () => {
    const { incremental, total } = checkAgainstFullParses(documents, 'doc.txt');
    // The test is only worth something if most edits took the incremental path.
    assert.ok(incremental > total / 2, `only ${incremental} of ${total} edits were parsed incrementally`);
  });

  it('equals a full parse after every edit of a random sequence (Markdown transcripts)', () => {
    // Markdown transcripts put a blank line between turns, as the corpus's do.
    const markdownDocuments = documents.map(text => text
      .replace(/^(Question(?: \([^)]*\))?|Sergey Lavrov|Anna Petrova(?: \([^)]*\))?|MS\. PSAKI|Opening speaker):/gm, '**$1:**')
      .split('\n').join('\n\n'));
    const { incremental, total } = checkAgainstFullParses(markdownDocuments, 'doc.md');
    assert.ok(incremental > total / 3, `only ${incremental} of ${total} edits were parsed incrementally`);
  });

  it('parses a one-character edit in the middle of a long transcript incrementally and keeps unaffected turns', () => {
    const turns = Array.from({ length: 400 }, (_, i) => (i % 2 ? `Sergey Lavrov: Answer ${i}.` : `Question: Question ${i}?`));
    const text = ['Opening: Hello.', '', ...turns.flatMap(t => [t, ''])].join('\n');
    const doc = new TranscriptDocument(text, { fileName: 'long.txt' });
    const before = doc.transcript;
    doc.update([{ range: { start: { line: 400, character: 5 }, end: { line: 400, character: 5 } }, text: 'x' }]);
    assert.strictEqual(doc.lastUpdate, 'incremental');
    assert.strictEqual(doc.transcript.turns[10], before.turns[10], 'a turn far before the edit is the same object');
    assert.strictEqual(doc.transcript.turns[390], before.turns[390], 'a turn far after the edit is the same object');
  });

  it('keeps topics already computed for questions the edit did not touch', () => {
    const text = ['Opening: Hello.', '', 'Question: What about the Open Skies Treaty?', '', 'Sergey Lavrov: No.', '', 'Question: And the river?', '', 'Sergey Lavrov: Yes.', ''].join('\n');
    const doc = new TranscriptDocument(text, { fileName: 'a.txt' });
    const topic = doc.transcript.exchanges[0].topic;
    doc.update([{ range: { start: { line: 8, character: 3 }, end: { line: 8, character: 3 } }, text: '\n' }]);
    assert.strictEqual(doc.transcript.exchanges[0].topic, topic);
  });
});

describe('incremental parsing: how a Markdown file is read', () => {
  it('goes back to the full Markdown reading when an edit removes the deeply nested line', () => {
    const deep = `${'> '.repeat(40)}quote`;
    const text = ['**Ann:** Hello.', '', deep, '', '**Bob:** Hi.', ''].join('\n');
    const doc = new TranscriptDocument(text, { fileName: 'a.md' });
    assert.ok(doc.transcript.simplified, 'read line by line while the deep line is there');
    doc.update([{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: deep.length } }, text: 'plain words' }]);
    const full = parseOrThrow(['**Ann:** Hello.', '', 'plain words', '', '**Bob:** Hi.', ''].join('\n'), { fileName: 'a.md' });
    assert.strictEqual(doc.transcript.simplified, undefined);
    assert.deepStrictEqual(modelSnapshot(doc.transcript), modelSnapshot(full));
  });
});
