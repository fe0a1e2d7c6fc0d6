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
  endsInVerb, findAddressees, isInstitutionalActor, isPerson, isReportedSubject, isTopicObject, placeFactor, subjectKind,
} from './cues';
import { assignRepeatKeys, tokenize, type Sentence, type Token } from './tokenize';
import { languageProfile } from '../languages';
import {
  COORDINATOR, FUNCTION, NUMBER, OPINION, POINTER, POINTING_PREPOSITION, QUESTION_WORD, REPORTING, SOFT, SOFT_VERB, SUBJECT_AUXILIARY,
} from './wordClass';

interface Context {
  tokens: Token[];
  stop: boolean[];
  sentences: Sentence[];
  hasAsked: boolean;
  /** Per sentence: it points back at the preamble ("your reaction to that?", "the end of it"). */
  refersBack: boolean[];
  /** Per token, 1 in a second question joined to the first ("..., and how is that affecting ..."). */
  followUp: Uint8Array;
}

const LENGTH_FACTOR = [1, 0.9, 0.75, 0.6, 0.5];
const VAGUE_NOUNS = new Set(['issue', 'matter', 'question', 'topic', 'problem', 'situation', 'decision', 'idea', 'step', 'move', 'proposal']);

/** Month names and abbreviations of the English profile, in lower case. */
const MONTH_NAMES: ReadonlySet<string> = new Set((languageProfile('en')?.months ?? []).flatMap(names => names.split(/\s+/)));

/** The best key phrase, or the first content words; null when there is no content word at all. */
export function englishLabel(text: string, maxWords: number): string | null {
  const { tokens, sentences } = tokenize(text);
  const stop = stopFlags(tokens);
  const context = buildContext(tokens, stop, sentences);
  let best: Candidate | undefined;
  let bestScore = 0;
  for (const { candidate, score } of scorePhrases(context, maxWords)) {
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best !== undefined) return labelText(best.indexes, context);
  const firstWords: number[] = [];
  for (let i = 0; i < tokens.length && firstWords.length < Math.min(3, maxWords); i++) {
    if (!stop[i]) firstWords.push(i);
  }
  // A day of the month keeps its month (`on the night of March 3` gave `3`).
  const number = firstWords[0];
  if (firstWords.length === 1 && maxWords >= 2 && number > 0 && /^\d{1,4}$/.test(tokens[number].text) && MONTH_NAMES.has(tokens[number - 1].lower)) {
    firstWords.unshift(number - 1);
  }
  return firstWords.length > 0 ? labelText(firstWords, context) : null;
}

/** Every label with its score, best first: for tuning and for tests that explain a choice. */
export function rankedCandidates(text: string, maxWords: number): { label: string; score: number }[] {
  const { tokens, sentences } = tokenize(text);
  const context = buildContext(tokens, stopFlags(tokens), sentences);
  return scorePhrases(context, maxWords)
    .map(({ candidate, score }) => ({ label: labelText(candidate.indexes, context), score }))
    .sort((a, b) => b.score - a.score);
}

/**
 * One score per distinct phrase, with its first occurrence. A phrase asked about twice beats one
 * asked about once: its best score plus a quarter of the others. A phrase that recurs in the asked
 * part gets the link bonus only through such a recurrence, not also through each occurrence's words.
 */
function scorePhrases(context: Context, maxWords: number): { candidate: Candidate; score: number }[] {
  const candidates = findCandidates(context.tokens, context.stop, maxWords);
  const keys = candidates.map((candidate) => phraseKey(candidate.indexes, context.tokens));
  const askedKeys = new Set<string>();
  for (let i = 0; i < candidates.length; i++) {
    if (context.sentences[context.tokens[candidates[i].indexes[0]].sentence].isQuestion) askedKeys.add(keys[i]);
  }
  const byKey = new Map<string, { first: Candidate; best: number; total: number; start: number }>();
  for (let i = 0; i < candidates.length; i++) {
    const score = scoreCandidate(candidates[i], context, askedKeys.has(keys[i]));
    if (score <= 0) continue;
    const seen = byKey.get(keys[i]);
    const start = candidates[i].indexes[0];
    if (seen === undefined) {
      byKey.set(keys[i], { first: candidates[i], best: score, total: score, start });
    } else if (seen.start === start) {
      // The same words found twice (a run and the name inside it): one occurrence.
      if (score > seen.best) {
        seen.total += score - seen.best;
        seen.best = score;
      }
    } else {
      seen.total += score;
      seen.start = start;
      if (score > seen.best) seen.best = score;
    }
  }
  const scored: { candidate: Candidate; score: number }[] = [];
  for (const { first, best, total } of byKey.values()) scored.push({ candidate: first, score: best + 0.25 * (total - best) });
  return scored;
}

/** The phrase in lowercase, without a final possessive: what makes two occurrences the same label. */
function phraseKey(indexes: readonly number[], tokens: readonly Token[]): string {
  let key = tokens[indexes[0]].lower;
  for (let i = 1; i < indexes.length; i++) key += ` ${tokens[indexes[i]].lower}`;
  return key.endsWith("'s") ? key.slice(0, -2) : key;
}

function buildContext(tokens: Token[], stop: boolean[], sentences: Sentence[]): Context {
  assignRepeatKeys(tokens, stop);
  // Each distinct repeat key gets a small number, so the counting runs on arrays: one map lookup per word.
  const groups = new Map<string, number>();
  const groupOf = new Int32Array(tokens.length);
  const counts: number[] = [];
  const askedCounts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (stop[i]) continue;
    const token = tokens[i];
    let group = groups.get(token.key);
    if (group === undefined) {
      group = counts.length;
      groups.set(token.key, group);
      counts.push(0);
      askedCounts.push(0);
    }
    groupOf[i] = group;
    counts[group]++;
    if (sentences[token.sentence].isQuestion) askedCounts[group]++;
  }
  const addressees = findAddressees(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    token.addressed = addressees.size > 0 && addressees.has(token.key);
    if (stop[i]) continue;
    token.weight = 1 + 0.6 * Math.min(counts[groupOf[i]] - 1, 3);
    token.asked = askedCounts[groupOf[i]];
  }
  const hasAsked = sentences.some((sentence) => sentence.isQuestion);
  const { refersBack, followUp } = findClauseCues(tokens, stop, sentences.length);
  return { tokens, stop, sentences, hasAsked, refersBack, followUp };
}

/**
 * Two facts about clauses, in one pass. Per sentence, whether it points back at the preamble: a
 * pronoun after a preposition ("on this?", "to that.", "the end of it should ...") or "this" with a
 * vague noun ("raise this issue"). Per token, whether it lies in a second question joined to the
 * first by "and"/"or"/"but" and a question word or auxiliary ("..., and how is that affecting ...").
 */
function findClauseCues(tokens: readonly Token[], stop: readonly boolean[], sentenceCount: number): { refersBack: boolean[]; followUp: Uint8Array } {
  const refersBack = new Array<boolean>(sentenceCount).fill(false);
  const followUp = new Uint8Array(tokens.length);
  let sentence = -1;
  let seenContent = false;
  let inFollowUp = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.sentence !== sentence) {
      sentence = token.sentence;
      seenContent = false;
      inFollowUp = false;
    }
    if (inFollowUp) followUp[i] = 1;
    else if (!stop[i]) seenContent = true;
    const cls = token.cls;
    if ((cls & (POINTER | COORDINATOR)) === 0) continue;
    const next = tokens[i + 1];
    if ((cls & POINTER) !== 0) {
      if (token.lower !== 'it' && next !== undefined && VAGUE_NOUNS.has(next.lower)) refersBack[sentence] = true;
      if (i > 0 && (tokens[i - 1].cls & POINTING_PREPOSITION) !== 0 && (next === undefined || !next.isWord || (next.cls & FUNCTION) !== 0)) {
        refersBack[sentence] = true;
      }
    } else if (seenContent && !inFollowUp && next !== undefined && (next.cls & (QUESTION_WORD | SUBJECT_AUXILIARY)) !== 0) {
      inFollowUp = true;
    }
  }
  return { refersBack, followUp };
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
  let addressed = false;
  let numeric = true;
  for (const index of indexes) {
    const token = tokens[index];
    // Connectors do not count; a capitalised function word inside a name does ("Medicare for All").
    if (stop[index] && !candidate.quoted && !(token.capital && index !== first)) continue;
    // "two governments": the number belongs to the label but adds nothing to its weight.
    if ((token.cls & NUMBER) !== 0 && (token.cls & SOFT) !== 0 && !candidate.quoted) continue;
    content++;
    if (looksNamed(tokens, index) || token.allCaps) named++;
    lexical += stop[index] ? 1 : token.weight;
    if (token.addressed) addressed = true;
    if ((token.cls & NUMBER) === 0 && token.hasLetter) numeric = false;
    // "the treaty" asked after "the Open Skies Treaty" was introduced: the head word links more.
    const askedElsewhere = token.asked - (sentence.isQuestion && !stop[index] ? 1 : 0);
    if (askedElsewhere > 0 && !askedAsSuch) linked = Math.max(linked, index === last ? 1.5 : 0.6);
  }
  if (content === 0) return 0;
  let score = lexical * LENGTH_FACTOR[Math.min(indexes.length, LENGTH_FACTOR.length) - 1];
  if (named === content) score += content > 1 ? 1 : tokens[first].allCaps ? 0.5 : 0.4;
  else if (named > 0) score += 0.3;
  if (candidate.quoted) score += 0.8;
  score += linked;
  const topicObject = isTopicObject(tokens, first);
  if (topicObject) score += 1;
  else if (named === 0 && isReportedSubject(tokens, first)) score += 1.2;

  // The asked part weighs more, less when it points back at the preamble ("what about this?").
  if (context.hasAsked) score *= sentence.isQuestion ? (context.refersBack[tokens[first].sentence] ? 1.2 : 1.5) : 1;
  else if (tokens[first].sentence === context.sentences.length - 1) score *= 1.3;

  if (addressed) score *= 0.05;
  if (isPerson(tokens, indexes, named === content)) score *= 0.25;
  if (candidate.part) score *= 0.85;
  // "X of Y" wins over Y only with support of its own: "agree on the price of the electricity".
  if (candidate.ofPhrase === true) score *= 0.8;
  if (numeric) score *= 0.5;
  if (followsTo(tokens, first)) score *= 0.6;
  const next = tokens[last + 1];
  // "Bloomberg reported", "Nancy Pelosi is saying": a source, not the topic (but "reaction to Elon Musk saying ...").
  if (next !== undefined && !topicObject && ((next.cls & REPORTING) !== 0
    || ((next.cls & SUBJECT_AUXILIARY) !== 0 && ((tokens[last + 2]?.cls ?? 0) & REPORTING) !== 0))) score *= 0.4;
  if (next !== undefined && (next.cls & OPINION) !== 0) score *= 0.5;
  // A named subject acts ("Will Russia retaliate?", "Will the President push ..."); a common one is often the topic
  // ("Will the ferry line resume?"), also with a name before its noun when its verb follows ("Will the Riverton summit take place?").
  const commonHead = !tokens[last].capital && !tokens[last].allCaps && next !== undefined && (next.cls & (SOFT_VERB | SUBJECT_AUXILIARY)) !== 0;
  const subject = (looksNamed(tokens, first) || tokens[first].allCaps) && !commonHead ? subjectKind(tokens, first, last) : null;
  if (subject !== null && (sentence.isQuestion || subject === 'actor')) score *= sentence.isQuestion ? 0.6 : 0.7;
  if (endsInVerb(tokens, last)) score *= 0.7;
  score *= placeFactor(tokens, first, topicObject);
  // "What are you seeing in X, and how is that affecting Y?": Y is the follow-up.
  if (context.followUp[first] === 1) score *= 0.85;
  if (isInstitutionalActor(tokens, indexes)) score *= 0.5;
  if (indexes.length === 1 && !tokens[first].capital && tokens[first].lower.endsWith('ed')) score *= 0.5;
  // One common noun says less than a phrase or a name ("bill" against "Missouri General Assembly").
  if (indexes.length === 1 && named === 0) score *= 0.7;
  return score;
}

function labelText(indexes: readonly number[], context: Context): string {
  const tokens = context.tokens;
  const first = tokens[indexes[0]];
  let label = first.text;
  // A sentence-initial capital on a word written in lowercase elsewhere is not part of a name.
  if (first.initial && first.capital && !first.allCaps && !(indexes.length > 1 && tokens[indexes[1]].capital)
    && writtenInLowercase(first.key, context)) {
    label = label.charAt(0).toLowerCase() + label.slice(1);
  }
  // "Roe v. Wade": a period joins the word before it.
  for (let i = 1; i < indexes.length; i++) label += tokens[indexes[i]].isWord ? ` ${tokens[indexes[i]].text}` : tokens[indexes[i]].text;
  const end = label.length;
  if (end > 2 && label.charCodeAt(end - 1) === 115 && (label[end - 2] === "'" || label[end - 2] === '’')) {
    label = label.slice(0, -2);
  }
  return label;
}

/** Whether a content word with this repeat key is written in lowercase somewhere in the question. */
function writtenInLowercase(key: string, context: Context): boolean {
  for (let i = 0; i < context.tokens.length; i++) {
    if (!context.stop[i] && !context.tokens[i].capital && context.tokens[i].key === key) return true;
  }
  return false;
}
