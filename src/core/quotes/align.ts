/**
 * Where a quote sits in a stretch of text, word by word: a semi-global alignment (the whole quote against any
 * part of the text) that forgives what print does to quotes. A word dropped, added or changed costs a little;
 * an elision lets any number of the speaker's words go by for free; the quoter's bracketed words may stand
 * for any of the speaker's words, or none, for free.
 */
import type { ParsedQuote } from './quoteText';
import type { Token } from './tokens';

const MATCH = 2;
const CHANGE = -1;
const GAP = -1;
/** Stays below any score a path can reach, without overflowing. */
const NONE = -1e9;

const FROM_START = 0;
const DIAGONAL = 1;
/** A quote word with no spoken word (the quoter added it). */
const UP = 2;
/** A spoken word with no quote word (the quoter left it out). */
const LEFT = 3;

/** One step of the alignment: `quote` or `text` is -1 on the side that has no word. */
export interface AlignedPair {
  quote: number;
  text: number;
  /** A spoken word passed over by an elision or absorbed by a bracketed insertion: not a difference. */
  forgiven: boolean;
  /** A spoken word passed over by an elision (between two parts of the quote). */
  elided: boolean;
}

export interface Alignment {
  pairs: AlignedPair[];
  /** First and last (inclusive) text tokens the quote covers. */
  firstText: number;
  lastText: number;
}

/** The best alignment of the quote's words within `text`, or null when none has a word in common. */
export function alignQuote(quote: ParsedQuote, text: readonly Token[]): Alignment | null {
  const q = quote.tokens;
  const m = q.length;
  const n = text.length;
  if (m === 0 || n === 0) return null;
  // A spoken word may be passed over for free at an elision, or right after a bracketed word.
  const elisionAt = new Uint8Array(m + 1);
  for (let j = 1; j < m; j++) if (q[j].segment !== q[j - 1].segment) elisionAt[j] = 1;
  const freeSkip = Uint8Array.from(elisionAt);
  for (let j = 1; j < m; j++) if (q[j - 1].bracketed) freeSkip[j] = 1;
  const back = new Uint8Array((m + 1) * (n + 1));
  let previous = new Float64Array(m + 1);
  let current = new Float64Array(m + 1);
  let best = NONE;
  let bestEnd = -1;
  for (let j = 1; j <= m; j++) {
    previous[j] = previous[j - 1] + (q[j - 1].bracketed ? 0 : GAP);
    back[j] = UP;
  }
  for (let i = 1; i <= n; i++) {
    current[0] = 0;
    back[i * (m + 1)] = FROM_START;
    const t = text[i - 1].hash;
    for (let j = 1; j <= m; j++) {
      const qt = q[j - 1];
      const same = qt.hash === t && qt.key === text[i - 1].key;
      let score = previous[j - 1] + (same ? MATCH : qt.bracketed ? 0 : CHANGE);
      let step = DIAGONAL;
      const up = current[j - 1] + (qt.bracketed ? 0 : GAP);
      if (up > score) { score = up; step = UP; }
      const left = previous[j] + (freeSkip[j] ? 0 : GAP);
      if (left > score) { score = left; step = LEFT; }
      current[j] = score;
      back[i * (m + 1) + j] = step;
    }
    if (current[m] > best) { best = current[m]; bestEnd = i; }
    [previous, current] = [current, previous];
  }
  if (bestEnd < 0 || best <= 0) return null;
  return trace(back, m, bestEnd, q.map(t => t.bracketed), freeSkip, elisionAt);
}

function trace(back: Uint8Array, m: number, end: number, bracketed: boolean[], freeSkip: Uint8Array, elisionAt: Uint8Array): Alignment {
  const pairs: AlignedPair[] = [];
  let i = end;
  let j = m;
  while (j > 0) {
    const step = i === 0 ? UP : back[i * (m + 1) + j];
    if (step === DIAGONAL) {
      pairs.push({ quote: j - 1, text: i - 1, forgiven: bracketed[j - 1], elided: false });
      i--; j--;
    } else if (step === UP) {
      pairs.push({ quote: j - 1, text: -1, forgiven: bracketed[j - 1], elided: false });
      j--;
    } else {
      pairs.push({ quote: -1, text: i - 1, forgiven: freeSkip[j] === 1, elided: elisionAt[j] === 1 });
      i--;
    }
  }
  pairs.reverse();
  // Text passed over before the first quote word does not belong to the match.
  const texts = pairs.filter(p => p.text >= 0);
  return { pairs, firstText: texts.length ? texts[0].text : -1, lastText: texts.length ? texts[texts.length - 1].text : -1 };
}
