/**
 * Property: a sentence taken from a real transcript (the shared corpus, else the repository's samples and parser
 * fixtures) and altered the ways print alters quotes (seeded) is found in its file, at its lines, as the best
 * match. The alterations: a word dropped, added or changed, an elision, case and punctuation lost, straight
 * quotes and apostrophes made curly, a bracketed insertion, hyphens made dashes, a full-width form (NFKC).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { parseTranscript, splitLines } from '../../../src/core/parse';
import { QuoteIndex } from '../../../src/core/quotes';
import { tokenize } from '../../../src/core/quotes/tokens';

const root = path.resolve(__dirname, '../../../..');

function corpusFiles(): string[] {
  const candidates = [process.env.TRANSCRIPT_CORPUS, path.join(root, '..', 'shared', 'corpus'), path.join(root, '..', '..', 'shared', 'corpus')];
  const corpus = candidates.find((dir): dir is string => !!dir && fs.existsSync(path.join(dir, 'MANIFEST.tsv')));
  const dirs = corpus ? [corpus] : [path.join(root, 'samples'), path.join(root, 'test', 'fixtures', 'parse')];
  return dirs.flatMap(dir => fs.readdirSync(dir).filter(f => /\.(md|txt|srt|vtt)$/.test(f) && f !== 'README.md').sort().map(f => path.join(dir, f)));
}

interface Sentence { file: string; text: string; firstLine: number; lastLine: number }

/** Sentences of 10 to 40 words in each turn's speech (lines of a paragraph joined), with the lines they span. */
function sentencesOf(file: string, text: string): Sentence[] {
  const transcript = parseTranscript(text, { fileName: path.basename(file) });
  if (transcript.rollingCaptions) return []; // each line twice: a sentence is not one stretch of the file
  const lines = splitLines(text);
  const found: Sentence[] = [];
  for (const turn of transcript.turns) {
    let speech = '';
    const lineAt: number[] = [];
    for (const p of turn.paragraphs) {
      for (let l = p.range.start.line; l <= p.range.end.line; l++) {
        const from = l === p.range.start.line ? p.range.start.character : 0;
        const to = l === p.range.end.line ? p.range.end.character : lines[l].length;
        const piece = `${lines[l].slice(from, to)} `;
        speech += piece;
        for (let k = 0; k < piece.length; k++) lineAt.push(l);
      }
    }
    for (const m of speech.matchAll(/[^.!?。？！]+[.!?。？！]/gu)) {
      const sentence = m[0].trim();
      const words = tokenize(sentence).length;
      if (words < 10 || words > 40 || /[\[\]<>*\\|]/.test(sentence)) continue;
      const start = (m.index ?? 0) + m[0].indexOf(sentence);
      found.push({ file, text: sentence, firstLine: lineAt[start], lastLine: lineAt[start + sentence.length - 1] });
    }
  }
  return found;
}

type Alteration = (words: string[], pick: number) => string[];

const ALTERATIONS: Record<string, Alteration> = {
  drop: (w, k) => w.filter((_, i) => i !== 1 + (k % (w.length - 2))),
  add: (w, k) => { const i = 1 + (k % (w.length - 1)); return [...w.slice(0, i), 'really', ...w.slice(i)]; },
  change: (w, k) => w.map((x, i) => i === 1 + (k % (w.length - 2)) ? 'something' : x),
  elide: (w, k) => { const from = 3 + (k % Math.max(1, w.length - 7)); return [...w.slice(0, from), '…', ...w.slice(from + 2)]; },
  elideDots: (w, k) => { const from = 3 + (k % Math.max(1, w.length - 7)); return [...w.slice(0, from), '[...]', ...w.slice(from + 2)]; },
  lowerNoPunctuation: w => w.map(x => x.toLowerCase().replace(/[.,;:!?"“”]/g, '')),
  curly: w => w.map(x => x.replace(/'/g, '’').replace(/"/g, '”')),
  bracket: w => ['[they]', ...w.slice(1)],
  dash: w => w.map(x => x.replace(/-/g, '–')),
  fullWidth: (w, k) => w.map((x, i) => i === k % w.length ? x.replace(/[A-Za-z]/g, c => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : x),
};

function alter(sentence: string, kinds: string[], pick: number): string {
  const cjk = /[\p{Script=Han}]/u.test(sentence);
  // Chinese is altered character by character, like it is compared.
  let words = cjk ? [...sentence] : sentence.split(/\s+/);
  for (const kind of kinds) words = ALTERATIONS[kind](words, pick);
  return `“${words.join(cjk ? '' : ' ')}”`;
}

describe('quote lookup: altered sentences of real transcripts are found at their lines (property)', function () {
  this.timeout(120000);
  const files = corpusFiles();
  const texts = new Map(files.map(f => [f, fs.readFileSync(f, 'utf8')]));
  const index = new QuoteIndex();
  for (const [file, text] of texts) index.add(file, text, parseTranscript(text, { fileName: path.basename(file) }));
  // Sentences said more than once (in one file or several) have more than one right answer: left out.
  const all = files.flatMap(f => sentencesOf(f, texts.get(f) ?? ''));
  const seen = new Map<string, number>();
  for (const s of all) seen.set(s.text.toLowerCase(), (seen.get(s.text.toLowerCase()) ?? 0) + 1);
  const sentences = all.filter(s => seen.get(s.text.toLowerCase()) === 1);

  it('has sentences from several transcripts to alter', () => {
    assert.ok(sentences.length > 200, `${sentences.length} sentences`);
    assert.ok(new Set(sentences.map(s => s.file)).size >= 5);
  });

  it('finds each altered sentence as the best match, at its lines', () => {
    const kinds = Object.keys(ALTERATIONS);
    fc.assert(fc.property(
      fc.nat(sentences.length - 1), fc.uniqueArray(fc.constantFrom(...kinds), { minLength: 1, maxLength: 2 }), fc.nat(1000),
      (which, chosen, pick) => {
        const s = sentences[which];
        const quote = alter(s.text, chosen, pick);
        const [best] = index.findSync(quote, file => texts.get(file) ?? '');
        assert.ok(best, `not found: ${quote} (${chosen.join(', ')}) from ${path.basename(s.file)}:${s.firstLine + 1}`);
        assert.strictEqual(best.file, s.file, quote);
        assert.ok(best.range.start.line <= s.lastLine && s.firstLine <= best.range.end.line,
          `${quote} (${chosen.join(', ')}): found at lines ${best.range.start.line + 1}-${best.range.end.line + 1}, said at ${s.firstLine + 1}-${s.lastLine + 1}`);
      },
    ), { seed: 9, numRuns: 300 });
  });
});
