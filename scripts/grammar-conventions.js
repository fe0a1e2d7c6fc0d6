// The grammar's word alternations, made from the conventions table (src/core/conventions/table.ts), the
// same rows the parser reads. scripts/build-grammar.js adds these to the YAML's `variables`; the YAML may
// use them (`{{questionLabel}}`) but not define them.
'use strict';
const fs = require('fs');
const path = require('path');

const TABLE = path.resolve(__dirname, '..', 'src', 'core', 'conventions', 'table.ts');

/** Loads the table: it is data only (no imports), so a TypeScript-to-JavaScript transform is all it needs. */
function loadConventions(file = TABLE) {
  const esbuild = require('esbuild');
  const { code } = esbuild.transformSync(fs.readFileSync(file, 'utf8'), { loader: 'ts', format: 'cjs', target: 'node20' });
  const module = { exports: {} };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports;
}

const escape = word => word.replace(/[\\^$.*+?()[\]{}|\-]/g, '\\$&').replace(/ /g, '[ ]');
/** An alternation of words, longest first, without duplicates. */
const alternation = words => [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|');
/**
 * An alternation of many words as a trie (`(?:D(?:ate|ATE)|...)`): Oniguruma tries a flat alternation's branches
 * one by one at every label, while a trie fails after a character or two.
 */
function trie(words) {
  const root = new Map();
  const END = '';
  for (const word of new Set(words)) {
    let node = root;
    for (const ch of word) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch);
    }
    node.set(END, null);
  }
  const emit = node => {
    const branches = [...node.keys()].filter(ch => ch !== END).sort().map(ch => escape(ch) + emit(node.get(ch)));
    if (branches.length === 0) return '';
    if (node.has(END)) return `(?:${branches.join('|')})?`;
    return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  };
  return `(?:${emit(root)})`;
}

/** A word as written and in capitals, as both readers accept it. */
const withCapitals = word => [word, word.toUpperCase()];
/**
 * A word in the cases a label writes it (`date`, `Date`, `DATE`, `Editor's Note`): listed rather than matched with
 * `(?i:...)`, which keeps Oniguruma from reading the alternation as a set of literal strings (much slower).
 */
const inCases = word => [word, word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1),
  word.replace(/(^|[ -])(\p{L})/gu, (_, before, letter) => before + letter.toUpperCase())];
/** A character of a name (the parser's NAME_CHARS in src/core/parse/labels.ts). */
const NAME_CHAR = '[^\\s:：(（)）\\[\\]<>*#|`{}=~"“”_\\\\/]';
/** One letter class, or a class that never matches when no row has such a letter. */
const letterClass = letters => (letters.length ? `[${letters.join('')}]` : '(?!)');

/** The label of a question or an answer: exact words, words that open a longer label, words that end one. */
function markerLabel(rows, kind, notSpeakers) {
  const ofKind = rows.filter(row => row.kind === kind);
  const exact = ofKind.filter(row => row.extends !== 'suffix').flatMap(row => withCapitals(row.word));
  const prefix = ofKind.filter(row => row.extends === 'prefix').flatMap(row => withCapitals(row.word));
  const suffix = ofKind.filter(row => row.extends === 'suffix').map(row => row.word);
  const parts = [];
  // `Question from the audience`: up to 6 words in all, as the parser allows.
  // Keys that open like a marker (`Question time:`) are no question.
  const keys = notSpeakers.flatMap(inCases).filter(word => prefix.some(p => word.startsWith(`${p} `)));
  const notKey = keys.length ? `(?!${trie(keys)}[ \\t]?[:：(（])` : '';
  if (prefix.length) parts.push(`${notKey}${trie(prefix)}(?:[ ]${NAME_CHAR}{1,30}){1,5}`);
  parts.push(trie(exact));
  // `法新社记者`: at most 12 characters in all.
  if (suffix.length) parts.push(`[\\p{L}\\p{N}·・]{0,10}(?:${alternation(suffix)})`);
  return `(?:${parts.join('|')})`;
}

/** The variables the grammar takes from the conventions table. */
function conventionVariables(table = loadConventions()) {
  const {
    MARKER_WORDS, MARKER_LETTERS, NOT_SPEAKER_KEYS, PART_WORDS, ROSTER_HEADINGS, STAGE_DIRECTION_WORDS, NAME_PARTICLES, HONORIFICS,
    SALUTATIONS, QUOTE_INTRODUCERS, EXAMINATION_HEADINGS, FRENCH_RECORD_LABELS, MARKED_LABELS, DASH_LABELS,
  } = table;
  const letters = (kind, punctuation) => MARKER_LETTERS.filter(row => row.kind === kind && row.punctuation === punctuation).map(row => row.letter);
  const metadataKeys = [...NOT_SPEAKER_KEYS.filter(row => row.role === 'metadata').map(row => row.word), ...ROSTER_HEADINGS.map(row => row.word)];
  const notSpeakers = [...NOT_SPEAKER_KEYS.filter(row => row.role !== 'field').map(row => row.word), ...ROSTER_HEADINGS.map(row => row.word)];
  const examinations = EXAMINATION_HEADINGS.flatMap(heading => [heading, `further ${heading}`]);
  return {
    questionLabel: markerLabel(MARKER_WORDS, 'question', notSpeakers),
    answerLabel: markerLabel(MARKER_WORDS, 'answer', notSpeakers),
    // Letters with any punctuation (`Q.`, `Q:`, bare `Q` before a wide space), and letters with a full stop only (`P.`).
    questionLetter: letterClass(letters('question', 'any')),
    questionStopLetter: letterClass(letters('question', 'stop')),
    answerLetter: letterClass(letters('answer', 'any')),
    answerStopLetter: letterClass(letters('answer', 'stop')),
    metaKey: trie(metadataKeys.flatMap(inCases)),
    // Metadata keys, document parts and roster headings standing as a whole label, and document parts
    // (`Part II:`) of up to three words: never a speaker (the parser's isPlausibleName).
    // Also an examination heading, a letter's salutation (`Dear Chairman Holt:`) and a sentence introducing a quotation (`他接着说：`).
    notSpeaker: `(?:${trie([...notSpeakers, ...examinations].flatMap(inCases))}(?:[ \\t\\x{00A0}\\x{202F}]{0,2}[:：(（*]|[ \\t]+[\\[(]?\\d)` +
      // An examination heading naming its examiner (`CROSS-EXAMINATION BY MS. PARK:`).
      `|${trie(examinations.flatMap(inCases))}[ ]+(?:BY|By|by)[ ]` +
      `|${trie(PART_WORDS.flatMap(inCases))}(?:[ ][^ :：(（]{1,30}){0,2}[ \\t\\x{00A0}\\x{202F}]?[:：(（*]` +
      `|${trie(SALUTATIONS.flatMap(row => inCases(row.word)))}[ ]` +
      // (Atomic: the characters run up to the colon, and the look-behind is tried once, not at each of them.)
      `|(?>\\p{Lo}[\\p{Lo}·・]{0,15})(?<=${alternation(QUOTE_INTRODUCERS.map(row => row.ending))})[:：])`,
    particle: trie(NAME_PARTICLES),
    // French parliamentary labels (src/core/parse/frenchRecordLabel.ts reads the same rows).
    frenchAddress: trie(FRENCH_RECORD_LABELS.addresses),
    frenchOffice: trie(FRENCH_RECORD_LABELS.offices.flatMap(office => [office, office.charAt(0).toUpperCase() + office.slice(1)])),
    frenchComplement: trie(FRENCH_RECORD_LABELS.complements),
    // Labels a full stop and a dash close (`President. – …`; src/core/parse/labels.ts matchDashLabel).
    dashChair: trie(DASH_LABELS.chairs),
    dashEnding: `(?:${DASH_LABELS.endings.map(ending => escape(ending.trimEnd())).join('|')})(?=[ ])`,
    // Labels opened by a mark (`○議長（額賀福志郎君）　…`; src/core/parse/markedLabel.ts reads the same rows).
    labelMark: letterClass(MARKED_LABELS.map(row => escape(row.mark))),
    labelMarkEnd: `(?:${alternation(MARKED_LABELS.map(row => row.separator))})`,
    honorific: trie(HONORIFICS),
    directionWord: `(?i:${alternation(STAGE_DIRECTION_WORDS.map(row => row.word))})`,
  };
}

module.exports = { conventionVariables, loadConventions };
