/**
 * Exchanges from the turn list: each explicit question (`Q.`, `Question:`) and, where the askers were inferred,
 * each asking turn of an asker starts one; the turns after it are its answers until the next exchange, a
 * section, or the unlabelled text that ends the questions. Linear in the turns, and computed from the turn list
 * alone, so an incremental parse gets the same exchanges as a full one.
 */
import type { Exchange, Section, Turn } from '../model';
import { LazyExchange, turnText, type TopicCache } from '../parse/assemble';
import type { Askers } from './askers';
import { hasAskingPhrase } from './asks';
import { announcementIn, type Announcement } from './earnings';
import { allWords } from '../languages';

const COMMON_WORDS = allWords('commonWords');

/** What the Outline calls the asker of an exchange named by analyst and firm. */
const ANALYST_ROLE = 'analyst';
/** A follow-up stays in its exchange when it is this short (characters)... */
const FOLLOW_UP_LENGTH = 200;
/** A question this short after a turn that is short too is an interjection in crosstalk ("Let him finish?"). */
const INTERJECTION_LENGTH = 50;
const CROSSTALK_LENGTH = 100;
/** A question this short with no word of a subject hands the floor on within the exchange... */
const HANDOVER_LENGTH = 80;
/** ...when its first or last words address someone by title. */
const ADDRESS_REACH = 3;
/** ...and shares a word of at least this many letters with the question. */
const SHARED_WORD_LENGTH = 5;
/** A question that asks nothing and is this short is a courtesy (`Q Thank you, sir.`)... */
const COURTESY_LENGTH = 60;
/** ...when the replies to it are this short too (`THE PRESIDENT: (Laughs.)`). */
const COURTESY_REPLY_LENGTH = 80;

export interface ExchangeInput {
  turns: readonly Turn[];
  sections: readonly Section[];
  lines: readonly string[];
  topics?: TopicCache;
  /** The transcript's language, read when a topic is first needed. */
  language: () => string | null;
  askers: Askers;
  /** Operator turns and whom they announce, on an earnings call. */
  announcements: Map<Turn, Announcement | null> | null;
}

export function buildExchanges(input: ExchangeInput): Exchange[] {
  const { turns, sections, lines, topics, language, askers, announcements } = input;
  const exchanges: LazyExchange[] = [];
  const sectionStarts = sections.map(s => s.range.start.line).sort((a, b) => a - b);
  let sectionIndex = 0;
  let open: LazyExchange | null = null;
  let announced: Announcement | null | undefined;
  const start = (turn: Turn, asker?: string, name?: string): LazyExchange => {
    const role = name ? ANALYST_ROLE : undefined;
    const exchange = new LazyExchange(exchanges.length + 1, turn, lines, topics, language, asker ? { asker, name, role } : undefined);
    exchanges.push(exchange);
    return exchange;
  };
  const asks = (turn: Turn) => {
    const reading = askers.readings[turn.index];
    if (reading === undefined) return false;
    return reading.asks || (askers.unpunctuated && reading.opensLikeQuestion) || hasAskingPhrase(lines, turn);
  };
  for (const turn of turns) {
    while (sectionIndex < sectionStarts.length && sectionStarts[sectionIndex] <= turn.range.start.line) {
      sectionIndex++;
      open = null;
    }
    const key = askers.keys[turn.index] ?? null;
    const current = open as LazyExchange | null;
    if (announcements && key !== null && askers.announcers.has(key)) {
      // The operator closes the exchange before and announces the next analyst.
      open = null;
      announced = announcements.get(turn);
      continue;
    }
    if (turn.isQuestion) {
      if (current && isCourtesy(current, lines, askers)) {
        current.add(turn);
        // The topic comes from the question that asks, not from the courtesy before it.
        const reading = askers.readings[turn.index];
        if (reading && (reading.asks || reading.length > (askers.readings[current.topicTurn.index]?.length ?? 0))) current.topicTurn = turn;
      } else {
        open = start(turn);
      }
    } else if (announcements && announced && key !== null && current === null) {
      const firm = announced.firm ? `, ${announced.firm}` : '';
      open = start(turn, turn.speaker ?? announced.name, `${turn.speaker ?? announced.name}${firm}`);
      announced = undefined;
    } else if (!announcements && key !== null && askers.roles.has(key) && asks(turn)) {
      const sameAsker = current?.inferred && askers.keys[current.question.index] === key;
      if (current && sameAsker && isFollowUp(current, turn, lines, askers)) current.add(turn);
      else open = start(turn, turn.speaker ?? undefined);
    } else if (current && turn.label !== null) {
      current.add(turn);
    } else if (current && turn.label === null) {
      open = null;
    }
  }
  return exchanges;
}

/**
 * A follow-up that stays in the exchange: a short question on the same subject (it shares a longer word with
 * the question), an interjection amid short exchanges ("Can you let him finish, sir?"), or a question cut off.
 */
function isFollowUp(exchange: LazyExchange, turn: Turn, lines: readonly string[], askers: Askers): boolean {
  const length = askers.readings[turn.index]?.length ?? Infinity;
  if (length > FOLLOW_UP_LENGTH) return false;
  // Crosstalk: two others traded short turns just before (a moderator asking in turn has the turn before last).
  const before = askers.readings[turn.index - 1]?.length ?? Infinity;
  const earlier = askers.keys[turn.index - 2];
  const crosstalk = before <= CROSSTALK_LENGTH && earlier !== undefined && earlier !== askers.keys[turn.index];
  if (length <= INTERJECTION_LENGTH && crosstalk) return true;
  if (length <= HANDOVER_LENGTH && isHandOver(turnText(lines, turn))) return true;
  if (/[-—–…]\s*$/u.test(turnText(lines, turn))) return true;
  const asked = new Set(longWords(turnText(lines, exchange.topicTurn)));
  return longWords(turnText(lines, turn)).some(word => asked.has(word));
}

/** Forms of address and offices of every language (not those that are also small words: Italian `on`, `a`): what a hand-over names someone with. */
const SMALL_WORDS = allWords('stopWords');
const ADDRESS_WORDS = new Set([...allWords('honorifics'), ...allWords('roles')].filter(w => !SMALL_WORDS.has(w)));

/**
 * "Mr. President?", "Senator Warren?", "Vice President Biden, you want to respond?": the floor handed to someone by
 * their title, with no subject of its own (the question stays the one asked before).
 */
function isHandOver(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(w => w !== '');
  // The title opens or ends the turn, as an address does: not "The President didn't think so" in mid-turn.
  const addressed = [...words.slice(0, ADDRESS_REACH), ...words.slice(-ADDRESS_REACH)].some(w => ADDRESS_WORDS.has(w));
  return addressed && longWords(text).length === 0;
}

/** Words that can carry a subject: long enough, not capitalised (names of whom the question addresses), not common. */
function longWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u)
    .filter(w => w.length >= SHARED_WORD_LENGTH && w === w.toLowerCase() && !COMMON_WORDS.has(w));
}

/**
 * An explicit question that asks nothing (`Q Thank you, sir.`) answered only by a courtesy: the next question
 * continues the exchange it opened instead of starting another.
 */
function isCourtesy(exchange: LazyExchange, lines: readonly string[], askers: Askers): boolean {
  const question = exchange.topicTurn;
  const reading = askers.readings[question.index];
  if (!reading || reading.asks || reading.length > COURTESY_LENGTH || exchange.inferred) return false;
  if (!isCourtesyText(turnText(lines, question))) return false;
  if (exchange.answers.length > 2 || exchange.answers.some(a => a.isQuestion)) return false;
  return exchange.answers.every(a => (askers.readings[a.index]?.length ?? Infinity) <= COURTESY_REPLY_LENGTH);
}

const COURTESY_OPENINGS = [...allWords('courtesies')];

/** `Thank you, sir.`, `Yeah.`, or a stage direction alone (`(Cross-talk by reporters.)`). */
function isCourtesyText(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (/^[([][^)\]]*[)\]][.\s]*$/u.test(t)) return true;
  return COURTESY_OPENINGS.some(c => t.startsWith(c) && !/^[\p{L}\p{N}]/u.test(t.slice(c.length)));
}

/** Operator turns and whom they announce, when the call has an announcing operator; null otherwise. */
export function findAnnouncements(turns: readonly Turn[], lines: readonly string[], askers: Askers): Map<Turn, Announcement | null> | null {
  if (askers.announcers.size === 0) return null;
  const found = new Map<Turn, Announcement | null>();
  let named = 0;
  for (const turn of turns) {
    const key = askers.keys[turn.index];
    if (key === null || key === undefined || !askers.announcers.has(key)) continue;
    const announcement = announcementIn(lines, turn);
    if (announcement) named++;
    found.set(turn, announcement);
  }
  return named >= 1 ? found : null;
}
