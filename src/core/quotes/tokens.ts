/**
 * Words as a quote check compares them: the same function reads the transcripts when they are indexed and the
 * quote when it is looked up, so both sides agree on what a word is. A word is a run of letters, digits and
 * combining marks (hyphens and dashes split words, so `well-known`, `well known` and `well—known` agree), with
 * apostrophes inside it dropped (`don’t` = `don't` = `dont`), compared in NFKC and lower case. Chinese and
 * Japanese have no spaces: each Han, Hiragana or Katakana character is a word. Thai, Lao, Khmer and Myanmar
 * have no spaces either: their runs are cut with `Intl.Segmenter` where the runtime has it, else by character.
 */

/** One word of a text: where it is (UTF-16 offsets, end exclusive) and what it compares as. */
export interface Token {
  key: string;
  hash: number;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼ‘][\p{L}\p{N}\p{M}]+)*/gu;
const APOSTROPHES = /['’ʼ‘]/g;
const NOT_ASCII = /[^\x00-\x7f]/;
/** Scripts written without spaces between words, whose characters are words for the comparison. */
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const IDEOGRAPHIC_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
/** Scripts written without spaces whose words a dictionary segmenter can find. */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

type WordSegmenter = { segment(text: string): Iterable<{ segment: string; index: number; isWordLike?: boolean }> };
const SEGMENTER: WordSegmenter | null = typeof Intl === 'object' && typeof (Intl as { Segmenter?: unknown }).Segmenter === 'function'
  ? new Intl.Segmenter(undefined, { granularity: 'word' })
  : null;

/** The words of `text` (or of `text.slice(from, to)`), with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length, out: Token[] = []): Token[] {
  const words = new RegExp(WORD); // its own lastIndex: the pattern is shared
  words.lastIndex = from;
  const source = to === text.length ? text : text.slice(0, to);
  for (let m = words.exec(source); m; m = words.exec(source)) {
    const word = m[0];
    const start = m.index;
    if (NOT_ASCII.test(word) && (IDEOGRAPHIC.test(word) || UNSPACED.test(word))) splitUnspaced(word, start, out);
    else push(out, word, start, start + word.length);
  }
  return out;
}

/** What a word compares as: NFKC, lower case, without apostrophes. */
export function wordKey(word: string): string {
  const folded = NOT_ASCII.test(word) ? word.normalize('NFKC').toLowerCase() : word.toLowerCase();
  return folded.indexOf("'") >= 0 || NOT_ASCII.test(folded) ? folded.replace(APOSTROPHES, '') : folded;
}

/** 32-bit FNV-1a of a key: what the index keeps instead of the word. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function push(out: Token[], word: string, start: number, end: number): void {
  const key = wordKey(word);
  if (key) out.push({ key, hash: hashKey(key), start, end });
}

/** A run mixing ideographs or unspaced scripts with other letters: each ideograph alone, unspaced runs segmented. */
function splitUnspaced(word: string, offset: number, out: Token[]): void {
  let runStart = -1;
  let runUnspaced = false;
  const flush = (end: number): void => {
    if (runStart < 0) return;
    const run = word.slice(runStart, end);
    if (runUnspaced) segmentRun(run, offset + runStart, out);
    else push(out, run, offset + runStart, offset + end);
    runStart = -1;
  };
  for (let i = 0; i < word.length;) {
    const cp = word.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    if (IDEOGRAPHIC_CHAR.test(ch)) {
      flush(i);
      // Combining marks after an ideograph (rare) stay with it.
      let end = next;
      while (end < word.length && /\p{M}/u.test(word[end])) end++;
      push(out, word.slice(i, end), offset + i, offset + end);
      i = end;
      continue;
    }
    const unspaced = UNSPACED.test(ch);
    if (runStart >= 0 && unspaced !== runUnspaced) flush(i);
    if (runStart < 0) {
      runStart = i;
      runUnspaced = unspaced;
    }
    i = next;
  }
  flush(word.length);
}

function segmentRun(run: string, offset: number, out: Token[]): void {
  if (!SEGMENTER) {
    for (let i = 0; i < run.length; i++) push(out, run[i], offset + i, offset + i + 1);
    return;
  }
  for (const s of SEGMENTER.segment(run)) {
    if (s.isWordLike === false) continue;
    push(out, s.segment, offset + s.index, offset + s.index + s.segment.length);
  }
}
