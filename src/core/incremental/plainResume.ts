/**
 * Parses a plain transcript again after an edit, from the last labelled turn before the edit to the point
 * where the scan meets the earlier parse again; the turns before and after are kept (moved by the lines the
 * edit added or removed). The result equals a full parse (a property test checks it).
 */
import { detectCourtLayout } from '../parse/court';
import { detectNameLineLayout, NAME_LINE_SAMPLE } from '../parse/nameLines';
import { finishPlain, PlainScanner, type PlainParse } from '../parse/plain';
import type { TopicCache } from '../parse/assemble';
import { TurnBuilder } from '../parse/turnBuilder';
import type { LineEdit } from './textChange';
import { restartTurn, turnWithLabelAt } from './resumePoints';
import { shiftRange, shiftSectionStart, shiftTurn } from './shift';

/** Court detection reads this many lines; edits beyond them cannot change it. */
const COURT_SAMPLE = 3000;

export function reparsePlain(old: PlainParse, lines: string[], edit: LineEdit, topics: TopicCache): PlainParse | null {
  const context = old.context;
  // The header, front matter and court layout are decided by the lines up to the first label.
  if (context.court || edit.start <= context.firstLabel) return null;
  if (edit.start < COURT_SAMPLE && detectCourtLayout(lines)) return null;
  // Names alone after separators: a document-wide decision from the first lines; when an edit there changes it,
  // every turn may change.
  if (edit.start < NAME_LINE_SAMPLE && detectNameLineLayout(lines.length, i => lines[i]) !== context.nameLines) return null;
  const oldTurns = old.turns;
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

