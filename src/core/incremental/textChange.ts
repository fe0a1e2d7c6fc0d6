/**
 * Edits as editors report them (a range of the text before the edit, and the new text), applied to the
 * document's lines without splitting the whole text again.
 */
import type { Range } from '../position';
import { splitLines } from '../parse';

export interface TextChange {
  range: Range;
  text: string;
}

/** Where an edit landed: lines [start, oldEnd] were replaced by lines [start, newEnd]. */
export interface LineEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
  /** The lines the edit replaced, as they were. */
  removed: string[];
}

/** Applies one change to `lines` in place. Returns null when the change does not fit the lines. */
export function applyChange(lines: string[], change: TextChange): LineEdit | null {
  const { start, end } = change.range;
  if (start.line < 0 || end.line >= lines.length || start.line > end.line) return null;
  if (start.character > lines[start.line].length || end.character > lines[end.line].length) return null;
  const prefix = lines[start.line].slice(0, start.character);
  const suffix = lines[end.line].slice(end.character);
  const replacement = splitLines(prefix + change.text + suffix);
  const removed = lines.splice(start.line, end.line - start.line + 1, ...replacement);
  return { start: start.line, oldEnd: end.line, newEnd: start.line + replacement.length - 1, removed };
}
