/**
 * A quote as printed, read into what the search compares: its words, where the quoter marked an elision (`…`,
 * `...`, `. . .`, `[...]`, `[…]`, `(...)`), and which words the quoter inserted in square brackets (`[the
 * minister]`), which are the quoter's, not the speaker's. Quotation marks, case and punctuation do not count.
 */
import { tokenize, type Token } from './tokens';

export interface QuoteToken extends Token {
  /** Inside square brackets: the quoter's words, which may stand for other words or none. */
  bracketed: boolean;
  /** Which part between elisions the word is in (0 for a quote without elision). */
  segment: number;
}

export interface ParsedQuote {
  text: string;
  tokens: QuoteToken[];
  /** The elision marks as written, between segment i and i + 1. */
  elisions: string[];
  /** Words the speaker is quoted as saying (not bracketed). */
  spokenWords: number;
}

/** An elision, or a bracketed insertion (group 1 is its inside). */
const MARKS = /\[\s*(?:\.\s*){2,}\]|\[\s*…\s*\]|\(\s*(?:\.\s*){2,}\)|\(\s*…\s*\)|(?:\.\s*){2}\.+|…+|\[([^\]\n]*)\]/g;

/** Fewer words than this match too many places to tell anything. */
export const MIN_QUOTE_WORDS = 3;
/** Ideographic scripts count characters, several to a word. */
export const MIN_QUOTE_IDEOGRAPHS = 4;

export function parseQuote(text: string): ParsedQuote {
  const tokens: QuoteToken[] = [];
  const elisions: string[] = [];
  let segment = 0;
  let last = 0;
  const add = (from: number, to: number, bracketed: boolean, openAt = from, closeAt = to): void => {
    const words = tokenize(text, from, to);
    words.forEach((w, i) => {
      // A bracketed insertion's first and last words carry its brackets, so the comparison shows them.
      const start = bracketed && i === 0 ? openAt : w.start;
      const end = bracketed && i === words.length - 1 ? closeAt : w.end;
      tokens.push({ ...w, start, end, bracketed, segment });
    });
  };
  for (const m of text.matchAll(MARKS)) {
    const at = m.index ?? 0;
    add(last, at, false);
    if (m[1] !== undefined) {
      add(at + 1, at + m[0].length - 1, true, at, at + m[0].length);
    } else if (tokens.length > 0 && tokens[tokens.length - 1].segment === segment) {
      // An elision before any word, or two in a row, separates nothing.
      elisions.push(m[0]);
      segment++;
    }
    last = at + m[0].length;
  }
  add(last, text.length, false);
  // An elision after the last word separates nothing either.
  if (tokens.length > 0 && elisions.length > tokens[tokens.length - 1].segment) elisions.length = tokens[tokens.length - 1].segment;
  return { text, tokens, elisions, spokenWords: tokens.filter(t => !t.bracketed).length };
}

/** Why a quote cannot be looked up, or null when it can. */
export function quoteProblem(quote: ParsedQuote): string | null {
  const spoken = quote.tokens.filter(t => !t.bracketed);
  const ideographs = spoken.filter(t => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(t.key)).length;
  const enough = spoken.length - ideographs + ideographs / (MIN_QUOTE_IDEOGRAPHS / MIN_QUOTE_WORDS) >= MIN_QUOTE_WORDS;
  if (spoken.length === 0) return 'the quote has no words';
  if (!enough) return `the quote is too short to find reliably: give at least ${MIN_QUOTE_WORDS} words (${MIN_QUOTE_IDEOGRAPHS} Chinese or Japanese characters)`;
  return null;
}
