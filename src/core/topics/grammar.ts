/**
 * Guesses from a word's neighbours where the word lists cannot tell a noun from a verb: which
 * words to take out of topic phrases ("the administration waited", "a program that enforces",
 * "will the two governments meet") and which listed words still belong in them ("two
 * governments", "safety inspection reports", "price point"). One pass over the tokens, each
 * looking at a bounded number of neighbours.
 */
import type { Token } from './tokenize';
import {
  COMPOUND_HEAD, COPULA, DETERMINER, FUNCTION, NUMBER, PARTICLE, RELATIVE, REPORTING, SOFT, SOFT_VERB, SUBJECT_AUXILIARY,
} from './wordClass';

/** Auxiliaries that open a question before its subject and its bare verb ("Will the talks resume?").
 * Forms of "be" and "have" are left out: "Is the deal dead?" ends on an adjective, not a verb. */
const BARE_VERB_AUXILIARIES = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must']);
/** Before these an -ing form with an object is an action ("without raising taxes"); after "about"
 * or "of" it is as often a compound ("about operating margins", "of manufacturing jobs"). */
const GERUND_PREPOSITIONS = new Set(['without', 'by', 'after', 'before', 'while', 'when']);
const AFTER_VERB = new Set(['and', 'or', 'but', 'until', 'since', 'again', 'soon', 'now', 'today', 'tomorrow', 'tonight', 'this', 'next', 'up', 'down', 'out', 'back', 'off', 'it', 'them']);
const ARTICLES_AND_POSSESSIVES = new Set(['the', 'a', 'an', 'my', 'your', 'our', 'their', 'his', 'her', 'its']);
const QUESTION_WORDS = new Set(['how', 'what', 'when', 'where', 'why', 'which', 'who']);
/** "reports that ...", "reports the ...": the report is being made, not named. */
const REPORT_OBJECTS = new Set(['that', 'the', 'a', 'an']);

function isContent(tokens: readonly Token[], stop: readonly boolean[], index: number): boolean {
  return index >= 0 && index < tokens.length && !stop[index];
}

/** "-ed" but not "need", "speed", "hundred", "red". */
function looksPast(token: Token): boolean {
  const lower = token.lower;
  const end = lower.length;
  // Character codes: d 100, e 101, r 114.
  return end > 4 && lower.charCodeAt(end - 1) === 100 && lower.charCodeAt(end - 2) === 101
    && lower.charCodeAt(end - 3) !== 101 && !(lower.charCodeAt(end - 3) === 114 && lower.charCodeAt(end - 4) === 100);
}

/** A third-person verb form: "enforces", "supports" (not "-ss", "-us", "-is": "access", "status", "crisis"). */
function looksThirdPerson(token: Token): boolean {
  const lower = token.lower;
  if (lower.length < 4 || lower.charCodeAt(lower.length - 1) !== 115) return false;
  const before = lower.charCodeAt(lower.length - 2);
  return before !== 115 && before !== 117 && before !== 105 && before !== 39;
}

/** Adjusts `stop` in place (see the file comment). */
export function refineStops(tokens: readonly Token[], stop: boolean[]): void {
  // Words put back into phrases: each looks at the previous word (already decided) and the next one (not yet).
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const cls = token.cls;
    if ((cls & (NUMBER | COMPOUND_HEAD | REPORTING)) === 0 || !stop[i] || token.capital || (cls & FUNCTION) !== 0) continue;
    const previousContent = isContent(tokens, stop, i - 1) && tokens[i - 1].isWord;
    const nextContent = isContent(tokens, stop, i + 1) && tokens[i + 1].isWord;
    // "two governments", "three countries": a number word that counts the next noun.
    if ((cls & NUMBER) !== 0 && nextContent && !tokens[i + 1].capital && (tokens[i + 1].cls & NUMBER) === 0) stop[i] = false;
    // "safety inspection reports", "media reports": a report named after what it covers.
    else if (token.lower === 'reports' && previousContent && !tokens[i - 1].capital
      && (tokens[i + 1] === undefined || !REPORT_OBJECTS.has(tokens[i + 1].lower))) stop[i] = false;
    // "price point", "poverty level": a generic noun that heads a compound.
    else if ((cls & COMPOUND_HEAD) !== 0 && previousContent) stop[i] = false;
  }
  // Verbs taken out, judged on the phrases as they stood before this pass.
  const joined = stop.slice();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.isWord || token.capital) continue;
    if (joined[i]) {
      if ((token.cls & SUBJECT_AUXILIARY) !== 0) markInvertedVerb(tokens, joined, stop, i);
    } else if (isVerbAfterNoun(tokens, joined, i) || isRelativeClauseVerb(tokens, joined, i)
      || isParticipleWithObject(tokens, joined, i) || isPhrasalVerb(tokens, joined, i)) {
      stop[i] = true;
    }
  }
}

/** "the administration waited until ...", "Americans detained in Iran": a past form after a noun, not before one. */
function isVerbAfterNoun(tokens: readonly Token[], stop: readonly boolean[], index: number): boolean {
  if (!looksPast(tokens[index]) || !isContent(tokens, stop, index - 1) || !tokens[index - 1].isWord) return false;
  return !(isContent(tokens, stop, index + 1) && tokens[index + 1].isWord);
}

/** "the bill banning flavored ...", "is that affecting Talent Solutions": an -ing form before its object. */
function isParticipleWithObject(tokens: readonly Token[], stop: readonly boolean[], index: number): boolean {
  const lower = tokens[index].lower;
  const end = lower.length;
  // Character codes: i 105, n 110, g 103.
  if (end < 6 || lower.charCodeAt(end - 1) !== 103 || lower.charCodeAt(end - 2) !== 110 || lower.charCodeAt(end - 3) !== 105) return false;
  const next = tokens[index + 1];
  if (next === undefined || !next.isWord) return false;
  if ((next.cls & DETERMINER) !== 0 || looksPast(next)) return true;
  // "affecting Talent Solutions", but "the emerging AI labs": after an article or a possessive it describes.
  const previous = tokens[index - 1];
  if (next.capital && !next.initial) return previous === undefined || !ARTICLES_AND_POSSESSIVES.has(previous.lower);
  // "without raising taxes", "supports overturning state laws": a gerund and its object.
  return previous !== undefined && (GERUND_PREPOSITIONS.has(previous.lower) || (previous.cls & SOFT_VERB) !== 0)
    && isContent(tokens, stop, index + 1);
}

/** "do those cases line up with ...": a verb and its particle after the subject. */
function isPhrasalVerb(tokens: readonly Token[], stop: readonly boolean[], index: number): boolean {
  const particle = tokens[index + 1];
  if (particle === undefined || (particle.cls & PARTICLE) === 0 || !isContent(tokens, stop, index - 1)) return false;
  const after = tokens[index + 2];
  return after === undefined || !after.isWord || (after.cls & FUNCTION) !== 0;
}

/** "a program that enforces accountability", "a bill that increases ...": the verb of a relative clause. */
function isRelativeClauseVerb(tokens: readonly Token[], stop: readonly boolean[], index: number): boolean {
  const pronoun = tokens[index - 1];
  if (pronoun === undefined || (pronoun.cls & RELATIVE) === 0) return false;
  if (!looksThirdPerson(tokens[index]) && !looksPast(tokens[index])) return false;
  // "says that prices ...", "think that costs ...": after a verb, "that" opens a statement whose subject may be plural.
  const before = tokens[index - 2];
  if (before !== undefined && (before.cls & (SOFT_VERB | REPORTING)) !== 0) return false;
  const next = tokens[index + 1];
  return next === undefined || (next.cls & (SUBJECT_AUXILIARY | COPULA)) === 0 || !isContent(tokens, stop, index + 1);
}

/**
 * "Will the two governments meet again?", "How will Moscow respond?": after an auxiliary that opens
 * a question come the subject and a bare verb. When the subject is two words long, the second one
 * is that verb unless another verb follows ("Will the grain deal be extended?").
 */
function markInvertedVerb(tokens: readonly Token[], joined: readonly boolean[], stop: boolean[], auxiliary: number): void {
  if (!BARE_VERB_AUXILIARIES.has(tokens[auxiliary].lower) || !opensClause(tokens, auxiliary)) return;
  let at = auxiliary + 1;
  // Past "the", "your", "two", "new": to the subject's nouns.
  while (at < tokens.length && tokens[at].isWord && (tokens[at].cls & SOFT_VERB) === 0
    && ((tokens[at].cls & NUMBER) !== 0 || (joined[at] && (tokens[at].cls & (DETERMINER | SOFT)) !== 0))) at++;
  if (!isContent(tokens, joined, at) || !isContent(tokens, joined, at + 1) || isContent(tokens, joined, at + 2)) return;
  const verb = tokens[at + 1];
  if (verb.capital || looksThirdPerson(verb) || !verb.isWord) return;
  // A verb ends the question, or an adverb or object follows; before "between" it may be a noun ("the ferry line between ...").
  const after = tokens[at + 2];
  if (after === undefined || !after.isWord || (after.cls & DETERMINER) !== 0 || AFTER_VERB.has(after.lower)) stop[at + 1] = true;
}

/**
 * Whether the auxiliary at `index` comes before its subject: it opens a sentence ("Will ..."), follows
 * a question word ("How will ...") or an opening phrase ("Congressman, should ...", "If not, will ..."),
 * or, with `beforeDeterminer`, a determiner follows it ("... should that deadline hold"; "what is the plan" has
 * no inversion, which is why `subjectKind` leaves this last test out).
 */
export function opensClause(tokens: readonly Token[], index: number, beforeDeterminer = true): boolean {
  if (tokens[index].initial) return true;
  const previous = tokens[index - 1];
  if (previous !== undefined && (previous.text === ',' || (previous.initial && QUESTION_WORDS.has(previous.lower)))) return true;
  if (!beforeDeterminer) return false;
  const next = tokens[index + 1];
  return next !== undefined && (next.cls & DETERMINER) !== 0 && next.lower !== 'any' && next.lower !== 'some';
}
