/**
 * A candidate passage read from the transcript's text: the stretches of speech of its paragraphs, their words,
 * and the speech between two offsets with its lines joined (what a match reports as the true text).
 */
import { paragraphPieces, type IndexedFile, type Piece } from './indexedFile';
import { tokenize, type Token } from './tokens';

export interface Passage {
  text: string;
  pieces: Piece[];
  tokens: Token[];
}

export function readPassage(text: string, starts: Uint32Array, file: IndexedFile, first: number, last: number): Passage {
  const pieces: Piece[] = [];
  for (let p = first; p <= last; p++) paragraphPieces(text, starts, file, p, pieces);
  const tokens: Token[] = [];
  for (const piece of pieces) tokenize(text, piece.start, piece.end, tokens);
  return { text, pieces, tokens };
}

/** The speech between offsets `start` and `end`: each piece's part, joined by single spaces. */
export function spokenBetween(passage: Passage, start: number, end: number): string {
  const parts: string[] = [];
  for (const piece of passage.pieces) {
    const a = Math.max(piece.start, start);
    const b = Math.min(piece.end, end);
    if (a < b) parts.push(passage.text.slice(a, b));
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
