/**
 * Incremental equals full on real transcripts (../shared/corpus, issue 11 and 13): random edit sequences aimed
 * at the places where a parse decides something (front matter, headers with timestamps and metadata lines,
 * headings, labels, blank lines, and lines holding only a no-break space or U+3000), each compared after every
 * edit with a fresh parse of the edited text. Excerpts keep the runs quick; the White House briefing, whose
 * wrapped paragraphs are separated by lines holding a no-break space, is also edited whole.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { TranscriptDocument } from '../../../src/core/incremental/document';
import type { TextChange } from '../../../src/core/incremental/textChange';
import { parseOrThrow, splitLines } from '../../../src/core/parse';
import { repositoryRoot } from '../../grammar/loadGrammar';
import { modelSnapshot } from './snapshot';

const NBSP_BRIEFING = 'briefing_whitehouse_psaki_2022-05-13_md_wrapped_nbsp.md';

/**
 * The shared corpus next to the repository (`../shared/corpus`; from a worktree under `wt/`, one level further up;
 * TRANSCRIPT_CORPUS names another place). A clone without it still runs the test on the repository's own
 * samples and parser fixtures.
 */
function corpusDirectory(): string | null {
  const root = repositoryRoot();
  const candidates = [process.env.TRANSCRIPT_CORPUS, path.join(root, '..', 'shared', 'corpus'), path.join(root, '..', '..', 'shared', 'corpus')];
  return candidates.find((dir): dir is string => !!dir && fs.existsSync(path.join(dir, 'MANIFEST.tsv'))) ?? null;
}

/** Markdown and plain-text transcripts (captions have their own incremental reading), as full paths. */
function transcriptFiles(): string[] {
  const root = repositoryRoot();
  const corpus = corpusDirectory();
  const dirs = [path.join(root, 'samples'), path.join(root, 'test', 'fixtures', 'parse'), ...(corpus ? [corpus] : [])];
  return dirs.flatMap(dir => fs.readdirSync(dir).filter(f => /\.(md|txt)$/.test(f) && f !== 'README.md').sort().map(f => path.join(dir, f)));
}

/** Lines where an edit is most likely to change a decision: the ones a parse treats specially, and their neighbours. */
function interestingLines(lines: readonly string[]): number[] {
  const found: number[] = [];
  lines.forEach((line, i) => {
    if (/^[ \t\u00a0\u3000]*$/.test(line) || /^(---|#{1,6} |\*\*|__|\[?\d{1,2}:\d{2})|^[\p{Lu}][\p{L}.' -]{0,40}[:：]/u.test(line)) found.push(i);
  });
  return found.length ? found : [0];
}

const INSERTS = [
  'x', '\n', '\n\n', '\u00a0', '\n\u00a0\n', '\u3000', '\n\u3000\n', '[00:01:02]\n', 'Date: 2025-07-30\n',
  '**Ann Lee:** ', 'Ann Lee: ', 'Q ', '## Heading\n', '---\n', '', ':', '(00:05:48) ',
];

interface Seed { pick: number; column: number; span: number; insert: number; replaceLine: boolean }

/** An edit at or next to an interesting line: an insertion, a deletion of up to two lines, or the line replaced. */
function editFor(text: string, seed: Seed): TextChange {
  const lines = splitLines(text);
  const targets = interestingLines(lines);
  const line = Math.max(0, Math.min(lines.length - 1, targets[seed.pick % targets.length] + (seed.span % 3) - 1));
  const insert = INSERTS[seed.insert % INSERTS.length];
  if (seed.replaceLine) return { range: { start: { line, character: 0 }, end: { line, character: lines[line].length } }, text: insert.replace(/\n$/, '') };
  const column = Math.min(seed.column, lines[line].length);
  if (insert !== '') return { range: { start: { line, character: column }, end: { line, character: column } }, text: insert };
  const endLine = Math.min(lines.length - 1, line + (seed.span % 3));
  const endColumn = endLine > line ? Math.min(seed.column, lines[endLine].length) : Math.min(lines[line].length, column + 5);
  return { range: { start: { line, character: column }, end: { line: endLine, character: endColumn } }, text: '' };
}

function applyToText(text: string, change: TextChange): string {
  const lines = splitLines(text);
  const { start, end } = change.range;
  const before = lines.slice(0, start.line).concat([lines[start.line].slice(0, start.character)]).join('\n');
  const after = [lines[end.line].slice(end.character)].concat(lines.slice(end.line + 1)).join('\n');
  return before + change.text + after;
}

const seeds = fc.array(fc.record({
  pick: fc.nat(10_000), column: fc.nat(80), span: fc.nat(5), insert: fc.nat(INSERTS.length - 1), replaceLine: fc.boolean(),
}), { minLength: 1, maxLength: 5 });

/** Applies each edit to a TranscriptDocument and compares it with a full parse of the text so far. */
function assertIncrementalEqualsFull(initial: string, fileName: string, edits: readonly Seed[]): void {
  const doc = new TranscriptDocument(initial, { fileName });
  let text = initial;
  for (const seed of edits) {
    const change = editFor(text, seed);
    text = applyToText(text, change);
    doc.update([change]);
    assert.deepStrictEqual(modelSnapshot(doc.transcript), modelSnapshot(parseOrThrow(text, { fileName })),
      `after ${JSON.stringify(change)}`);
  }
}

/** Blank lines of an excerpt as they are, or holding a no-break space, or an ideographic space. */
function withBlankLines(text: string, kind: number): string {
  if (kind === 0) return text;
  const fill = kind === 1 ? '\u00a0' : '\u3000';
  return text.split('\n').map(line => (line === '' ? fill : line)).join('\n');
}

describe('incremental parsing of real transcripts', function () {
  this.timeout(300_000);

  for (const filePath of transcriptFiles()) {
    const file = path.basename(filePath);
    it(`equals a full parse after edits near labels, headings and blank lines (${file})`, () => {
      const lines = splitLines(fs.readFileSync(filePath, 'utf8'));
      const excerpt = fc.tuple(fc.nat(Math.max(0, lines.length - 1)), fc.integer({ min: 60, max: 160 }), fc.boolean(), fc.nat(2))
        .map(([start, length, fromTop, blanks]) => {
          const from = fromTop ? 0 : start;
          return withBlankLines(lines.slice(from, from + length).join('\n'), blanks);
        });
      fc.assert(fc.property(excerpt, seeds, (initial, edits) => assertIncrementalEqualsFull(initial, file, edits)), { numRuns: 25 });
    });
  }

  const briefing = transcriptFiles().find(f => path.basename(f) === NBSP_BRIEFING);
  if (briefing) it(`equals a full parse after edits of the whole White House briefing, its blank lines holding a no-break space`, () => {
    const text = fs.readFileSync(briefing, 'utf8');
    fc.assert(fc.property(fc.nat(2), seeds, (blanks, edits) => assertIncrementalEqualsFull(withBlankLines(text, blanks), NBSP_BRIEFING, edits)), { numRuns: 12 });
  });
});

describe('incremental parsing: headers and blank lines (issues 11 and 13)', () => {
  it('keeps the first turn\'s start time from a lone timestamp followed by a metadata line in the header', () => {
    const text = ['[00:01:02]', 'Date: 2025-07-30', '', 'Ann Lee: Hello there.', '', 'Bob Ray: Hi.', '', 'Ann Lee: Bye now.', ''].join('\n');
    const doc = new TranscriptDocument(text, { fileName: 'a.txt' });
    assert.strictEqual(doc.transcript.turns[0].startTime, '00:01:02');
    const change: TextChange = { range: { start: { line: 5, character: 3 }, end: { line: 5, character: 3 } }, text: 'x' };
    doc.update([change]);
    assert.strictEqual(doc.transcript.turns[0].startTime, '00:01:02');
    assert.deepStrictEqual(modelSnapshot(doc.transcript), modelSnapshot(parseOrThrow(applyToText(text, change), { fileName: 'a.txt' })));
  });

  for (const [name, space] of [['a no-break space', '\u00a0'], ['an ideographic space', '\u3000']]) {
    it(`reads a line holding only ${name} as Markdown does (not blank) when an edit comes after it`, () => {
      const turns = Array.from({ length: 30 }, (_, i) => [`**Ann Lee:** Answer ${i} goes on`, 'over a second line.', space, `**Bob Ray:** Question ${i}?`, space]);
      const text = ['# Briefing', '', ...turns.flat()].join('\n');
      const doc = new TranscriptDocument(text, { fileName: 'a.md' });
      const change: TextChange = { range: { start: { line: 60, character: 0 }, end: { line: 60, character: 0 } }, text: 'More words. ' };
      doc.update([change]);
      const full = parseOrThrow(applyToText(text, change), { fileName: 'a.md' });
      assert.deepStrictEqual(modelSnapshot(doc.transcript), modelSnapshot(full));
    });
  }
});

describe('incremental parsing: front matter closed by a later edit', () => {
  it('reads the lines above as front matter once a `---` typed below the first label closes it', () => {
    const text = ['---', 'Entrevista a la ministra', 'Fecha: 12 de marzo de 2024', '', 'P. ¿Cómo valora los datos?', 'R. Son buenos.',
      'P. ¿Y la inflación?', 'R. Sigue bajando.', ''].join('\n');
    const doc = new TranscriptDocument(text, { fileName: 'a.txt' });
    assert.strictEqual(doc.transcript.turns.filter(t => t.isQuestion).length, 2, 'before the edit: no front matter, two questions');
    const change: TextChange = { range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, text: '---\n' };
    doc.update([change]);
    const full = parseOrThrow(applyToText(text, change), { fileName: 'a.txt' });
    assert.strictEqual(full.header?.end.line, 7, 'a full parse reads lines 0-7 as front matter');
    assert.deepStrictEqual(modelSnapshot(doc.transcript), modelSnapshot(full));
  });
});
