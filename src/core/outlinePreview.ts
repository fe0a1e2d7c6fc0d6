/**
 * The first words of a turn, shown after the speaker in its Outline row (`HALE — I came here today because…`),
 * so that Go to Symbol and the Outline's filter find a turn by what was said.
 */
import type { Turn } from './model';

/** Words shown, and the most characters they may take. */
const PREVIEW_WORDS = 10;
const PREVIEW_CHARACTERS = 72;

/** A line of the document by its 0-based number (an array's index, or a VS Code document's `lineAt`). */
export type LineReader = (line: number) => string;

/**
 * The turn's first words, without bracketed notes (`[laughs]`, `\[00:03:18\]`) and Markdown emphasis, with `…`
 * when the turn goes on; null when the turn has no words. Reads only the first lines of the turn.
 */
export function turnPreview(turn: Turn, lineAt: LineReader): string | null {
  let text = '';
  for (const p of turn.paragraphs) {
    const { start, end } = p.range;
    for (let l = start.line; l <= end.line && text.length < PREVIEW_CHARACTERS * 3; l++) {
      const line = lineAt(l);
      text += ' ' + line.slice(l === start.line ? start.character : 0, l === end.line ? end.character : line.length);
    }
    if (text.length >= PREVIEW_CHARACTERS * 3) break;
  }
  const clean = text.replace(/\\?\[[^\]]{0,60}\\?\]|\((?:[^()]{0,40})\)|[*_`]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (clean === '') return null;
  const words = clean.split(' ');
  let shown = '';
  let count = 0;
  for (const word of words) {
    if (count === PREVIEW_WORDS || (shown.length + word.length + 1 > PREVIEW_CHARACTERS && count > 0)) break;
    shown = shown ? `${shown} ${word}` : word;
    count++;
  }
  if (shown.length > PREVIEW_CHARACTERS) shown = shown.slice(0, PREVIEW_CHARACTERS);
  return count < words.length || shown.length < clean.length ? `${shown.replace(/[,;:—–-]+$/u, '')}…` : shown;
}
