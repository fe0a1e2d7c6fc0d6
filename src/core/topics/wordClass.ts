/**
 * Every listed word's memberships as one bit mask, so each token needs one map lookup instead
 * of one set lookup per list (this runs for every word of every question of a transcript).
 */
import {
  ABBREVIATIONS, COMPOUND_HEADS, COPULAS, CUE_ADVERBS, DETERMINERS, FUNCTION_WORDS, HONORIFICS, INSTITUTION_HEADS,
  LOCATION_PREPOSITIONS, LY_NOUNS, NAME_CONNECTORS, NUMBER_WORDS, OFFICE_TITLES, OPINION_NOUNS,
  COORDINATORS, PARTICIPLE_CUES, PARTICLES, POINTERS, POINTING_PREPOSITIONS, QUESTION_WORDS, RELATIVE_PRONOUNS, REPORTING_VERBS, SOFT_VERBS, SOFT_WORDS, STAGE_DIRECTIONS, SUBJECT_AUXILIARIES,
  TIME_WORDS, TOPIC_ON_HEADS, TOPIC_PREPOSITIONS, TOPIC_TO_HEADS, VERB_CUES,
} from './stopwords';

export const FUNCTION = 1 << 0;
export const SOFT = 1 << 1;
export const SOFT_VERB = 1 << 2;
export const TIME = 1 << 3;
export const STAGE = 1 << 4;
export const REPORTING = 1 << 5;
export const HONORIFIC = 1 << 6;
export const OFFICE = 1 << 7;
export const INSTITUTION = 1 << 8;
export const OPINION = 1 << 9;
export const NUMBER = 1 << 10;
export const CONNECTOR = 1 << 11;
export const TOPIC_PREPOSITION = 1 << 12;
export const TOPIC_ON_HEAD = 1 << 13;
export const TOPIC_TO_HEAD = 1 << 14;
export const VERB_CUE = 1 << 15;
export const PARTICIPLE_CUE = 1 << 16;
export const CUE_ADVERB = 1 << 17;
export const SUBJECT_AUXILIARY = 1 << 18;
export const LY_NOUN = 1 << 19;
export const ABBREVIATION = 1 << 20;
export const DETERMINER = 1 << 21;
export const COPULA = 1 << 22;
export const LOCATION = 1 << 23;
export const COMPOUND_HEAD = 1 << 24;
export const POINTING_PREPOSITION = 1 << 25;
export const RELATIVE = 1 << 26;
export const PARTICLE = 1 << 27;
export const POINTER = 1 << 28;
export const COORDINATOR = 1 << 29;
export const QUESTION_WORD = 1 << 30;

const LISTS: [ReadonlySet<string>, number][] = [
  [FUNCTION_WORDS, FUNCTION], [SOFT_WORDS, SOFT], [SOFT_VERBS, SOFT_VERB], [TIME_WORDS, TIME],
  [STAGE_DIRECTIONS, STAGE], [REPORTING_VERBS, REPORTING], [HONORIFICS, HONORIFIC], [OFFICE_TITLES, OFFICE],
  [INSTITUTION_HEADS, INSTITUTION], [OPINION_NOUNS, OPINION], [NUMBER_WORDS, NUMBER], [NAME_CONNECTORS, CONNECTOR],
  [TOPIC_PREPOSITIONS, TOPIC_PREPOSITION], [TOPIC_ON_HEADS, TOPIC_ON_HEAD], [TOPIC_TO_HEADS, TOPIC_TO_HEAD],
  [VERB_CUES, VERB_CUE], [PARTICIPLE_CUES, PARTICIPLE_CUE], [CUE_ADVERBS, CUE_ADVERB],
  [SUBJECT_AUXILIARIES, SUBJECT_AUXILIARY], [LY_NOUNS, LY_NOUN], [ABBREVIATIONS, ABBREVIATION],
  [DETERMINERS, DETERMINER], [COPULAS, COPULA], [LOCATION_PREPOSITIONS, LOCATION], [COMPOUND_HEADS, COMPOUND_HEAD],
  [POINTING_PREPOSITIONS, POINTING_PREPOSITION], [RELATIVE_PRONOUNS, RELATIVE], [PARTICLES, PARTICLE],
  [POINTERS, POINTER], [COORDINATORS, COORDINATOR], [QUESTION_WORDS, QUESTION_WORD],
];

/*
 * The lists as a trie in flat arrays: a lookup walks the word's characters with no hashing and no
 * string comparison (a Map lookup hashed every token of every question and cost more than the
 * rest of the tokenizer). Symbols: a-z are 1-26, the apostrophe 27, the hyphen 28.
 */
const SYMBOLS = 29;

const SYMBOL_OF = new Uint8Array(128);
for (let code = 97; code <= 122; code++) SYMBOL_OF[code] = code - 96;
SYMBOL_OF[39] = 27;
SYMBOL_OF[45] = 28;

function symbolOf(code: number): number {
  return code < 128 ? SYMBOL_OF[code] : 0;
}

const memberships = new Map<string, number>();
for (const [words, flag] of LISTS) {
  for (const word of words) memberships.set(word, (memberships.get(word) ?? 0) | flag);
}

let stateCount = 1;
const LONGEST = Math.max(...[...memberships.keys()].map((word) => word.length));
for (const word of memberships.keys()) stateCount += word.length;
const transitions = new Int32Array(stateCount * SYMBOLS);
const classes = new Int32Array(stateCount);
let used = 1;
for (const [word, flags] of memberships) {
  let state = 0;
  for (let i = 0; i < word.length; i++) {
    const slot = state * SYMBOLS + symbolOf(word.charCodeAt(i));
    if (transitions[slot] === 0) transitions[slot] = used++;
    state = transitions[slot];
  }
  classes[state] |= flags;
}

/** The lists a lowercase word belongs to, as a bit mask (0 for an ordinary word). */
export function wordClass(lower: string): number {
  if (lower.length > LONGEST) return 0;
  let state = 0;
  for (let i = 0; i < lower.length; i++) {
    const symbol = symbolOf(lower.charCodeAt(i));
    if (symbol === 0) return 0;
    state = transitions[state * SYMBOLS + symbol];
    if (state === 0) return 0;
  }
  return classes[state];
}
