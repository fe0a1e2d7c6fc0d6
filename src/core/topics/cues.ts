/**
 * Grammatical cues around a candidate phrase, read from the neighbouring tokens: who is addressed,
 * what governs the phrase ("about", "a question on"), whether it names a person, acts as the
 * subject, or only says where something happens.
 */
import { opensClause } from './grammar';
import type { Token } from './tokenize';
import {
  COPULA, DETERMINER, FUNCTION, HONORIFIC, INSTITUTION, LOCATION, OFFICE, REPORTING, SOFT, SOFT_VERB,
  STAGE, SUBJECT_AUXILIARY, TIME, TOPIC_ON_HEAD, TOPIC_PREPOSITION, TOPIC_TO_HEAD,
} from './wordClass';

/** Nouns of a stretch of time: "this summer" after a word says when, not what. */
const PERIOD_NOUNS = new Set(['year', 'years', 'week', 'weeks', 'month', 'months', 'quarter', 'day', 'days', 'time', 'summer',
  'winter', 'spring', 'autumn', 'fall', 'season', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'decade']);
const TOPIC_NOUNS = new Set(['subject', 'topic', 'question', 'issue', 'focus', 'theme']);
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
const TIME_ADVERBS = new Set(['this', 'next', 'last', 'today', 'tomorrow', 'tonight', 'yesterday', 'again', 'soon', 'later', 'now']);
/** Nouns of change: "a decline in revenue" is not a place. */
const CHANGE_NOUNS = new Set(['decline', 'increase', 'rise', 'fall', 'drop', 'growth', 'decrease', 'slowdown', 'surge', 'spike',
  'jump', 'cut', 'cuts', 'investment', 'investments', 'interest', 'change', 'changes', 'shift', 'role', 'trends', 'trend']);
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
  // "about the (inaudible) summit": a stage direction in brackets is not there.
  if (at >= 2 && tokens[at].text === ')' && (tokens[at - 1].cls & STAGE) !== 0 && tokens[at - 2].text === '(') at -= 3;
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
  // "Our first subject is the Supreme Court", "the question is whether ...", "the first topic tonight is housing".
  if ((tokens[at].cls & COPULA) !== 0) return announcedAfter(tokens, at);
  if (word === 'to') return head !== undefined && (head.cls & TOPIC_TO_HEAD) !== 0;
  if (word !== 'on') return false;
  if (tokens[at].initial || head === undefined || !head.isWord) return true;
  // "votes next week on the budget": the head comes before the time.
  let headAt = at - 1;
  for (let skipped = 0; skipped < 3 && headAt > 0 && isTimeAdverbial(tokens[headAt]); skipped++) headAt--;
  return (tokens[headAt].cls & TOPIC_ON_HEAD) !== 0;
}

/**
 * A copula at `copula` after a topic noun, maybe with a time between (`the first topic tonight is`): what follows is
 * the topic a moderator announces.
 */
export function announcedAfter(tokens: readonly Token[], copula: number): boolean {
  let at = copula - 1;
  for (let skipped = 0; skipped < 2 && at > 0 && isTimeAdverbial(tokens[at]); skipped++) at--;
  return at >= 0 && TOPIC_NOUNS.has(tokens[at].lower);
}

/** "next week", "this year", "today", "again": when, between a verb and what it is about. */
function isTimeAdverbial(token: Token): boolean {
  return token.isWord && (PERIOD_NOUNS.has(token.lower) || TIME_ADVERBS.has(token.lower) || (token.cls & TIME) !== 0);
}

/** "the opposition says the interconnector makes ...": what a reported claim is about. */
export function isReportedSubject(tokens: readonly Token[], first: number): boolean {
  let at = first - 1;
  if (at >= 0 && (tokens[at].cls & DETERMINER) !== 0) at--;
  if (at >= 0 && tokens[at].lower === 'that') at--;
  return at >= 0 && at < first - 1 && (tokens[at].cls & REPORTING) !== 0;
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
  return opensClause(tokens, at, false) ? 'actor' : null;
}

/** "the White House", "the Biden administration": who answers for the government, seldom the topic. */
export function isInstitutionalActor(tokens: readonly Token[], indexes: readonly number[]): boolean {
  const last = tokens[indexes[indexes.length - 1]].key;
  if (last === 'administration' || last === 'government') return true;
  return indexes.length === 2 && tokens[indexes[0]].key === 'white' && last === 'house';
}

/** "the two capitals resume the service": a lowercase word before a determiner is likely a verb. */
export function endsInVerb(tokens: readonly Token[], last: number): boolean {
  return !tokens[last].capital && opensObject(tokens, last + 1);
}

/** A determiner that opens a noun phrase, not a time ("this summer", "next year"). */
export function opensObject(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token === undefined || (token.cls & DETERMINER) === 0) return false;
  const next = tokens[at + 1];
  if (next === undefined) return true;
  // "the electricity that will flow", "about this?", "a bill that needs": a pronoun, not a determiner.
  if (DEMONSTRATIVES.has(token.lower) && (!next.isWord || (next.cls & (FUNCTION | SOFT_VERB)) !== 0)) return false;
  if (token.lower === 'that' && !next.capital && (next.lower.endsWith('s') || next.lower.endsWith('ed'))) return false;
  return !PERIOD_NOUNS.has(next.lower);
}

/**
 * "held on Red Square", "in the EAEU countries": where something happens, rarely what; "raise it at
 * the IAEA Board" names a venue, even less often the topic. 1 when the phrase is no place (or is
 * what the question is about: `topicObject`).
 */
export function placeFactor(tokens: readonly Token[], first: number, topicObject: boolean): number {
  if (topicObject) return 1;
  const at = wordBefore(tokens, first);
  if (at < 0 || (tokens[at].cls & LOCATION) === 0) return 1;
  const head = tokens[at - 1];
  if (head !== undefined && CHANGE_NOUNS.has(head.lower)) return 1;
  // "what are you seeing in LinkedIn hiring trends": asked about, not placed.
  if (head !== undefined && (head.cls & SOFT_VERB) !== 0 && head.lower.endsWith('ing')) return 1;
  return tokens[at].lower === 'at' ? 0.5 : 0.65;
}

