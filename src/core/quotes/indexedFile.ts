/**
 * What the quote index keeps of one transcript: for each word (by hash), the paragraphs it occurs in, coded as
 * varint differences; where each paragraph is; and who speaks each turn, in which exchange. Not the text, not
 * the positions of words: the text is read again, for the few paragraphs a lookup picks, when it is needed.
 */
import type { Transcript } from '../model';
import { lineEnd, lineStarts, offsetAt } from './lineOffsets';
import { tokenize, type Token } from './tokens';
import { encodeSorted } from './varint';

export interface IndexedFile {
  /** Distinct word hashes, ascending. */
  keys: Uint32Array;
  /** Where each key's paragraph list starts in `postings` (one more entry than keys). */
  starts: Uint32Array;
  postings: Uint8Array;
  /** Per paragraph: start line and end line. */
  lines: Uint32Array;
  /** Per paragraph: start character and end character (16 bits unless a line is longer). */
  characters: Uint16Array | Uint32Array;
  /** Per turn that has paragraphs, in order: its first paragraph and its index in the transcript's turns. */
  turnRuns: Uint32Array;
  /** Per turn: index in `speakers` or -1, and exchange number or 0. */
  turns: Int32Array;
  speakers: string[];
  /** Rolling captions repeat each line in the next cue: a repeated line is read once. */
  rolling: boolean;
  /** Length and lines of the text indexed: a text read later that differs in either is not the one indexed. */
  textLength: number;
  lineCount: number;
}

/** A stretch of a line inside a paragraph: what is read as speech. */
export interface Piece {
  start: number;
  end: number;
}

export function indexFile(text: string, transcript: Transcript): IndexedFile {
  const starts = lineStarts(text);
  const lines: number[] = [];
  const characters: number[] = [];
  const turnRuns: number[] = [];
  const turns = new Int32Array(transcript.turns.length * 2);
  const speakers: string[] = [];
  const exchangeOfTurn = new Map<number, number>();
  for (const x of transcript.exchanges) {
    exchangeOfTurn.set(x.question.index, x.number);
    for (const a of x.answers) exchangeOfTurn.set(a.index, x.number);
  }
  for (const turn of transcript.turns) {
    const name = turn.speaker ?? turn.label;
    let who = -1;
    if (name !== null) {
      who = speakers.indexOf(name);
      if (who < 0) who = speakers.push(name) - 1;
    }
    turns[turn.index * 2] = who;
    turns[turn.index * 2 + 1] = exchangeOfTurn.get(turn.index) ?? 0;
    if (turn.paragraphs.length) turnRuns.push(lines.length / 2, turn.index);
    for (const p of turn.paragraphs) {
      lines.push(p.range.start.line, p.range.end.line);
      characters.push(p.range.start.character, p.range.end.character);
    }
  }
  const file: IndexedFile = {
    keys: new Uint32Array(0), starts: new Uint32Array(1), postings: new Uint8Array(0),
    lines: Uint32Array.from(lines),
    characters: characters.some(c => c > 0xffff) ? Uint32Array.from(characters) : Uint16Array.from(characters),
    turnRuns: Uint32Array.from(turnRuns), turns, speakers, rolling: transcript.rollingCaptions === true,
    textLength: text.length, lineCount: starts.length,
  };
  const byKey = new Map<number, number[]>();
  const count = lines.length / 2;
  const pieces: Piece[] = [];
  const tokens: Token[] = [];
  for (let p = 0; p < count; p++) {
    pieces.length = 0;
    tokens.length = 0;
    paragraphPieces(text, starts, file, p, pieces);
    for (const piece of pieces) tokenize(text, piece.start, piece.end, tokens);
    for (const t of tokens) {
      const list = byKey.get(t.hash);
      if (!list) byKey.set(t.hash, [p]);
      else if (list[list.length - 1] !== p) list.push(p);
    }
  }
  const keys = Uint32Array.from(byKey.keys()).sort();
  const offsets = new Uint32Array(keys.length + 1);
  const bytes: number[] = [];
  keys.forEach((key, i) => {
    offsets[i] = bytes.length;
    encodeSorted(byKey.get(key) ?? [], bytes);
  });
  offsets[keys.length] = bytes.length;
  file.keys = keys;
  file.starts = offsets;
  file.postings = Uint8Array.from(bytes);
  return file;
}

/**
 * The stretches of paragraph `p` read as speech, one per line (a court transcript's line numbers and a caption's
 * timings are outside the paragraph's range already). `previous` is the last piece read, for rolling captions.
 */
export function paragraphPieces(text: string, starts: Uint32Array, file: IndexedFile, p: number, out: Piece[]): void {
  const [startLine, endLine] = [file.lines[2 * p], file.lines[2 * p + 1]];
  const [startChar, endChar] = [file.characters[2 * p], file.characters[2 * p + 1]];
  for (let line = startLine; line <= endLine && line < starts.length; line++) {
    const start = line === startLine ? offsetAt(starts, line, startChar) : starts[line];
    const end = line === endLine ? Math.min(offsetAt(starts, line, endChar), lineEnd(text, starts, line)) : lineEnd(text, starts, line);
    if (end <= start) continue;
    if (file.rolling && out.length > 0 && sameText(text, out[out.length - 1], start, end)) continue;
    out.push({ start, end });
  }
}

function sameText(text: string, previous: Piece, start: number, end: number): boolean {
  return previous.end - previous.start === end - start && text.startsWith(text.slice(start, end), previous.start);
}

/** The paragraph list of `hash` in `file`, as [from, to) in `file.postings`, or null when the word is not there. */
export function postingsOf(file: IndexedFile, hash: number): [number, number] | null {
  let lo = 0;
  let hi = file.keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = file.keys[mid];
    if (k === hash) return [file.starts[mid], file.starts[mid + 1]];
    if (k < hash) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

/** The index of the turn paragraph `p` is in. */
export function paragraphTurn(file: IndexedFile, p: number): number {
  const runs = file.turnRuns;
  let lo = 0;
  let hi = runs.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[2 * mid] <= p) lo = mid;
    else hi = mid - 1;
  }
  return runs[2 * lo + 1];
}

export function paragraphCount(file: IndexedFile): number {
  return file.lines.length / 2;
}

/** Bytes the typed arrays hold (the strings of speaker names aside, which are few). */
export function indexedBytes(file: IndexedFile): number {
  return file.keys.byteLength + file.starts.byteLength + file.postings.byteLength + file.lines.byteLength
    + file.characters.byteLength + file.turnRuns.byteLength + file.turns.byteLength + file.speakers.reduce((n, s) => n + 2 * s.length + 16, 0) + 64;
}
