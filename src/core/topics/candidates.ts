/**
 * Candidate topic phrases in tokenized English text: runs of content words between stopwords
 * and punctuation (names may bridge "of"/"on": "Bank of England"), the capitalised names inside
 * longer runs, and short quoted terms.
 */
import { announcedAfter, opensObject } from './cues';
import { refineStops } from './grammar';
import type { Token } from './tokenize';
import {
  CONNECTOR, CUE_ADVERB, FUNCTION, LY_NOUN, NUMBER, PARTICIPLE_CUE, REPORTING, SOFT, STAGE, SUBJECT_AUXILIARY, TIME, VERB_CUE,
} from './wordClass';

export interface Candidate {
  /** Token indexes of the phrase, in order (connectors included). */
  indexes: number[];
  quoted: boolean;
  /** A name taken out of a longer run ("SaaS AI" out of "SaaS AI margins"). */
  part: boolean;
  /** Two runs joined by "of" ("price of electricity"). */
  ofPhrase?: boolean;
}

const DIGIT = /\p{N}/u;
const PARTICIPLE_ENDING = /(?:ed|en|ne|wn|ing)$/;
const OPENING_QUOTES = new Set(['“', '«', '„', '"', '‘', '「', '『']);
const CLOSING_QUOTES = new Set(['”', '»', '“', '"', '’', '」', '』']);
const QUOTE_LOOKAHEAD = 8;
const TRAILING_PUNCTUATION = new Set([',', '.', '?', '!']);

function isAdverb(token: Token): boolean {
  return token.base.length > 4 && token.base.endsWith('ly') && (token.cls & LY_NOUN) === 0;
}

function isVerbCued(tokens: readonly Token[], index: number): boolean {
  let at = index - 1;
  if (tokens[at] !== undefined && (tokens[at].cls & CUE_ADVERB) !== 0) at--;
  const previous = tokens[at];
  if (previous === undefined || !previous.isWord) return false;
  // "Will vaccination certificates be required?": an auxiliary opening a question precedes its subject.
  if (previous.initial && (previous.cls & SUBJECT_AUXILIARY) !== 0) return false;
  if ((previous.cls & VERB_CUE) !== 0) return true;
  // "The first topic tonight is housing": the announced topic, not a participle.
  return (previous.cls & PARTICIPLE_CUE) !== 0 && PARTICIPLE_ENDING.test(tokens[index].lower) && !announcedAfter(tokens, at);
}

/** A lowercase word right after "to": usually a verb ("to register"), sometimes not ("a threat to democracy"). */
export function followsTo(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return !tokens[index].capital && previous !== undefined && previous.lower === 'to';
}

/** A capitalised word in mid-sentence, or one that opens a capitalised name: part of a name. */
export function looksNamed(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token.capital) return false;
  if (!token.initial) return true;
  const next = tokens[index + 1];
  return next !== undefined && next.isWord && next.capital && (next.cls & FUNCTION) === 0;
}

/** Whether a token can never be part of a topic phrase (punctuation included). */
export function stopFlags(tokens: readonly Token[]): boolean[] {
  const flags = new Array<boolean>(tokens.length);
  for (let i = 0; i < tokens.length; i++) flags[i] = isStop(tokens, i);
  refineStops(tokens, flags);
  return flags;
}

function isStop(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token.isWord) return true;
  const cls = token.cls;
  if ((cls & (TIME | STAGE)) !== 0) return true;
  if (token.allCaps) return token.base === 'ok' || token.base === 'i';
  if ((cls & FUNCTION) !== 0) return true;
  if ((cls & (SOFT | REPORTING)) !== 0 || isAdverb(token)) return !looksNamed(tokens, index);
  if (!token.capital && isVerbCued(tokens, index)) return true;
  return token.text.length === 1 && !token.capital && !DIGIT.test(token.text);
}

/** Runs of content words, proper names inside mixed runs, "X of Y" phrases and quoted terms. */
export function findCandidates(tokens: readonly Token[], stop: readonly boolean[], maxWords: number): Candidate[] {
  const candidates: Candidate[] = [];
  let run: number[] = [];
  let previous: number[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    addRun(tokens, run, maxWords, candidates);
    addOfPhrase(tokens, previous, run, maxWords, candidates);
    previous = run;
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!stop[i]) {
      run.push(i);
      continue;
    }
    const bridge = run.length > 0 ? nameBridge(tokens, stop, run[run.length - 1], i) : 0;
    if (bridge > 0) {
      // The connectors, and a capitalised function word that ends the name ("Medicare for All").
      const end = stop[i + bridge] ? i + bridge : i + bridge - 1;
      for (let j = i; j <= end; j++) run.push(j);
      i = end;
      continue;
    }
    flush();
  }
  flush();
  addQuoted(tokens, stop, maxWords, candidates);
  return candidates;
}

/** Number of connector tokens at `at` that join two parts of a capitalised name (0 if none):
 * "Bank of England", "Medicare for All", "Roe v. Wade". */
function nameBridge(tokens: readonly Token[], stop: readonly boolean[], last: number, at: number): number {
  if (!tokens[last].capital) return 0;
  for (let length = 1; length <= 2; length++) {
    const connector = tokens[at + length - 1];
    if (connector === undefined || connector.capital) return 0;
    const abbreviated = connector.text === '.' && length === 2 && (tokens[at].lower === 'v' || tokens[at].lower === 'vs');
    if ((connector.cls & CONNECTOR) === 0 && !abbreviated) return 0;
    const after = tokens[at + length];
    if (after === undefined || !after.isWord || !after.capital) continue;
    if (!stop[at + length] || (!after.initial && !after.allCaps && after.base !== 'i')) return length;
  }
  return 0;
}

/**
 * "the price of the electricity" → "price of electricity": the last words of one run, "of", and
 * the next run when it fits whole. "the" goes, as in a headline, except before a name ("the Caspian Sea").
 */
function addOfPhrase(tokens: readonly Token[], before: readonly number[], after: readonly number[], maxWords: number, out: Candidate[]): void {
  if (before.length === 0) return;
  const last = before[before.length - 1];
  const head = tokens[last];
  if (head.capital || head.allCaps || (head.cls & NUMBER) !== 0 || !head.hasLetter || tokens[last + 1]?.lower !== 'of') return;
  // "a tranche of $350 billion": an amount says little.
  if (after.every((index) => (tokens[index].cls & NUMBER) !== 0 || !tokens[index].hasLetter)) return;
  let at = last + 2;
  const article = tokens[at]?.lower;
  const dropArticle = article === 'the' && !tokens[at + 1]?.capital;
  if (article === 'the' || article === 'a' || article === 'an') at++;
  if (after[0] !== at) return;
  const headWords = before.length > 1 && !tokens[before[before.length - 2]].capital && maxWords - after.length >= 4 ? 2 : 1;
  if (headWords + 1 + after.length + (dropArticle || at === last + 2 ? 0 : 1) > maxWords) return;
  const indexes = before.slice(before.length - headWords);
  indexes.push(last + 1);
  if (at === last + 3 && !dropArticle) indexes.push(last + 2);
  for (const index of after) indexes.push(index);
  out.push({ indexes, quoted: false, part: false, ofPhrase: true });
}

function addRun(tokens: readonly Token[], run: readonly number[], maxWords: number, out: Candidate[]): void {
  const whole = trimConnectors(tokens, run.length > maxWords ? run.slice(run.length - maxWords) : run);
  if (isMeaningful(tokens, whole)) out.push({ indexes: whole, quoted: false, part: false });
  // "to introduce passports", "capitals resume this summer": the run without its likely verb competes too.
  if (run.length > 1 && followsTo(tokens, run[0])) addRun(tokens, run.slice(1), maxWords, out);
  const last = run[run.length - 1];
  if (run.length > 1 && opensObject(tokens, last + 1) && !tokens[last].capital) {
    addRun(tokens, run.slice(0, -1), maxWords, out);
  }
  // The names inside a mixed run ("register Sputnik V") compete on their own.
  let name: number[] = [];
  const flushName = (): void => {
    if (name.length > 0 && name.length < run.length && isMeaningful(tokens, name)) {
      out.push({ indexes: trimConnectors(tokens, name.slice(0, maxWords)), quoted: false, part: true });
    }
    name = [];
  };
  for (const index of run) {
    if (looksNamed(tokens, index) || tokens[index].allCaps) name.push(index);
    // "Roe v. Wade", "Bank of England": a bridged connector stays inside the name.
    else if (name.length > 0 && (isConnector(tokens[index]) || !tokens[index].isWord)) name.push(index);
    else flushName();
  }
  flushName();
}

function isConnector(token: Token): boolean {
  return !token.capital && (token.cls & CONNECTOR) !== 0;
}

function trimConnectors(tokens: readonly Token[], indexes: readonly number[]): number[] {
  let start = 0;
  let end = indexes.length;
  while (start < end && isConnector(tokens[indexes[start]])) start++;
  while (end > start && isConnector(tokens[indexes[end - 1]])) end--;
  return indexes.slice(start, end);
}

/** Not only numbers or a lone letter. */
function isMeaningful(tokens: readonly Token[], indexes: readonly number[]): boolean {
  for (const index of indexes) {
    if (tokens[index].hasLetter && tokens[index].text.length > 1) return true;
  }
  return false;
}

function addQuoted(tokens: readonly Token[], stop: readonly boolean[], maxWords: number, out: Candidate[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].isWord || !OPENING_QUOTES.has(tokens[i].text)) continue;
    const words: number[] = [];
    let content = 0;
    for (let j = i + 1; j < tokens.length && j <= i + QUOTE_LOOKAHEAD; j++) {
      const token = tokens[j];
      if (!token.isWord && CLOSING_QUOTES.has(token.text)) {
        // A quoted term, not a quoted sentence: content words make at least half of it.
        if (content * 2 >= words.length && words.length <= maxWords && isMeaningful(tokens, words)) {
          out.push({ indexes: words, quoted: true, part: false });
        }
        i = j;
        break;
      }
      if (!token.isWord) {
        // “Build Back Better,” : the comma before the closing quote belongs to the sentence.
        const next = tokens[j + 1];
        if (TRAILING_PUNCTUATION.has(token.text) && next !== undefined && CLOSING_QUOTES.has(next.text)) continue;
        break;
      }
      words.push(j);
      if (!stop[j]) content++;
    }
  }
}
