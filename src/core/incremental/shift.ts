/**
 * Moves parts of an earlier parse down or up by a number of lines, for the part of a document an edit did not touch.
 */
import type { TurnRecord } from '../parse/turnRecord';
import type { Position, Range } from '../position';
import type { SectionStart } from '../parse/sections';

function shiftPosition(p: Position, delta: number): Position {
  return { line: p.line + delta, character: p.character };
}

export function shiftRange(r: Range, delta: number): Range {
  return delta === 0 ? r : { start: shiftPosition(r.start, delta), end: shiftPosition(r.end, delta) };
}

/** The same turn at another index and `delta` lines away; the object itself when nothing changes. */
export function shiftTurn(turn: TurnRecord, delta: number, index: number): TurnRecord {
  return delta === 0 && turn.index === index ? turn : turn.moved(delta, index);
}

export function shiftSectionStart(s: SectionStart, delta: number): SectionStart {
  return delta === 0 ? s : { ...s, line: s.line + delta };
}
