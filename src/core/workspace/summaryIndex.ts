/**
 * The index of a workspace's transcripts: one summary per file (summary.ts), and the reviewers' speaker maps
 * from the review sidecars, applied whenever speakers are named (a label renamed or merged in a sidecar is
 * counted and listed under its reviewed name, as citations name it). Answers the Transcripts view, workspace
 * symbols and Find Turns by Speaker.
 */
import type { Speaker, Transcript, TranscriptFormat } from '../model';
import { resolveSpeaker, type SpeakerEntry } from '../review';
import { fuzzyScore } from './fuzzy';
import type { TranscriptIndexPart } from './indexPart';
import { exchangesOf, firstWordsOf, NO_SPEAKER, summarize, summaryBytes, type TranscriptSummary } from './summary';

export type EntrySort = 'date' | 'title';

/** One transcript as the Transcripts view lists it. */
export interface IndexEntry {
  file: string;
  title: string;
  date: string | null;
  format: TranscriptFormat;
  /** Under their reviewed names, merged labels together, in order of first turn. */
  speakers: Speaker[];
  /** Exchanges, marked and inferred. */
  questions: number;
  inferredQuestions: number;
}

export interface WorkspaceSymbolEntry {
  /** `Q3 · vaccination passport — 2021-04-08 Nur-Sultan`, `Kassym-Jomart Tokayev — 2021-04-08 Nur-Sultan`. */
  name: string;
  kind: 'speaker' | 'exchange';
  file: string;
  /** 0-based line of the question, or of the speaker's first turn. */
  line: number;
}

export interface SpeakerTotal {
  name: string;
  turns: number;
  words: number;
  transcripts: number;
}

export interface SpeakerTurn {
  file: string;
  title: string;
  date: string | null;
  /** `2021-04-08 Nur-Sultan`: the transcript's date and place (or short title), as symbols name it. */
  where: string;
  /** 0-based first and last lines. */
  startLine: number;
  endLine: number;
  /** The label as the transcript writes it (may differ from the reviewed name). */
  label: string;
  firstWords: string;
  words: number;
  exchange: { number: number; topic: string } | null;
}

/** A speaker's part of one transcript. */
export interface TalkShare {
  file: string;
  title: string;
  date: string | null;
  /** As `SpeakerTurn.where`. */
  where: string;
  turns: number;
  words: number;
  /** The speaker's words over all the transcript's words, 0–1. */
  share: number;
}

export interface SpeakerTurns {
  name: string;
  /** By date (undated last), title, then line. */
  turns: SpeakerTurn[];
  /** One row per transcript the speaker speaks in, in the same order. */
  shares: TalkShare[];
}

/** How many workspace symbols a query returns at most: VS Code shows a list, not thousands. */
export const SYMBOL_LIMIT = 500;

export class SummaryIndex implements TranscriptIndexPart {
  private readonly summaries = new Map<string, TranscriptSummary>();
  private readonly speakerMaps = new Map<string, Readonly<Record<string, SpeakerEntry>>>();

  add(file: string, text: string, transcript: Transcript): void {
    this.summaries.set(file, summarize(file, text, transcript));
  }

  remove(file: string): void {
    this.summaries.delete(file);
  }

  /** The reviewer's speaker map of `file` (from its sidecar), or undefined when it has none. */
  setSpeakerMap(file: string, speakers: Readonly<Record<string, SpeakerEntry>> | undefined): void {
    if (speakers && Object.keys(speakers).length > 0) this.speakerMaps.set(file, speakers);
    else this.speakerMaps.delete(file);
  }

  get size(): number {
    return this.summaries.size;
  }

  has(file: string): boolean {
    return this.summaries.has(file);
  }

  entries(sort: EntrySort): IndexEntry[] {
    const summaries = [...this.summaries.values()].sort(sort === 'date' ? byDate : byTitle);
    return summaries.map(s => ({
      file: s.file,
      title: s.title,
      date: s.date,
      format: s.format,
      speakers: this.speakersOf(s),
      questions: s.exchanges.count,
      inferredQuestions: s.exchanges.inferred.reduce((sum, inferred) => sum + inferred, 0),
    }));
  }

  /** Speakers (each at their first turn) and exchanges of every transcript that match `query`, best first. */
  symbols(query: string, limit = SYMBOL_LIMIT): WorkspaceSymbolEntry[] {
    const found: { entry: WorkspaceSymbolEntry; score: number }[] = [];
    const consider = (entry: WorkspaceSymbolEntry) => {
      const score = fuzzyScore(query, entry.name);
      if (score !== null) found.push({ entry, score });
    };
    for (const s of [...this.summaries.values()].sort(byDate)) {
      const where = whereOf(s);
      const names = this.namesOf(s);
      const seen = new Set<string>();
      for (let i = 0; i < s.turns.count; i++) {
        const slot = s.turns.speaker[i];
        if (slot === NO_SPEAKER) continue;
        const key = speakerKey(names[slot]);
        if (seen.has(key)) continue;
        seen.add(key);
        consider({ name: `${names[slot]} — ${where}`, kind: 'speaker', file: s.file, line: s.turns.startLine[i] });
      }
      for (const e of exchangesOf(s)) consider({ name: `Q${e.number} · ${e.topic} — ${where}`, kind: 'exchange', file: s.file, line: e.line });
    }
    // A stable sort: equal scores keep date order.
    return found.sort((a, b) => b.score - a.score).slice(0, limit).map(f => f.entry);
  }

  /** Every speaker of the workspace under their reviewed name, most turns first. */
  speakers(): SpeakerTotal[] {
    const totals = new Map<string, SpeakerTotal & { spellings: Map<string, number> }>();
    for (const s of this.summaries.values()) {
      const names = this.namesOf(s);
      const inThis = new Set<string>();
      for (let i = 0; i < s.turns.count; i++) {
        const slot = s.turns.speaker[i];
        if (slot === NO_SPEAKER) continue;
        const key = speakerKey(names[slot]);
        let total = totals.get(key);
        if (!total) {
          total = { name: names[slot], turns: 0, words: 0, transcripts: 0, spellings: new Map() };
          totals.set(key, total);
        }
        total.turns++;
        total.words += s.turns.words[i];
        total.spellings.set(names[slot], (total.spellings.get(names[slot]) ?? 0) + 1);
        if (!inThis.has(key)) {
          inThis.add(key);
          total.transcripts++;
        }
      }
    }
    return [...totals.values()]
      .map(({ spellings, ...total }) => ({ ...total, name: mostUsed(spellings) }))
      .sort((a, b) => b.turns - a.turns || a.name.localeCompare(b.name));
  }

  /** Every turn of the speaker named `name` (as `speakers()` names them, case and spacing aside), and their talk share. */
  turnsOf(name: string): SpeakerTurns {
    const key = speakerKey(name);
    const turns: SpeakerTurn[] = [];
    const shares: TalkShare[] = [];
    for (const s of [...this.summaries.values()].sort(byDate)) {
      const names = this.namesOf(s);
      const topics = new Map(exchangesOf(s).map(e => [e.number, e.topic]));
      let count = 0;
      let words = 0;
      for (let i = 0; i < s.turns.count; i++) {
        const slot = s.turns.speaker[i];
        if (slot === NO_SPEAKER || speakerKey(names[slot]) !== key) continue;
        const exchange = s.turns.exchange[i];
        turns.push({
          file: s.file, title: s.title, date: s.date, where: whereOf(s), startLine: s.turns.startLine[i], endLine: s.turns.endLine[i],
          label: s.labels[slot], firstWords: firstWordsOf(s.turns, i), words: s.turns.words[i],
          exchange: exchange > 0 ? { number: exchange, topic: topics.get(exchange) ?? '' } : null,
        });
        count++;
        words += s.turns.words[i];
      }
      if (count > 0) shares.push({ file: s.file, title: s.title, date: s.date, where: whereOf(s), turns: count, words, share: s.totalWords > 0 ? words / s.totalWords : 0 });
    }
    return { name: this.speakers().find(t => speakerKey(t.name) === key)?.name ?? name, turns, shares };
  }

  /** What the index keeps, in bytes (an estimate from its arrays and strings; the benchmark measures the heap). */
  retainedBytes(): number {
    let bytes = 0;
    for (const s of this.summaries.values()) bytes += summaryBytes(s);
    return bytes;
  }

  /** The labels of a transcript under their reviewed names. */
  private namesOf(s: TranscriptSummary): string[] {
    const map = this.speakerMaps.get(s.file);
    return map ? s.labels.map(label => resolveSpeaker(map, label).name) : s.labels;
  }

  private speakersOf(s: TranscriptSummary): Speaker[] {
    const names = this.namesOf(s);
    const byKey = new Map<string, Speaker>();
    for (let i = 0; i < s.turns.count; i++) {
      const slot = s.turns.speaker[i];
      if (slot === NO_SPEAKER) continue;
      const key = speakerKey(names[slot]);
      let speaker = byKey.get(key);
      if (!speaker) {
        speaker = { name: names[slot], turns: 0, words: 0 };
        byKey.set(key, speaker);
      }
      speaker.turns++;
      speaker.words += s.turns.words[i];
    }
    return [...byKey.values()];
  }
}

/** One person however the labels space or capitalise them, with or without a final period (as the parser counts). */
export function speakerKey(name: string): string {
  return name.toLowerCase().replace(/\s+/gu, ' ').trim().replace(/\.$/u, '');
}

/** Titles longer than this are cut in symbol names, which VS Code shows on one line. */
const SYMBOL_TITLE = 50;

/**
 * `2021-04-08 Nur-Sultan`: what a symbol names its transcript by, the date (when known) and the place, or the
 * title where no place is given (a series of briefings has one place and differs in date).
 */
function whereOf(s: TranscriptSummary): string {
  const title = s.title.length > SYMBOL_TITLE ? `${s.title.slice(0, SYMBOL_TITLE - 1).trimEnd()}…` : s.title;
  const what = s.place ?? title;
  return s.date ? `${s.date} ${what}` : what;
}

function mostUsed(spellings: Map<string, number>): string {
  let best = '';
  let most = -1;
  for (const [spelling, count] of spellings) {
    if (count > most) [best, most] = [spelling, count];
  }
  return best;
}

/** Oldest first, undated last; then by title. */
function byDate(a: TranscriptSummary, b: TranscriptSummary): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return byTitle(a, b);
}

function byTitle(a: TranscriptSummary, b: TranscriptSummary): number {
  return a.title.localeCompare(b.title, undefined, { sensitivity: 'base', numeric: true }) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
