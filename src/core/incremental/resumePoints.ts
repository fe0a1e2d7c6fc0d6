/**
 * Where an incremental parse may start again and where it meets the earlier parse: labelled turns, found by
 * binary search over turns in document order.
 */
import type { Turn } from '../model';
import { isTimestamp } from '../parse/timestamps';

/**
 * The last labelled turn whose label line is before `line`, that no lone timestamp leads into and whose label
 * line passes `accept` (for Markdown: the first line of a paragraph). -1 when there is none.
 */
export function restartTurn(turns: readonly Turn[], lines: readonly string[], line: number, accept: (labelLine: number) => boolean = () => true): number {
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
    const labelLine = turns[k].labelRange?.start.line;
    if (labelLine === undefined || labelLine >= line) continue;
    const gapStart = k > 0 ? turns[k - 1].range.end.line + 1 : 0;
    if (accept(labelLine) && !timestampBefore(lines, gapStart, labelLine)) return k;
  }
  return -1;
}

/**
 * Whether a lone timestamp stands between the turn before and the label on `line`: the parser keeps it pending
 * through whatever is read there without starting a turn (blank lines, rules, headings, metadata lines such as
 * `Date: 2025-07-30`, page furniture), and the turn takes it as its start time. A parse that started again at the
 * label would not have seen it.
 */
function timestampBefore(lines: readonly string[], from: number, line: number): boolean {
  for (let i = line - 1; i >= from; i--) {
    if (isTimestamp(lines[i].trim())) return true;
  }
  return false;
}

/** The index of the turn whose label is on `line`, or -1. */
export function turnWithLabelAt(turns: readonly Turn[], line: number): number {
  let lo = 0;
  let hi = turns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = turns[mid].range.start.line;
    if (at === line) return turns[mid].labelRange?.start.line === line ? mid : -1;
    if (at < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
