/**
 * Real transcripts for the review property tests: the project's own fixtures and samples (always
 * there), and the shared corpus of real transcripts when this checkout sits beside it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');
const OWN = [
  'test/fixtures/parse/press-conference.txt',
  'test/fixtures/parse/court.txt',
  'test/fixtures/parse/markdown-bold.md',
  'test/fixtures/parse/fullwidth-colon.zh.md',
  'test/fixtures/parse/captions.vtt',
  'test/fixtures/parse/line-endings.txt',
];
/** Where the shared corpus sits relative to a worktree or to the main checkout. */
const CORPUS_CANDIDATES = ['../shared/corpus', '../../shared/corpus'];
/** A slice of each large file keeps the property runs quick. */
const MAX_CHARS = 40_000;

export interface NamedText {
  name: string;
  text: string;
}

export function reviewTexts(): NamedText[] {
  const texts: NamedText[] = OWN.map(file => ({ name: file, text: fs.readFileSync(path.join(ROOT, file), 'utf8') }));
  for (const sample of fs.readdirSync(path.join(ROOT, 'samples'))) {
    if (/\.(txt|md|vtt|srt)$/.test(sample)) texts.push({ name: `samples/${sample}`, text: fs.readFileSync(path.join(ROOT, 'samples', sample), 'utf8') });
  }
  const corpus = CORPUS_CANDIDATES.map(c => path.join(ROOT, c)).find(dir => fs.existsSync(path.join(dir, 'MANIFEST.tsv')));
  if (corpus) {
    for (const file of fs.readdirSync(corpus).sort()) {
      if (!/\.(txt|md|vtt|srt)$/.test(file)) continue;
      const text = fs.readFileSync(path.join(corpus, file), 'utf8');
      texts.push({ name: `corpus/${file}`, text: text.slice(0, MAX_CHARS) });
    }
  }
  return texts.filter(t => /\S{4}/.test(t.text));
}
