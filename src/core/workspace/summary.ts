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
const FIRST_WORDS = 6;
const FIRST_WORDS_CHARACTERS = 60;
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

/** One row per turn, column by column. */
export interface TurnRows {
  count: number;
  /** Index into `TranscriptSummary.labels`, or NO_SPEAKER. */
  speaker: Uint16Array;
  /** 0-based first and last lines. */
  startLine: Int32Array;
  endLine: Int32Array;
  words: Int32Array;
  /** The exchange's number when the turn asks or answers in one, else 0. */
  exchange: Int32Array;
  /** Every turn's first words, joined; turn i's are `firstWordsText.slice(firstWordsEnd[i - 1] ?? 0, firstWordsEnd[i])`. */
  firstWordsText: string;
  firstWordsEnd: Int32Array;
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
  exchanges: ExchangeSummary[];
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
  const exchanges = transcript.exchanges.map(exchange => {
    exchangeOf.set(exchange.question.index, exchange.number);
    for (const answer of exchange.answers) exchangeOf.set(answer.index, exchange.number);
    return { number: exchange.number, topic: detached(exchange.topic), line: exchange.question.range.start.line, inferred: exchange.inferred === true };
  });
  const rows: TurnRows = {
    count: turns.length,
    speaker: new Uint16Array(turns.length),
    startLine: new Int32Array(turns.length),
    endLine: new Int32Array(turns.length),
    words: new Int32Array(turns.length),
    exchange: new Int32Array(turns.length),
    firstWordsText: '',
    firstWordsEnd: new Int32Array(turns.length),
  };
  const beginnings: string[] = [];
  let joined = 0;
  let totalWords = 0;
  turns.forEach((turn, i) => {
    rows.speaker[i] = speakerSlot(turn.speaker, labels, labelIndex);
    rows.startLine[i] = turn.range.start.line;
    rows.endLine[i] = turn.range.end.line;
    rows.words[i] = countTurnWords(lines, turn);
    totalWords += rows.words[i];
    rows.exchange[i] = exchangeOf.get(turn.index) ?? exchangeOf.get(i) ?? 0;
    const beginning = turnBeginning(lines, turn);
    beginnings.push(beginning);
    joined += beginning.length;
    rows.firstWordsEnd[i] = joined;
  });
  rows.firstWordsText = beginnings.join('');
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

/** Turn i's first words. */
export function firstWordsOf(rows: TurnRows, i: number): string {
  return rows.firstWordsText.slice(i === 0 ? 0 : rows.firstWordsEnd[i - 1], rows.firstWordsEnd[i]);
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
    + rows.exchange.byteLength + rows.firstWordsEnd.byteLength + 5 * OBJECT + stringBytes(rows.firstWordsText);
  for (const label of summary.labels) bytes += STRING + stringBytes(label);
  for (const exchange of summary.exchanges) bytes += OBJECT + stringBytes(exchange.topic);
  return bytes;

  function stringBytes(s: string): number {
    return STRING + (/[^\u0000-\u00ff]/u.test(s) ? 2 : 1) * s.length;
  }
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
    parts.push(line.slice(l === first.start.line ? first.start.character : 0, l === first.end.line ? first.end.character : line.length));
  }
  const words = firstWords(parts.join(' '), FIRST_WORDS) ?? '';
  return words.length > FIRST_WORDS_CHARACTERS ? `${words.slice(0, FIRST_WORDS_CHARACTERS - 1).trimEnd()}…` : words;
}

function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}
