/**
 * What the workspace keeps of one transcript: its title, date, format, exchanges, and one compact row per turn
 * (speaker, lines, word count, first words, exchange). Not the text: across hundreds of transcripts the index
 * must stay well under the size of what it indexes, so the rows live in typed arrays and the turns' first
 * words in one joined string.
 */
import type { Transcript, TranscriptFormat, Turn } from '../model';
import { countTurnWords, firstWords } from '../parse/assemble';
import { splitLines } from '../parse';

/** Words shown of a turn's beginning, and at most this many characters of them. */
const FIRST_WORDS = 5;
const FIRST_WORDS_CHARACTERS = 40;
/** Marks a turn without a speaker (a bare `Question:`, an unlabelled opening) in `TurnRows.speaker`. */
export const NO_SPEAKER = 0xffff;

export interface ExchangeSummary {
  /** 1-based question number. */
  number: number;
  topic: string;
  /** 0-based line of the question. */
  line: number;
  inferred: boolean;
}

/** One row per exchange, column by column (`exchangesOf()` gives them as objects). */
export interface ExchangeRows {
  count: number;
  number: Column;
  line: Column;
  /** 1 for an inferred exchange. */
  inferred: Uint8Array;
  /** Topics joined, as the turns' first words are. */
  topicsText: string;
  topicsEnd: Column;
}

/** Numbers that fit in 16 bits (nearly always: lines, words and exchanges of one transcript) take two bytes each. */
type Column = Uint16Array | Uint32Array;

/** One row per turn, column by column. */
export interface TurnRows {
  count: number;
  /** Index into `TranscriptSummary.labels`, or NO_SPEAKER. */
  speaker: Uint16Array;
  /** 0-based first and last lines. */
  startLine: Column;
  endLine: Column;
  words: Column;
  /** The exchange's number when the turn asks or answers in one, else 0. */
  exchange: Column;
  /** Every turn's first words, joined; turn i's are `firstWordsText.slice(firstWordsEnd[i - 1] ?? 0, firstWordsEnd[i])`. */
  firstWordsText: string;
  firstWordsEnd: Column;
  /** 1 where the turn says more than its first words. Kept apart from the text: an ellipsis in it would make the
   * engine store the whole joined string at two bytes a character instead of one. */
  cut: Uint8Array;
}

export interface TranscriptSummary {
  file: string;
  title: string;
  /** ISO `YYYY-MM-DD`, or null. */
  date: string | null;
  /** Where it was said, when the transcript tells. */
  place: string | null;
  format: TranscriptFormat;
  lineCount: number;
  /** Speaker labels as written (first spelling of each), the turn rows' speakers point into it. */
  labels: string[];
  exchanges: ExchangeRows;
  turns: TurnRows;
  /** Words of all turns together: what a speaker's share is a share of. */
  totalWords: number;
}

/** Reads what the index keeps from a parsed transcript. `text` is the text it was parsed from. */
export function summarize(file: string, text: string, transcript: Transcript): TranscriptSummary {
  const lines = splitLines(text);
  const turns = transcript.turns;
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const exchangeOf = new Map<number, number>();
  for (const exchange of transcript.exchanges) {
    exchangeOf.set(exchange.question.index, exchange.number);
    for (const answer of exchange.answers) exchangeOf.set(answer.index, exchange.number);
  }
  const topics = transcript.exchanges.map(exchange => exchange.topic);
  const exchanges: ExchangeRows = {
    count: transcript.exchanges.length,
    number: column(transcript.exchanges.map(exchange => exchange.number)),
    line: column(transcript.exchanges.map(exchange => exchange.question.range.start.line)),
    inferred: Uint8Array.from(transcript.exchanges.map(exchange => (exchange.inferred ? 1 : 0))),
    topicsText: topics.join(''),
    topicsEnd: column(runningTotals(topics.map(topic => topic.length))),
  };
  const words = turns.map(turn => countTurnWords(lines, turn));
  const beginnings = turns.map(turn => turnBeginning(lines, turn));
  const cut = Uint8Array.from(beginnings.map(b => (b.endsWith('…') ? 1 : 0)));
  const shown = beginnings.map((b, i) => (cut[i] ? b.slice(0, -1) : b));
  const rows: TurnRows = {
    count: turns.length,
    speaker: new Uint16Array(turns.length),
    startLine: column(turns.map(turn => turn.range.start.line)),
    endLine: column(turns.map(turn => turn.range.end.line)),
    words: column(words),
    exchange: column(turns.map((turn, i) => exchangeOf.get(turn.index) ?? exchangeOf.get(i) ?? 0)),
    firstWordsText: shown.join(''),
    firstWordsEnd: column(runningTotals(shown.map(b => b.length))),
    cut,
  };
  turns.forEach((turn, i) => {
    rows.speaker[i] = speakerSlot(turn.speaker, labels, labelIndex);
  });
  const totalWords = words.reduce((sum, n) => sum + n, 0);
  return {
    file,
    title: detached(transcript.metadata.title ?? transcript.metadata.fileTitle ?? baseName(file)),
    date: detached(transcript.metadata.date),
    place: detached(transcript.metadata.place),
    format: transcript.format,
    lineCount: transcript.lineCount,
    labels,
    exchanges,
    turns: rows,
    totalWords,
  };
}

export function exchangesOf(summary: TranscriptSummary): ExchangeSummary[] {
  const rows = summary.exchanges;
  return Array.from({ length: rows.count }, (_, i) => ({
    number: rows.number[i],
    topic: rows.topicsText.slice(i === 0 ? 0 : rows.topicsEnd[i - 1], rows.topicsEnd[i]),
    line: rows.line[i],
    inferred: rows.inferred[i] === 1,
  }));
}

/** Turn i's first words. */
export function firstWordsOf(rows: TurnRows, i: number): string {
  const words = rows.firstWordsText.slice(i === 0 ? 0 : rows.firstWordsEnd[i - 1], rows.firstWordsEnd[i]);
  return rows.cut[i] ? `${words}…` : words;
}

/**
 * A copy of a string that does not hold on to the text it was cut from: engines keep a substring as a slice of
 * its parent, so a title cut from a 300 KB transcript would keep all of it alive in the index.
 */
function detached<T extends string | null>(s: T): T {
  return (s === null ? null : JSON.parse(JSON.stringify(s))) as T;
}

/**
 * Bytes the summary keeps, counted as V8 lays them out: an object header and fields, typed arrays' buffers,
 * strings at one byte a character when every character is Latin-1, else two.
 */
export function summaryBytes(summary: TranscriptSummary): number {
  const OBJECT = 64;
  const STRING = 16;
  const rows = summary.turns;
  let bytes = OBJECT * 3 + stringBytes(summary.file) + stringBytes(summary.title) + stringBytes(summary.date ?? '') + stringBytes(summary.place ?? '');
  bytes += rows.speaker.byteLength + rows.startLine.byteLength + rows.endLine.byteLength + rows.words.byteLength
    + rows.exchange.byteLength + rows.firstWordsEnd.byteLength + rows.cut.byteLength + 6 * OBJECT + stringBytes(rows.firstWordsText);
  for (const label of summary.labels) bytes += STRING + stringBytes(label);
  const exchanges = summary.exchanges;
  bytes += OBJECT + exchanges.number.byteLength + exchanges.line.byteLength + exchanges.inferred.byteLength + exchanges.topicsEnd.byteLength
    + stringBytes(exchanges.topicsText);
  return bytes;

  function stringBytes(s: string): number {
    return STRING + (/[^\u0000-\u00ff]/u.test(s) ? 2 : 1) * s.length;
  }
}

/** Two bytes a number when all fit, else four. */
function column(values: readonly number[]): Column {
  return values.every(v => v <= 0xffff) ? Uint16Array.from(values) : Uint32Array.from(values);
}

function runningTotals(values: readonly number[]): number[] {
  let total = 0;
  return values.map(v => (total += v));
}

function speakerSlot(speaker: string | null, labels: string[], labelIndex: Map<string, number>): number {
  if (speaker === null) return NO_SPEAKER;
  const known = labelIndex.get(speaker);
  if (known !== undefined) return known;
  // More distinct labels than a row can point to are kept as no speaker rather than wrongly as another one.
  if (labels.length >= NO_SPEAKER) return NO_SPEAKER;
  labelIndex.set(speaker, labels.length);
  labels.push(detached(speaker));
  return labels.length - 1;
}

function turnBeginning(lines: readonly string[], turn: Turn): string {
  const first = turn.paragraphs[0]?.range;
  if (!first) return '';
  // Only the first few lines of the paragraph can hold its first words.
  const last = Math.min(first.end.line, first.start.line + 3);
  const parts: string[] = [];
  for (let l = first.start.line; l <= last; l++) {
    const line = lines[l] ?? '';
    const from = l === first.start.line ? first.start.character : 0;
    // A few hundred characters hold the first words, however long the line.
    parts.push(line.slice(from, Math.min(l === first.end.line ? first.end.character : line.length, from + FIRST_WORDS_CHARACTERS * 8)));
  }
  const words = firstWords(parts.join(' '), FIRST_WORDS) ?? '';
  return words.length > FIRST_WORDS_CHARACTERS ? `${words.slice(0, FIRST_WORDS_CHARACTERS - 1).trimEnd()}…` : words;
}

function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}
