/**
 * Who asks in a transcript that does not mark its questions: from role words in labels (`MODERATOR`,
 * `JUSTICE`), front matter (`host:`), or the structure (who asks most for the words they speak, and who
 * speaks first). Never from a list of names. When none of these is clear, nobody is an asker and the
 * outline stays as it was.
 */
import type { Turn } from '../model';
import type { FrontMatter } from '../parse/frontMatter';
import { FRONT_MATTER_PEOPLE } from '../conventions';
import { allWords } from '../languages';
import { readTurn, type TurnReading } from './asks';

/** What a role in a label says: its holder asks (`MODERATOR`, `JUSTICE`) or announces the askers (`Operator`). */
export interface LabelRole {
  /** The role as the language profile writes it (`moderator`, `主持人`). */
  word: string;
  kind: 'asks' | 'announces';
}

/** Role words of every language (src/core/languages): a French label can appear in an English file. */
const ROLES = new Map<string, LabelRole>([
  ...[...allWords('askingRoles')].map((word): [string, LabelRole] => [word, { word, kind: 'asks' }]),
  ...[...allWords('announcingRoles')].map((word): [string, LabelRole] => [word, { word, kind: 'announces' }]),
]);
/** Roles in scripts without spaces, found inside a longer label (`主持人李明`). */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const UNSPACED_ROLES = [...ROLES.values()].filter(role => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(role.word));
const ASKER_KEYS = FRONT_MATTER_PEOPLE.filter(row => row.does === 'asks').map(row => row.word);
const ANSWERER_KEYS = FRONT_MATTER_PEOPLE.filter(row => row.does === 'answers').map(row => row.word);

export type AskerEvidence = 'roles' | 'frontMatter' | 'structure' | 'earnings';

export interface Askers {
  /** How the askers were found; null when they were not (the transcript keeps its explicit structure only). */
  evidence: AskerEvidence | null;
  /** Asker speaker keys (see `speakerKey`) and the role their label gives (`moderator`), or null. */
  roles: Map<string, string | null>;
  /** Speakers who announce questions (an earnings call's operator). */
  announcers: Set<string>;
  /** Each turn's speaker key (see `speakerKey`), by turn index; null without a speaker. */
  keys: (string | null)[];
  /** What was read of each turn, by turn index. */
  readings: TurnReading[];
  /** Whether interrogative openings count as asking: the transcript writes (almost) no question marks. */
  unpunctuated: boolean;
}

/** The reading of a turn nobody needs read. */
const UNREAD: TurnReading = { asks: false, opensLikeQuestion: false, length: 0 };
/** More speakers than this and nobody is inferred to ask (a Hansard sitting day names a few hundred). */
const MAX_SPEAKERS = 2000;
/** Fewest asking turns that make someone an asker by structure alone. */
const MIN_ASKING_TURNS = 3;
/** The askers' rate (asking turns per character) against the best other speaker's: clear on its own... */
const CLEAR_GAP = 2;
/** ...or, for the first speaker, a smaller lead in rate or a large lead in asking turns. */
const FIRST_SPEAKER_GAP = 1.3;
const FIRST_SPEAKER_COUNT_GAP = 2.5;
/** Someone with an asking role who hardly asks (a chair answering a press conference) is not an asker. */
const MIN_ROLE_ASKING_SHARE = 0.15;

/** One name for one person however the label spells it: `MS. PSAKI` and `Ms. Psaki.` are the same. */
export function speakerKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '').trim();
}

interface SpeakerStats {
  key: string;
  turns: number;
  asking: number;
  length: number;
  first: number;
  role: LabelRole | null;
}

/** `known`: readings of earlier parses of the same document, by turn object (a turn an edit left alone keeps its object). */
export function inferAskers(turns: readonly Turn[], lines: readonly string[], front: FrontMatter | null, known?: WeakMap<Turn, TurnReading>): Askers {
  // Nobody named and nothing marked (captions without speakers, one long turn): nobody can ask, and reading every
  // line for question marks on each keystroke would be the largest part of an edit's cost.
  if (!turns.some(turn => turn.speaker || turn.isQuestion || turn.isAnswer)) {
    return { evidence: null, roles: new Map(), announcers: new Set(), keys: turns.map(() => null), readings: turns.map(() => UNREAD), unpunctuated: false };
  }
  // Thousands of turns, a handful of names: each name's key is computed once.
  const keyOfName = new Map<string, string>();
  let tooMany = false;
  const keys = turns.map(turn => {
    if (!turn.speaker) return null;
    // Past MAX_SPEAKERS names the memo stops growing: the answer is decided, and a map of 200,000 names costs more
    // than the keys it saves.
    if (tooMany) return speakerKey(turn.speaker);
    let key = keyOfName.get(turn.speaker);
    if (key === undefined) {
      keyOfName.set(turn.speaker, key = speakerKey(turn.speaker));
      tooMany = keyOfName.size > MAX_SPEAKERS;
    }
    return key;
  });
  let readings = turns.map(turn => {
    let reading = known?.get(turn);
    if (!reading) {
      reading = readTurn(lines, turn, false);
      known?.set(turn, reading);
    }
    return reading;
  });
  const marked = readings.filter(r => r.asks).length;
  // Auto-generated captions have no punctuation: there the opening words are all there is.
  const unpunctuated = turns.length >= 20 && marked < turns.length * 0.01;
  // Thousands of different names are a list, a roster or a hostile file, not people taking turns to ask. The
  // turns' openings are not read then: only an asker's turn is judged by them.
  if (tooMany) return { evidence: null, roles: new Map(), announcers: new Set(), keys, readings, unpunctuated };
  if (unpunctuated) readings = turns.map(turn => readTurn(lines, turn, true));
  const asks = (i: number) => readings[i].asks || (unpunctuated && readings[i].opensLikeQuestion);
  const stats = new Map<string, SpeakerStats>();
  const result: Askers = { evidence: null, roles: new Map(), announcers: new Set(), keys, readings, unpunctuated };
  turns.forEach((turn, i) => {
    const key = keys[i];
    if (key === null || turn.isQuestion || turn.isAnswer) return;
    let s = stats.get(key);
    if (!s) stats.set(key, s = { key, turns: 0, asking: 0, length: 0, first: i, role: roleOf(turn) });
    s.turns++;
    if (asks(i)) s.asking++;
    s.length += readings[i].length;
  });
  for (const s of stats.values()) if (s.role?.kind === 'announces') result.announcers.add(s.key);

  const all = [...stats.values()];
  const hasExplicit = turns.some(t => t.isQuestion);
  const byRole = all.filter(s => s.role?.kind === 'asks' && s.asking > 0 && s.asking / s.turns >= MIN_ROLE_ASKING_SHARE);
  const byFront = frontMatterAskers(front, all);
  if (byRole.length > 0) {
    result.evidence = 'roles';
    for (const s of byRole) result.roles.set(s.key, s.role?.word ?? null);
    for (const s of byFront) if (!result.roles.has(s.key)) result.roles.set(s.key, null);
  } else if (byFront.length > 0) {
    result.evidence = 'frontMatter';
    for (const s of byFront) result.roles.set(s.key, null);
  } else {
    // Where some questions are marked (an audience's `Q:`), a moderator must stand out on the clearest evidence.
    const found = structuralAskers(all, front, hasExplicit);
    if (found.length > 0) {
      result.evidence = 'structure';
      for (const s of found) result.roles.set(s.key, null);
    }
  }
  return result;
}

/** The role a label names, from the role words of every language. */
export function roleOf(turn: Turn): LabelRole | null {
  // A hostile file has 200,000 speakers, each asked once: no array of parts, no set, no regular expression per word.
  let text = turn.label ?? '';
  if (turn.speaker) text = text ? `${text} ${turn.speaker}` : turn.speaker;
  if (turn.qualifier) text = text ? `${text} ${turn.qualifier}` : turn.qualifier;
  // toLowerCase, not toLocaleLowerCase: role words are compared as the tables write them, whatever the host's locale.
  text = text.normalize('NFKC').toLowerCase();
  if (text === '') return null;
  // No `u` flag: every separator is in the Basic Multilingual Plane, and the expression runs several times faster.
  const words = text.split(ROLE_SEPARATORS).filter(w => w !== '');
  // Single words first (as written, then without a final full stop), then pairs of neighbouring words.
  for (const word of words) {
    const role = ROLES.get(word) ?? (word.endsWith('.') ? ROLES.get(word.slice(0, -1)) : undefined);
    if (role) return role;
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const role = ROLES.get(`${words[i]} ${words[i + 1]}`);
    if (role) return role;
  }
  // Scripts without spaces: the role can be part of a longer label (`主持人李明`).
  if (!UNSPACED_SCRIPT.test(text)) return null;
  return UNSPACED_ROLES.find(role => text.includes(role.word)) ?? null;
}

const ROLE_SEPARATORS = /[\s,()（）:：]+/;

/** Speakers named by `host:` / `moderator:` front matter, unless also named as guests. */
function frontMatterAskers(front: FrontMatter | null, all: readonly SpeakerStats[]): SpeakerStats[] {
  if (!front) return [];
  const named = namesUnder(front, ASKER_KEYS);
  const guests = new Set(namesUnder(front, ANSWERER_KEYS).map(speakerKey));
  const found: SpeakerStats[] = [];
  for (const name of named) {
    const key = speakerKey(name);
    if (guests.has(key)) continue;
    const match = all.find(s => s.key === key) ?? all.find(s => sameSurname(s.key, key));
    if (match && !found.includes(match)) found.push(match);
  }
  return found;
}

function namesUnder(front: FrontMatter, keys: readonly string[]): string[] {
  const names: string[] = [];
  for (const key of keys) {
    const list = front.lists[key];
    if (list && list.length > 0) names.push(...list);
    else if (front.fields[key]) names.push(...front.fields[key].split(/,| and | & /).map(n => n.trim()).filter(Boolean));
  }
  return names;
}

/** `hale` in a label for `Jordan Hale` in front matter, or the reverse. */
function sameSurname(labelKey: string, frontKey: string): boolean {
  const last = (key: string) => key.split(' ').pop() ?? key;
  return labelKey.length > 1 && (last(labelKey) === last(frontKey) || labelKey === frontKey.split(' ')[0]);
}

/**
 * Askers from the structure, by their rate of asking turns per character spoken. The first speaker asks at
 * the highest rate and clearly more than the next (a moderator who opens a debate), or a group of speakers
 * asks at a rate well apart from everyone else's (a debate's moderators, a podcast's hosts).
 */
function structuralAskers(all: readonly SpeakerStats[], front: FrontMatter | null, strict: boolean): SpeakerStats[] {
  const guests = front ? new Set(namesUnder(front, ANSWERER_KEYS).map(speakerKey)) : new Set<string>();
  // One question in a few short turns is no rate to compare: such a speaker counts as not asking.
  const density = (s: SpeakerStats) => (s.asking >= 2 ? s.asking / Math.max(1, s.length) : 0);
  // Someone who speaks once or twice says too little to compare.
  const ranked = all.filter(s => s.turns >= MIN_ASKING_TURNS && s.role?.kind !== 'announces')
    .sort((a, b) => density(b) - density(a) || a.first - b.first);
  if (ranked.length < 2) return [];
  const canAsk = (s: SpeakerStats) => s.asking >= MIN_ASKING_TURNS && !guests.has(s.key);
  const [top, second] = ranked;
  const firstSpeaker = all.reduce((first, s) => (s.first < first.first ? s : first));
  if (!strict && top === firstSpeaker && canAsk(top)) {
    const mostByOthers = Math.max(...ranked.slice(1).map(s => s.asking));
    if (density(top) >= FIRST_SPEAKER_GAP * density(second) || top.asking >= FIRST_SPEAKER_COUNT_GAP * mostByOthers) return [top];
  }
  let best = 0;
  let bestGap = 0;
  for (let k = 1; k < ranked.length && canAsk(ranked[k - 1]); k++) {
    const gap = density(ranked[k - 1]) / Math.max(density(ranked[k]), Number.EPSILON);
    if (gap > bestGap) {
      best = k;
      bestGap = gap;
    }
  }
  // The askers are fewer than the others: a panel where everyone asks has no moderator to find.
  return bestGap >= CLEAR_GAP && best <= ranked.length / 2 + 1 ? ranked.slice(0, best) : [];
}
