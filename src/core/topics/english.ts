/**
 * Topic label for a question written with spaces between words (English and similar):
 * score every candidate phrase and keep the best.
 *
 * The score favours phrases in the asked part (sentences ending in '?'), phrases whose words
 * recur (the preamble's "Open Skies Treaty" and the question's "the treaty"), capitalised names,
 * and objects of "about"/"on"; it disfavours the people addressed, news sources ("Bloomberg
 * reported") and the subject of the question ("will the United States return ...").
 */
import { findCandidates, followsTo, looksNamed, stopFlags, type Candidate } from './candidates';
import {
  COPULA, DETERMINER, FUNCTION, HONORIFIC, INSTITUTION, LOCATION, NUMBER, OFFICE, OPINION, REPORTING, SOFT,
  SOFT_VERB, SUBJECT_AUXILIARY, TOPIC_ON_HEAD, TOPIC_PREPOSITION, TOPIC_TO_HEAD,
} from './wordClass';
import { tokenize, type Sentence, type Token } from './tokenize';

interface Context {
  tokens: Token[];
  stop: boolean[];
  sentences: Sentence[];
  /** Occurrences of each content word's repeat key in the whole question / in its asked part. */
  keyCount: Map<string, number>;
  askedKeyCount: Map<string, number>;
  hasAsked: boolean;
  /** Repeat keys of the names of people addressed ("Jen, can I ask ..."). */
  addressees: Set<string>;
  /** Repeat keys seen in lowercase somewhere: a sentence-initial capital on them is not a name. */
  lowercaseKeys: Set<string>;
}

const LENGTH_FACTOR = [1, 0.9, 0.75, 0.6, 0.5];
const HAS_LETTER = /\p{L}/u;
const WH_WORDS = new Set(['how', 'what', 'when', 'where', 'why', 'which', 'who', 'whom', 'whose']);
const VOCATIVE_END = new Set([',', '.', '?', '!', ':', ';', '—', '–']);

/** The best key phrase, or the first content words; null when there is no content word at all. */
export function englishLabel(text: string, maxWords: number): string | null {
  const { tokens, sentences } = tokenize(text);
  const stop = stopFlags(tokens);
  const context = buildContext(tokens, stop, sentences);
  let bestLabel: string | undefined;
  let bestScore = 0;
  for (const { label, score } of scoreLabels(context, maxWords)) {
    if (score > bestScore) {
      bestLabel = label;
      bestScore = score;
    }
  }
  if (bestLabel !== undefined) return bestLabel;
  const firstWords: number[] = [];
  for (let i = 0; i < tokens.length && firstWords.length < Math.min(3, maxWords); i++) {
    if (!stop[i]) firstWords.push(i);
  }
  return firstWords.length > 0 ? labelText(firstWords, context) : null;
}

/** Every label with its score, best first: for tuning and for tests that explain a choice. */
export function rankedCandidates(text: string, maxWords: number): { label: string; score: number }[] {
  const { tokens, sentences } = tokenize(text);
  const context = buildContext(tokens, stopFlags(tokens), sentences);
  return scoreLabels(context, maxWords).sort((a, b) => b.score - a.score);
}

/**
 * One score per distinct label. A phrase asked about twice beats one asked about once: its best
 * score plus a quarter of the others. A phrase that recurs in the asked part gets the link bonus
 * only through such a recurrence, not also through each occurrence's words.
 */
function scoreLabels(context: Context, maxWords: number): { label: string; score: number }[] {
  const candidates = findCandidates(context.tokens, context.stop, maxWords);
  const written = candidates.map((candidate) => labelText(candidate.indexes, context));
  const labels = written.map((label) => label.toLowerCase());
  const askedLabels = new Set<string>();
  candidates.forEach((candidate, i) => {
    if (context.sentences[context.tokens[candidate.indexes[0]].sentence].isQuestion) askedLabels.add(labels[i]);
  });
  const byLabel = new Map<string, { label: string; best: number; total: number }>();
  candidates.forEach((candidate, i) => {
    const score = scoreCandidate(candidate, context, askedLabels.has(labels[i]));
    if (score <= 0) return;
    const seen = byLabel.get(labels[i]);
    if (seen === undefined) {
      byLabel.set(labels[i], { label: written[i], best: score, total: score });
    } else {
      seen.total += score;
      if (score > seen.best) seen.best = score;
    }
  });
  return [...byLabel.values()].map(({ label, best, total }) => ({ label, score: best + 0.25 * (total - best) }));
}

function buildContext(tokens: Token[], stop: boolean[], sentences: Sentence[]): Context {
  const keyCount = new Map<string, number>();
  const askedKeyCount = new Map<string, number>();
  const lowercaseKeys = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (stop[i]) continue;
    if (!token.capital) lowercaseKeys.add(token.key);
    keyCount.set(token.key, (keyCount.get(token.key) ?? 0) + 1);
    if (sentences[token.sentence].isQuestion) askedKeyCount.set(token.key, (askedKeyCount.get(token.key) ?? 0) + 1);
  }
  const hasAsked = sentences.some((sentence) => sentence.isQuestion);
  return { tokens, stop, sentences, keyCount, askedKeyCount, hasAsked, addressees: findAddressees(tokens), lowercaseKeys };
}

/**
 * Names said to someone: "Jen, can I ask ...", "Satya and Amy, we're ...", "... conversations,
 * Satya, about ...", "Thank you, Jen." A capitalised run between a sentence start or comma and a
 * comma or sentence end, followed by a function word (not by the rest of a list).
 */
function findAddressees(tokens: readonly Token[]): Set<string> {
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

function scoreCandidate(candidate: Candidate, context: Context, askedAsSuch: boolean): number {
  const { tokens, stop } = context;
  const indexes = candidate.indexes;
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  const sentence = context.sentences[tokens[first].sentence];
  let lexical = 0;
  let content = 0;
  let named = 0;
  let linked = 0;
  for (const index of indexes) {
    const token = tokens[index];
    if (stop[index] && !candidate.quoted) continue;
    content++;
    if (looksNamed(tokens, index) || token.allCaps) named++;
    const count = context.keyCount.get(token.key) ?? 1;
    lexical += 1 + 0.6 * Math.min(count - 1, 3);
    // "the treaty" asked after "the Open Skies Treaty" was introduced: the head word links more.
    const askedElsewhere = (context.askedKeyCount.get(token.key) ?? 0) - (sentence.isQuestion && !stop[index] ? 1 : 0);
    if (askedElsewhere > 0 && !askedAsSuch) linked = Math.max(linked, index === last ? 1.5 : 0.6);
  }
  if (content === 0) return 0;
  let score = lexical * LENGTH_FACTOR[Math.min(indexes.length, LENGTH_FACTOR.length) - 1];
  if (named === content) score += content > 1 ? 1 : tokens[first].allCaps ? 0.5 : 0.4;
  else if (named > 0) score += 0.3;
  if (candidate.quoted) score += 0.8;
  score += linked;
  if (isTopicObject(tokens, first)) score += 1;

  if (context.hasAsked) score *= sentence.isQuestion ? 1.5 : 1;
  else if (tokens[first].sentence === context.sentences.length - 1) score *= 1.3;

  if (indexes.some((index) => context.addressees.has(tokens[index].key))) score *= 0.05;
  if (isPerson(tokens, indexes, named === content)) score *= 0.25;
  if (candidate.part) score *= 0.85;
  if (indexes.every((index) => (tokens[index].cls & NUMBER) !== 0 || !HAS_LETTER.test(tokens[index].text))) score *= 0.5;
  if (followsTo(tokens, first)) score *= 0.6;
  const next = tokens[last + 1];
  if (next !== undefined && (next.cls & REPORTING) !== 0) score *= 0.4;
  if (next !== undefined && (next.cls & OPINION) !== 0) score *= 0.5;
  // A named subject acts ("Will Russia retaliate?"); a common one is often the topic ("Will the ferry line resume?").
  const subject = looksNamed(tokens, first) || tokens[first].allCaps ? subjectKind(tokens, first, last) : null;
  if (subject !== null && (sentence.isQuestion || subject === 'actor')) score *= sentence.isQuestion ? 0.6 : 0.7;
  if (endsInVerb(tokens, last)) score *= 0.7;
  if (isLocation(tokens, first)) score *= 0.65;
  if (isInstitutionalActor(tokens, indexes)) score *= 0.5;
  if (indexes.length === 1 && !tokens[first].capital && tokens[first].lower.endsWith('ed')) score *= 0.5;
  return score;
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
function isTopicObject(tokens: readonly Token[], first: number): boolean {
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
function isPerson(tokens: readonly Token[], indexes: readonly number[], allNamed: boolean): boolean {
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
function subjectKind(tokens: readonly Token[], first: number, last: number): 'actor' | 'state' | null {
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
function isInstitutionalActor(tokens: readonly Token[], indexes: readonly number[]): boolean {
  const last = tokens[indexes[indexes.length - 1]].key;
  if (last === 'administration' || last === 'government') return true;
  return indexes.length === 2 && tokens[indexes[0]].key === 'white' && last === 'house';
}

/** "the two capitals resume this summer": a lowercase word before a determiner is likely a verb. */
function endsInVerb(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && (next.cls & DETERMINER) !== 0 && !tokens[last].capital;
}

/** "held on Red Square", "in the EAEU countries": where something happens, rarely what. */
function isLocation(tokens: readonly Token[], first: number): boolean {
  const at = wordBefore(tokens, first);
  if (at < 0 || (tokens[at].cls & LOCATION) === 0) return false;
  return !isTopicObject(tokens, first);
}

function labelText(indexes: readonly number[], context: Context): string {
  const tokens = context.tokens;
  const first = tokens[indexes[0]];
  let label = first.text;
  // A sentence-initial capital on a word written in lowercase elsewhere is not part of a name.
  if (first.initial && first.capital && !first.allCaps && context.lowercaseKeys.has(first.key)
    && !(indexes.length > 1 && tokens[indexes[1]].capital)) {
    label = label.charAt(0).toLowerCase() + label.slice(1);
  }
  for (let i = 1; i < indexes.length; i++) label += ` ${tokens[indexes[i]].text}`;
  const end = label.length;
  if (end > 2 && label.charCodeAt(end - 1) === 115 && (label[end - 2] === "'" || label[end - 2] === '’')) {
    label = label.slice(0, -2);
  }
  return label;
}
