/**
 * Caption files update incrementally: after random edits of real caption files (the parser fixtures, the shared
 * corpus's .vtt/.srt files and windows of its 1.6 MB auto-captions), the model equals a fresh parse.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { TranscriptDocument, type TextChange } from '../../../src/core/incremental/document';
import { parseOrThrow, splitLines } from '../../../src/core/parse';
import { buildOutline, OutlineMemo } from '../../../src/core/outline';
import { modelSnapshot } from './snapshot';

const ROOT = path.resolve(__dirname, '../../../..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'parse');
const CORPUS = [path.resolve(ROOT, '..', 'shared', 'corpus'), path.resolve(ROOT, '..', '..', 'shared', 'corpus')].find(dir => fs.existsSync(dir));
/** Files larger than this are edited in windows of WINDOW_LINES lines: a full parse per edit to compare with is slow. */
const WINDOW_BYTES = 100_000;
const WINDOW_LINES = 400;

interface CaptionSource {
  name: string;
  text: string;
}

function captionSources(): CaptionSource[] {
  const dirs = [FIXTURES, ...(CORPUS ? [CORPUS] : [])];
  const files = dirs.flatMap(dir => fs.readdirSync(dir).filter(f => /\.(vtt|srt)$/i.test(f)).map(f => path.join(dir, f)));
  return files.flatMap(file => {
    const text = fs.readFileSync(file, 'utf8');
    if (text.length <= WINDOW_BYTES) return [{ name: path.basename(file), text }];
    // Windows from the start (the header, the first cues) and from the middle, cut at a blank line as in the file.
    const lines = splitLines(text);
    const middle = lines.indexOf('', Math.floor(lines.length / 2)) + 1;
    return [0, middle].map(at => ({ name: `${path.basename(file)} from line ${at + 1}`, text: lines.slice(at, at + WINDOW_LINES).join('\n') }));
  });
}

/** What an editor types into captions: characters, line breaks, blank lines, timings, numbers, voices, labels. */
const INSERTS = [
  'x', ' ', '\n', '\n\n', '', '-->', '00:00:07,500 --> 00:00:09,000\n', '\n12\n00:01:02.000 --> 00:01:04.000\n',
  '<v Gillian>', 'Travis: ', '\nNOTE a note\n', '\n\nWEBVTT\n\n', '<i>', '42\n', '\r\n',
];

const edits = fc.array(fc.record({
  line: fc.nat(100_000), column: fc.nat(60), span: fc.nat(4), remove: fc.boolean(), insert: fc.constantFrom(...INSERTS),
}), { minLength: 1, maxLength: 6 });

function editFor(text: string, seed: { line: number; column: number; span: number; remove: boolean; insert: string }): TextChange {
  const lines = splitLines(text);
  const line = seed.line % lines.length;
  const column = Math.min(seed.column, lines[line].length);
  const endLine = seed.remove ? Math.min(lines.length - 1, line + seed.span) : line;
  const endColumn = seed.remove ? Math.min(seed.column + seed.span, lines[endLine].length) : column;
  const end = endLine > line || endColumn >= column ? { line: endLine, character: endColumn } : { line, character: column };
  return { range: { start: { line, character: column }, end }, text: seed.insert };
}

function applyToText(text: string, change: TextChange): string {
  const lines = splitLines(text);
  const { start, end } = change.range;
  const before = lines.slice(0, start.line).concat([lines[start.line].slice(0, start.character)]).join('\n');
  const after = [lines[end.line].slice(end.character)].concat(lines.slice(end.line + 1)).join('\n');
  return before + change.text + after;
}

describe('incremental parsing: caption files', () => {
  const sources = captionSources();

  it('has real caption files to edit', () => {
    assert.ok(sources.length >= 4, sources.map(s => s.name).join(', '));
  });

  for (const source of sources) {
    it(`equals a full parse after every edit of a random sequence: ${source.name}`, () => {
      const fileName = /\.vtt\b/.test(source.name) ? 'doc.vtt' : 'doc.srt';
      let incremental = 0;
      let total = 0;
      fc.assert(fc.property(edits, seeds => {
        const doc = new TranscriptDocument(source.text, { fileName });
        const memo = new OutlineMemo();
        buildOutline(doc.transcript, memo);
        let text = source.text;
        for (const seed of seeds) {
          const change = editFor(text, seed);
          text = applyToText(text, change);
          doc.update([change]);
          total++;
          if (doc.lastUpdate === 'incremental') incremental++;
          const full = parseOrThrow(text, { fileName });
          assert.deepStrictEqual(modelSnapshot(doc.transcript), modelSnapshot(full));
          assert.deepStrictEqual(buildOutline(doc.transcript, memo), buildOutline(full));
        }
      }), { numRuns: 60 });
      assert.ok(incremental > total * 0.9, `only ${incremental} of ${total} edits were parsed incrementally`);
    });
  }

  it('reads a keystroke in a long caption file again around the edit only, keeping the cues far away', () => {
    const cues = Array.from({ length: 3000 }, (_, i) => `${i + 1}\n00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')},000 --> 00:00:00,500\nline ${i} of the captions\n`);
    const doc = new TranscriptDocument(cues.join('\n'), { fileName: 'long.srt' });
    const before = doc.transcript.cues!;
    doc.update([{ range: { start: { line: 6002, character: 4 }, end: { line: 6002, character: 4 } }, text: 'x' }]);
    assert.strictEqual(doc.lastUpdate, 'incremental');
    assert.strictEqual(doc.transcript.cues![10], before[10], 'a cue before the edit is the same object');
    assert.strictEqual(doc.transcript.cues![2900], before[2900], 'a cue after a one-line edit is the same object');
    assert.strictEqual(doc.transcript.cues![1500].firstLine, 6002);
  });
});
