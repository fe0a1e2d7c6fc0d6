/**
 * Parses a plain transcript again after an edit, from the last labelled turn before the edit to the point
 * where the scan meets the earlier parse again; the turns before and after are kept (moved by the lines the
 * edit added or removed). The result equals a full parse (a property test checks it).
 */
import type { Turn } from '../model';
import { detectCourtLayout } from '../parse/court';
import { isTimestamp } from '../parse/timestamps';
import { isSeparator } from '../parse/sections';
import { isChromeLine } from '../parse/boilerplate';
import { finishPlain, PlainScanner, type PlainParse } from '../parse/plain';
import type { TopicCache } from '../parse/assemble';
import { TurnBuilder } from '../parse/turnBuilder';
import type { LineEdit } from './textChange';
import { shiftRange, shiftSectionStart, shiftTurn } from './shift';

/** Court detection reads this many lines; edits beyond them cannot change it. */
const COURT_SAMPLE = 3000;

export function reparsePlain(old: PlainParse, lines: string[], edit: LineEdit, topics: TopicCache): PlainParse | null {
  const context = old.context;
  // The header, front matter and court layout are decided by the lines up to the first label.
  if (context.court || edit.start <= context.firstLabel) return null;
  if (edit.start < COURT_SAMPLE && detectCourtLayout(lines)) return null;
  const oldTurns = old.transcript.turns;
  const restart = restartTurn(oldTurns, lines, edit.start);
  if (restart < 0) return null;
  const restartLine = oldTurns[restart].labelRange!.start.line;
  const delta = edit.newEnd - edit.oldEnd;

  const builder = new TurnBuilder();
  builder.resumeAfter(oldTurns.slice(0, restart));
  const scan = new PlainScanner(
    { ...context, lines },
    builder,
    old.sectionStarts.filter(s => s.line < restartLine),
    old.boilerplate.filter(b => b.start.line < restartLine),
    true,
  );
  let labelsAfterEdit = 0;
  let resumeOld = -1;
  const stoppedAt = scan.run(restartLine, lines.length, line => {
    if (line <= edit.newEnd) return false;
    // From the second label after the edit on, the scan is in the same state as the earlier one was.
    if (++labelsAfterEdit < 2) return false;
    resumeOld = turnWithLabelAt(oldTurns, line - delta);
    return resumeOld >= 0;
  });
  if (resumeOld >= 0) {
    builder.close();
    const oldLine = stoppedAt - delta;
    for (let k = resumeOld; k < oldTurns.length; k++) {
      const moved = shiftTurn(oldTurns[k], delta, builder.turns.length);
      const topic = topics.get(oldTurns[k]);
      if (topic !== undefined && moved !== oldTurns[k]) topics.set(moved, topic);
      builder.turns.push(moved);
    }
    for (const s of old.sectionStarts) if (s.line >= oldLine) scan.sectionStarts.push(shiftSectionStart(s, delta));
    for (const b of old.boilerplate) if (b.start.line >= oldLine) scan.boilerplate.push(shiftRange(b, delta));
  }
  return finishPlain(scan.context, scan, topics);
}

/** The last labelled turn starting before `line` that no lone timestamp line leads into. */
function restartTurn(turns: readonly Turn[], lines: readonly string[], line: number): number {
  let lo = 0;
  let hi = turns.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid].range.start.line < line) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  for (let k = found; k >= 0; k--) {
    const turn = turns[k];
    if (!turn.labelRange || turn.labelRange.start.line >= line) continue;
    if (!followsTimestamp(lines, turn.labelRange.start.line)) return k;
  }
  return -1;
}

/** Whether a lone timestamp, seen through blank lines, rules and headings (which keep it pending), leads into `line`. */
function followsTimestamp(lines: readonly string[], line: number): boolean {
  for (let i = line - 1; i >= 0; i--) {
    const text = lines[i].trim();
    if (text === '' || isSeparator(text) || /^#{1,6}[ \t]/.test(text) || isChromeLine(text)) continue;
    return isTimestamp(text);
  }
  return false;
}

function turnWithLabelAt(turns: readonly Turn[], line: number): number {
  let lo = 0;
  let hi = turns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = turns[mid].range.start.line;
    if (at === line) return turns[mid].labelRange && turns[mid].labelRange!.start.line === line ? mid : -1;
    if (at < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
