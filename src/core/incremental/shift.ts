/**
 * Moves parts of an earlier parse down or up by a number of lines, for the part of a document an edit did not touch.
 */
import type { Turn } from '../model';
import type { Position, Range } from '../position';
import type { SectionStart } from '../parse/sections';

function shiftPosition(p: Position, delta: number): Position {
  return { line: p.line + delta, character: p.character };
}

export function shiftRange(r: Range, delta: number): Range {
  return delta === 0 ? r : { start: shiftPosition(r.start, delta), end: shiftPosition(r.end, delta) };
}

/** The same turn at another index and `delta` lines away; the object itself when nothing changes. */
export function shiftTurn(turn: Turn, delta: number, index: number): Turn {
  if (delta === 0 && turn.index === index) return turn;
  return {
    ...turn,
    index,
    range: shiftRange(turn.range, delta),
    labelRange: turn.labelRange ? shiftRange(turn.labelRange, delta) : null,
    paragraphs: delta === 0 ? turn.paragraphs : turn.paragraphs.map(p => ({ range: shiftRange(p.range, delta) })),
  };
}

export function shiftSectionStart(s: SectionStart, delta: number): SectionStart {
  return delta === 0 ? s : { ...s, line: s.line + delta };
}
