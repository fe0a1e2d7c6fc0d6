import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchorPassages, followEdits, selectorsFor, type OffsetChange, type Passage } from '../../../src/core/review';
import { reviewTexts } from './texts';

const texts = reviewTexts();
const collapse = (s: string) => s.replace(/[\s\u00A0\u2007\u202F\uFEFF]+/g, ' ').trim();
const isSpace = (c: string | undefined) => c === undefined || /[\s\u00A0\u2007\u202F\uFEFF]/.test(c);

/** A passage from word start to word end, 15 to 200 characters, chosen by two fractions. */
function passageIn(text: string, where: number, size: number, id: number): Passage | undefined {
  let start = Math.floor(where * text.length);
  while (start < text.length && !(isSpace(text[start - 1]) && !isSpace(text[start]))) start++;
  let end = Math.min(text.length, start + 15 + Math.floor(size * 185));
  while (end < text.length && !(isSpace(text[end]) && !isSpace(text[end - 1]))) end++;
  if (start >= text.length || collapse(text.slice(start, end)).length < 15) return undefined;
  return { id: `p${id}`, tags: ['t'], ...selectorsFor(text, start, end) };
}

function passagesIn(text: string, picks: Array<[number, number]>): Passage[] {
  const found = picks.map(([w, s], i) => passageIn(text, w, s, i)).filter((p): p is Passage => p !== undefined);
  // Distinct ranges: two passages over the same text are one passage.
  return found.filter((p, i) => found.findIndex(q => q.position.start === p.position.start && q.position.end === p.position.end) === i);
}

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

function nonSpaceBefore(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset; i++) if (!isSpace(text[i])) n++;
  return n;
}

/** The text's words re-wrapped at `width` columns with `eol` line endings. */
function rewrap(text: string, width: number, eol: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[\s\u00A0\u2007\u202F\uFEFF]+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join(eol);
}

const picks = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 8 });

describe('review: re-anchoring (properties, real transcripts)', () => {
  it('has real transcripts to work on', () => {
    assert.ok(texts.length >= 6, `${texts.length} texts`);
  });

  it('finds every passage after the transcript is re-wrapped with other line endings', () => {
    fc.assert(
      fc.property(fc.nat(texts.length - 1), picks, fc.integer({ min: 20, max: 120 }), fc.constantFrom('\n', '\r\n'), (which, chosen, width, eol) => {
        const { text } = texts[which];
        const passages = passagesIn(text, chosen);
        const wrapped = rewrap(text, width, eol);
        for (const anchor of anchorPassages(wrapped, passages)) {
          const { exact } = anchor.passage.quote;
          assert.notEqual(anchor.how, 'orphan', `lost: ${JSON.stringify(exact)}`);
          assert.equal(collapse(wrapped.slice(anchor.start, anchor.end)), collapse(exact));
          if (occurrences(collapse(text), collapse(exact)) === 1) {
            assert.equal(nonSpaceBefore(wrapped, anchor.start), nonSpaceBefore(text, anchor.passage.position.start), `moved: ${JSON.stringify(exact)}`);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('finds every passage at its new offsets after random edits elsewhere (re-anchoring and following the edits agree)', () => {
    const edit = fc.record({ where: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(40), insert: fc.string({ maxLength: 30, unit: fc.constantFrom('a', 'e', ' ', '\n', 'Q', ':', 'é', '中', '.') }) });
    fc.assert(
      fc.property(fc.nat(texts.length - 1), picks, fc.array(edit, { maxLength: 12 }), (which, chosen, edits) => {
        const { text } = texts[which];
        const passages = passagesIn(text, chosen);
        // Edits that touch no passage, last first so each offset holds in the text before it (as VS Code reports them).
        const changes: OffsetChange[] = [];
        for (const e of edits) {
          const offset = Math.floor(e.where * text.length);
          const length = Math.min(e.remove, text.length - offset);
          const touches = passages.some(p => offset <= p.position.end && p.position.start <= offset + length);
          const overlaps = changes.some(c => offset <= c.offset + c.length && c.offset <= offset + length);
          if (!touches && !overlaps) changes.push({ offset, length, text: e.insert });
        }
        changes.sort((a, b) => b.offset - a.offset);
        let edited = text;
        for (const c of changes) edited = edited.slice(0, c.offset) + c.text + edited.slice(c.offset + c.length);
        const truth = new Map(passages.map(p => {
          const shift = changes.filter(c => c.offset + c.length <= p.position.start).reduce((s, c) => s + c.text.length - c.length, 0);
          return [p.id, p.position.start + shift];
        }));
        const followed = followEdits(anchorPassages(text, passages), changes, edited);
        for (const anchor of followed) assert.equal(anchor.start, truth.get(anchor.passage.id), 'followed');
        for (const anchor of anchorPassages(edited, passages)) {
          const { exact } = anchor.passage.quote;
          assert.notEqual(anchor.how, 'orphan', `lost: ${JSON.stringify(exact)}`);
          assert.equal(edited.slice(anchor.start, anchor.end), exact);
          if (occurrences(edited, exact) === 1) assert.equal(anchor.start, truth.get(anchor.passage.id), `moved: ${JSON.stringify(exact)}`);
        }
      }),
      { numRuns: 150 },
    );
  });
});
