/**
 * The transcript against the recording's clock, both ways: the time at a document line (Play from Here) and
 * the lines at a playback time (the highlight that follows playback).
 *
 * Caption files time every cue. Other transcripts time their turns (`[00:12:34] NAME:`); a line inside a turn
 * gets a time interpolated by characters between the turn's start and the next timed turn's start, and says
 * that it is interpolated, because speech is not spoken at an even rate.
 */
import type { Transcript } from '../model';
import { parseClock } from './time';

export interface TimedSpan {
  kind: 'cue' | 'turn';
  /** Start and end in seconds; `end` is null for the last timed turn when the recording's length is unknown. */
  start: number;
  end: number | null;
  /** 0-based lines the span covers: a cue from its timing line to its last text line; a timed turn up to the
   * line before the next timed turn (untimed turns in between belong to it). */
  firstLine: number;
  lastLine: number;
}

export interface Timeline {
  spans: TimedSpan[];
  /** Indexes into `spans` ordered by start (stable): the search by time. */
  byStart: number[];
}

export interface TimeAtLine {
  seconds: number;
  span: TimedSpan;
  /** True when the time is estimated within a turn from the characters before the line. */
  interpolated: boolean;
}

export interface LinesAtTime {
  span: TimedSpan;
  /** The line being spoken: the span's first line, or for a timed turn the line reached by characters. */
  line: number;
  interpolated: boolean;
}

/** The timed spans of a transcript: its cues, or its turns with a start time. Empty when nothing is timed. */
export function buildTimeline(transcript: Transcript): Timeline {
  const spans = transcript.cues?.length ? cueSpans(transcript) : turnSpans(transcript);
  const byStart = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start || a - b);
  return { spans, byStart };
}

function cueSpans(transcript: Transcript): TimedSpan[] {
  const spans: TimedSpan[] = [];
  for (const cue of transcript.cues ?? []) {
    const start = parseClock(cue.start);
    if (start === null) continue;
    const end = parseClock(cue.end);
    spans.push({ kind: 'cue', start, end: end !== null && end >= start ? end : null, firstLine: cue.timingLine, lastLine: Math.max(cue.timingLine, cue.lastLine) });
  }
  return spans;
}

function turnSpans(transcript: Transcript): TimedSpan[] {
  const timed = transcript.turns.filter(turn => parseClock(turn.startTime) !== null);
  return timed.map((turn, i) => {
    const next = timed[i + 1];
    const start = parseClock(turn.startTime) as number;
    const nextStart = next ? parseClock(next.startTime) : null;
    const lastLine = next ? Math.max(turn.range.start.line, next.range.start.line - 1) : lastTurnLine(transcript);
    return { kind: 'turn' as const, start, end: nextStart !== null && nextStart > start ? nextStart : null, firstLine: turn.range.start.line, lastLine };
  });
}

function lastTurnLine(transcript: Transcript): number {
  const last = transcript.turns[transcript.turns.length - 1];
  return last ? last.range.end.line : 0;
}

/** The span a line belongs to: the last one starting at or before it (the first one for lines above them all). */
export function spanAtLine(timeline: Timeline, line: number): TimedSpan | null {
  const { spans } = timeline;
  if (spans.length === 0) return null;
  let low = 0;
  let high = spans.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid].firstLine <= line) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return spans[found];
}

/**
 * The recording's time at a document line. `lines` is the document's text (for interpolation within turns);
 * `duration` (seconds), when known, lets the last turn be interpolated too.
 */
export function timeAtLine(timeline: Timeline, line: number, lines: readonly string[], duration?: number): TimeAtLine | null {
  const span = spanAtLine(timeline, line);
  if (!span) return null;
  const end = spanEnd(span, duration);
  if (span.kind === 'cue' || end === null || line <= span.firstLine || line > span.lastLine) {
    return { seconds: span.start, span, interpolated: false };
  }
  const total = characters(lines, span.firstLine, span.lastLine + 1);
  if (total === 0) return { seconds: span.start, span, interpolated: false };
  const before = characters(lines, span.firstLine, line);
  return { seconds: span.start + (end - span.start) * (before / total), span, interpolated: true };
}

/** The span and line being spoken at `seconds`, or null before the first span, in a gap between cues, or after
 * the last one ends. */
export function linesAtTime(timeline: Timeline, seconds: number, lines: readonly string[], duration?: number): LinesAtTime | null {
  const { spans, byStart } = timeline;
  let low = 0;
  let high = byStart.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[byStart[mid]].start <= seconds) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (found < 0) return null;
  const span = spans[byStart[found]];
  const end = spanEnd(span, duration);
  if (span.kind === 'cue') return end !== null && seconds >= end ? null : { span, line: span.firstLine, interpolated: false };
  if (end === null) return { span, line: span.firstLine, interpolated: false };
  if (seconds >= end && !hasLaterSpan(timeline, found)) return null;
  const total = characters(lines, span.firstLine, span.lastLine + 1);
  const target = total * Math.min(1, (seconds - span.start) / (end - span.start));
  let reached = 0;
  for (let line = span.firstLine; line <= span.lastLine; line++) {
    reached += (lines[line]?.length ?? 0) + 1;
    if (reached > target) return { span, line, interpolated: line > span.firstLine };
  }
  return { span, line: span.lastLine, interpolated: span.lastLine > span.firstLine };
}

function hasLaterSpan(timeline: Timeline, sortedIndex: number): boolean {
  return sortedIndex < timeline.byStart.length - 1;
}

function spanEnd(span: TimedSpan, duration: number | undefined): number | null {
  if (span.end !== null) return span.end;
  return duration !== undefined && Number.isFinite(duration) && duration > span.start ? duration : null;
}

/** Characters of lines [from, to), each with its line break. */
function characters(lines: readonly string[], from: number, to: number): number {
  let count = 0;
  for (let line = from; line < to; line++) count += (lines[line]?.length ?? 0) + 1;
  return count;
}
