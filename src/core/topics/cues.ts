/**
 * Grammatical cues around a candidate phrase, read from the neighbouring tokens: who is addressed,
 * what governs the phrase ("about", "a question on"), whether it names a person, acts as the
 * subject, or only says where something happens.
 */
import type { Token } from './tokenize';
import {
  COPULA, DETERMINER, FUNCTION, HONORIFIC, INSTITUTION, LOCATION, OFFICE, REPORTING, SOFT, SOFT_VERB,
  SUBJECT_AUXILIARY, TOPIC_ON_HEAD, TOPIC_PREPOSITION, TOPIC_TO_HEAD,
} from './wordClass';

const WH_WORDS = new Set(['how', 'what', 'when', 'where', 'why', 'which', 'who', 'whom', 'whose']);
const VOCATIVE_END = new Set([',', '.', '?', '!', ':', ';', '—', '–']);

/**
 * Names said to someone: "Jen, can I ask ...", "Satya and Amy, we're ...", "... conversations,
 * Satya, about ...", "Thank you, Jen." A capitalised run between a sentence start or comma and a
 * comma or sentence end, followed by a function word (not by the rest of a list).
 */
export function findAddressees(tokens: readonly Token[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.isWord || !token.capital) continue;
    const afterComma = i > 0 && tokens[i - 1].text === ',';
    if (!token.initial && !afterComma) continue;
    const names: Token[] = [];
    let j = i;
    for (; j < tokens.length && j < i + 6; j++) {
      const current = tokens[j];
      if (current.isWord && current.capital && (current.cls & FUNCTION) === 0) names.push(current);
      else if (current.isWord && (current.lower === 'and' || current.lower === '&') && names.length > 0) continue;
      else if (current.text === '.' && names.length > 0 && (names[names.length - 1].cls & HONORIFIC) !== 0) continue;
      else break;
    }
    const end = tokens[j];
    if (names.length === 0 || (end !== undefined && !VOCATIVE_END.has(end.text))) continue;
    const next = tokens[j + 1];
    // "Thank you, Jen." / "Simon!": after a comma, or a sentence of nothing but the name.
    const vocative = end === undefined || end.text !== ','
      ? afterComma || (token.initial && names.length <= 3)
      : next !== undefined && next.isWord && next.base !== 'and' && next.base !== 'or' && (next.cls & (FUNCTION | SOFT)) !== 0;
    if (!vocative) continue;
    for (const name of names) found.add(name.key);
    i = j;
  }
  return found;
}

/** The previous word, skipping up to three determiners and vague adjectives ("about the new rules" → "about"). */
function wordBefore(tokens: readonly Token[], index: number): number {
  let at = index - 1;
  for (let skipped = 0; at >= 0 && skipped < 3 && isModifier(tokens[at]); skipped++) at--;
  return at;
}

function isModifier(token: Token): boolean {
  return (token.cls & DETERMINER) !== 0 || ((token.cls & SOFT) !== 0 && (token.cls & SOFT_VERB) === 0 && !token.capital);
}

/** Object of "about"/"regarding", or of "on" after "question", "comment", "update" ... */
export function isTopicObject(tokens: readonly Token[], first: number): boolean {
  const at = wordBefore(tokens, first);
  if (at < 0 || !tokens[at].isWord) return false;
  const word = tokens[at].lower;
  if ((tokens[at].cls & TOPIC_PREPOSITION) !== 0) return true;
  const head = tokens[at - 1];
  if (word === 'to') return head !== undefined && (head.cls & TOPIC_TO_HEAD) !== 0;
  if (word !== 'on') return false;
  return tokens[at].initial || head === undefined || !head.isWord || (head.cls & TOPIC_ON_HEAD) !== 0;
}

/** "Mr. Lavrov", "President Biden", "Foreign Minister": a person, not a topic. */
export function isPerson(tokens: readonly Token[], indexes: readonly number[], allNamed: boolean): boolean {
  let before = indexes[0] - 1;
  if (before >= 0 && tokens[before].text === '.') before--;
  if (before >= 0 && (tokens[before].cls & HONORIFIC) !== 0) return true;
  const lastClass = tokens[indexes[indexes.length - 1]].cls;
  if ((lastClass & OFFICE) !== 0) return true;
  if (!allNamed || (lastClass & INSTITUTION) !== 0) return false;
  for (let i = 0; i < indexes.length - 1; i++) {
    if ((tokens[indexes[i]].cls & OFFICE) !== 0) return true;
  }
  return false;
}

/**
 * "the United States will ...", "Will Russia retaliate?": who acts, not what is asked about.
 * 'state' for "Victory Day is ...", which in a preamble often sets the topic; 'actor' otherwise.
 */
export function subjectKind(tokens: readonly Token[], first: number, last: number): 'actor' | 'state' | null {
  const next = tokens[last + 1];
  if (next !== undefined && next.isWord) {
    if ((next.cls & COPULA) !== 0) return 'state';
    if ((next.cls & (SUBJECT_AUXILIARY | SOFT_VERB | REPORTING)) !== 0) return 'actor';
  }
  // "Will Russia retaliate?", "How will Moscow respond?": the auxiliary opens the question.
  const at = wordBefore(tokens, first);
  if (at < 0 || (tokens[at].cls & SUBJECT_AUXILIARY) === 0) return null;
  const opener = tokens[at - 1];
  return tokens[at].initial || (opener !== undefined && opener.initial && WH_WORDS.has(opener.lower)) ? 'actor' : null;
}

/** "the White House", "the Biden administration": who answers for the government, seldom the topic. */
export function isInstitutionalActor(tokens: readonly Token[], indexes: readonly number[]): boolean {
  const last = tokens[indexes[indexes.length - 1]].key;
  if (last === 'administration' || last === 'government') return true;
  return indexes.length === 2 && tokens[indexes[0]].key === 'white' && last === 'house';
}

/** "the two capitals resume this summer": a lowercase word before a determiner is likely a verb. */
export function endsInVerb(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && (next.cls & DETERMINER) !== 0 && !tokens[last].capital;
}

/** "held on Red Square", "in the EAEU countries": where something happens, rarely what. */
export function isLocation(tokens: readonly Token[], first: number): boolean {
  const at = wordBefore(tokens, first);
  if (at < 0 || (tokens[at].cls & LOCATION) === 0) return false;
  return !isTopicObject(tokens, first);
}

