/**
 * One linear pass over a question's text: word and punctuation tokens, with sentence numbers,
 * capitalisation, a contraction base and a repeat key per word. A hand-written scanner (no
 * regular expression over the whole text): each character is looked at a bounded number of times.
 */
import { ABBREVIATION, FUNCTION, SOFT, wordClass } from './wordClass';

export interface Token {
  /** The token as written (a word, or one punctuation character). */
  text: string;
  isWord: boolean;
  /** Lowercase, with ’ turned into '. */
  lower: string;
  /** `lower` without a clitic when what remains is a stopword: "what's" → "what", "don't" → "do". */
  base: string;
  /** Lowercase stem for counting repeats, possessive and plural endings removed; set by
   * `assignRepeatKeys` for content words (stopwords keep `lower`, saving the work). */
  key: string;
  /** The word lists `base` belongs to (a `wordClass` bit mask; 0 for punctuation). */
  cls: number;
  /** Index into `Tokens.sentences`. */
  sentence: number;
  /** First word of its sentence. */
  initial: boolean;
  /** Starts with an uppercase letter (false throughout text written in capitals). */
  capital: boolean;
  /** Two or more letters, all uppercase: EAEU, WHO, U.S. */
  allCaps: boolean;
  /** Has at least one letter (not only digits). */
  hasLetter: boolean;
  /** Scoring facts, filled in by the scorer (kept on the token to spare an array per fact):
   * 1 + 0.6 per further occurrence of the repeat key (up to three), 0 for stopwords; */
  weight: number;
  /** occurrences of the repeat key in the asked part; */
  asked: number;
  /** part of the name of someone addressed ("Jen, can I ask ..."). */
  addressed: boolean;
}

export interface Sentence {
  /** Ends with a question mark. */
  isQuestion: boolean;
}

export interface Tokens {
  tokens: Token[];
  sentences: Sentence[];
}

const ALPHANUMERIC = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE = /^\s$/u;
const SENTENCE_END = new Set(['.', '?', '!', '…', '？', '！', '。']);
const QUESTION_MARKS = new Set(['?', '？']);
const CURRENCY = new Set(['$', '€', '£', '¥']);
/** ASCII characters that join two alphanumeric runs into one word (’ is handled apart). */
const JOINERS = new Set(["'", '.', '&', '-']);
const NEGATED_STEMS: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };
const CLITICS = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];

const HAS_LETTER_FLAG = 1;
const FIRST_UPPER_FLAG = 2;
const ALL_CAPS_FLAG = 4;
const ANY_UPPER_FLAG = 8;
const APOSTROPHE_FLAG = 16;
const CURLY_APOSTROPHE_FLAG = 32;

export function tokenize(text: string): Tokens {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [{ isQuestion: false }];
  let sentenceHasWord = false;
  let capsWords = 0;
  let letterWords = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (isSpaceAt(text, i)) {
      i += charSize(text, i);
      continue;
    }
    if (!isAlphanumericAt(text, i)) {
      const size = charSize(text, i);
      const char = size === 1 ? text[i] : text.slice(i, i + size);
      const previous = tokens.length > 0 ? tokens[tokens.length - 1] : undefined;
      const endsSentence = SENTENCE_END.has(char) && sentenceHasWord
        && !(char === '.' && previous !== undefined && isAbbreviation(previous) && !nextWordOpensSentence(text, i + 1));
      tokens.push(punctuation(char, sentences.length - 1));
      if (endsSentence) {
        sentences[sentences.length - 1].isQuestion = QUESTION_MARKS.has(char);
        sentences.push({ isQuestion: false });
        sentenceHasWord = false;
      } else if (QUESTION_MARKS.has(char)) {
        sentences[sentences.length - 1].isQuestion = true;
      }
      i += size;
      continue;
    }
    const start = i;
    i = scanWord(text, i);
    const shape = scannedShape;
    let raw = text.slice(start, i);
    // "U.S." keeps its final period: it belongs to the word, not to the sentence.
    if (text.charCodeAt(i) === 46 && isDottedAcronym(raw)) raw += text[i++];
    // "$10 billion": the currency sign belongs to the amount.
    const first = raw.charCodeAt(0);
    if (first >= 48 && first <= 57 && start > 0 && CURRENCY.has(text[start - 1]) && tokens.length > 0 && !tokens[tokens.length - 1].isWord) {
      raw = tokens.pop()!.text + raw;
    }
    let lower = (shape & ANY_UPPER_FLAG) !== 0 ? raw.toLowerCase() : raw;
    if ((shape & CURLY_APOSTROPHE_FLAG) !== 0) lower = lower.split('’').join("'");
    const allCaps = (shape & ALL_CAPS_FLAG) !== 0;
    if ((shape & HAS_LETTER_FLAG) !== 0) {
      letterWords++;
      if (allCaps) capsWords++;
    }
    const base = (shape & APOSTROPHE_FLAG) !== 0 ? contractionBase(lower) : lower;
    tokens.push({
      text: raw,
      isWord: true,
      lower,
      base,
      cls: wordClass(base),
      key: lower,
      sentence: sentences.length - 1,
      initial: !sentenceHasWord,
      capital: (shape & FIRST_UPPER_FLAG) !== 0,
      allCaps,
      hasLetter: (shape & HAS_LETTER_FLAG) !== 0,
      weight: 0,
      asked: 0,
      addressed: false,
    });
    sentenceHasWord = true;
  }
  if (!sentenceHasWord && sentences.length > 1) sentences.pop();
  // Text typed in capitals says nothing about names: ignore case throughout.
  if (letterWords >= 4 && capsWords > letterWords * 0.7) {
    for (const token of tokens) {
      token.capital = false;
      token.allCaps = false;
    }
  }
  return { tokens, sentences };
}

/** Shape flags of the word `scanWord` last read (kept outside to avoid an object per word). */
let scannedShape = 0;

/**
 * End of the word starting at `start` (alphanumeric runs joined by single joiners: "Russia's",
 * "on-prem", "U.S", "AT&T"), noting its letter, capitalisation and apostrophe flags on the way.
 */
function scanWord(text: string, start: number): number {
  const length = text.length;
  let letters = 0;
  let lowers = 0;
  let flags = 0;
  let i = start;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 97 && code <= 122) {
        letters++;
        lowers++;
      } else if (code >= 65 && code <= 90) {
        if (i === start) flags |= FIRST_UPPER_FLAG;
        letters++;
      } else if (code < 48 || code > 57) {
        if (!JOINERS.has(text[i]) || i + 1 >= length || !isAlphanumericAt(text, i + 1)) break;
        if (code === 39) flags |= APOSTROPHE_FLAG;
      }
      i++;
      continue;
    }
    if (code === 0x2019) {
      if (i + 1 >= length || !isAlphanumericAt(text, i + 1)) break;
      flags |= APOSTROPHE_FLAG | CURLY_APOSTROPHE_FLAG;
      i++;
      continue;
    }
    if (!isAlphanumericAt(text, i)) break;
    const size = charSize(text, i);
    const char = size === 1 ? text[i] : text.slice(i, i + size);
    const upperChar = char.toUpperCase();
    if (char.toLowerCase() !== upperChar) {
      letters++;
      if (char !== upperChar) lowers++;
      else if (i === start) flags |= FIRST_UPPER_FLAG;
    }
    i += size;
  }
  scannedShape = flags | (letters > 0 ? HAS_LETTER_FLAG : 0) | (letters >= 2 && lowers === 0 ? ALL_CAPS_FLAG : 0)
    | (letters > lowers ? ANY_UPPER_FLAG : 0);
  return i;
}

function charSize(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x200b || SPACE.test(text[i]);
}

function isAlphanumericAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7; // Latin letters
  if (code >= 0x2000 && code <= 0x206f) return false; // general punctuation: dashes, quotes
  return ALPHANUMERIC.test(text.slice(i, i + charSize(text, i)));
}

/** "U.S", "e.g": single letters separated by periods. */
function isDottedAcronym(word: string): boolean {
  if (word.length < 3 || word.length % 2 === 0) return false;
  for (let i = 1; i < word.length; i += 2) {
    if (word[i] !== '.') return false;
  }
  return true;
}

/** The word with a clitic removed when what remains is a stopword: "what's" → "what", "don't" → "do". */
export function contractionBase(lower: string): string {
  if (lower.indexOf("'") < 0) return lower;
  for (const clitic of CLITICS) {
    if (!lower.endsWith(clitic) || lower.length === clitic.length) continue;
    let base = lower.slice(0, -clitic.length);
    if (clitic === "n't") base = NEGATED_STEMS[base] ?? base;
    if (clitic === "'s" && (wordClass(base) & (FUNCTION | SOFT)) === 0) return lower;
    return base;
  }
  return lower;
}

/** Gives the words that are not stopwords their repeat key. */
export function assignRepeatKeys(tokens: Token[], stop: readonly boolean[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (stop[i]) continue;
    const lower = tokens[i].lower;
    tokens[i].key = repeatKey(lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower);
  }
}

/** Lowercase stem used to notice that "passports" and "passport", "Russia's" and "Russia" repeat. */
export function repeatKey(lower: string): string {
  let key = lower.endsWith("'s") ? lower.slice(0, -2) : lower;
  const length = key.length;
  if (length > 4 && key.endsWith('ies')) return `${key.slice(0, -3)}y`;
  if (length > 3 && key.charCodeAt(length - 1) === 115) {
    const before = key.charCodeAt(length - 2);
    if (before !== 115 && before !== 117 && before !== 105) key = key.slice(0, -1); // not -ss, -us, -is
  }
  return key;
}

function punctuation(text: string, sentence: number): Token {
  // Same property order as a word token: one object shape for every token.
  return { text, isWord: false, lower: text, base: text, cls: 0, key: text, sentence, initial: false, capital: false, allCaps: false, hasLetter: false, weight: 0, asked: 0, addressed: false };
}

/** "Mr." or an initial ("Mark L. Moerdler"): the period does not end the sentence. */
function isAbbreviation(token: Token): boolean {
  if (!token.isWord) return false;
  if ((token.cls & ABBREVIATION) !== 0) return true;
  return token.text.length === 1 && token.capital;
}

const NEXT_WORD = /\s*(\p{Lu}[\p{L}'’]*)/uy;

/** After "Sputnik V." or "No.", a capitalised "Is" or "I" shows that a new sentence began. */
function nextWordOpensSentence(text: string, from: number): boolean {
  NEXT_WORD.lastIndex = from;
  const next = NEXT_WORD.exec(text);
  return next !== null && (wordClass(contractionBase(next[1].toLowerCase().split('’').join("'"))) & FUNCTION) !== 0;
}
