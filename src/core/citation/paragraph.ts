/**
 * Paragraphs for citations: the paragraph around a cursor (what an empty selection quotes) and
 * the 1-based number of a paragraph within its turn or within the document.
 */
import type { Transcript, Turn } from '../model';
import type { Position, Range } from '../position';
import { createLayout, hasNumberedLine, type Layout } from './layout';

/** How far around the cursor a page:line number makes the neighbourhood a court transcript. */
const COURT_PROBE_LINES = 6;

export function turnAtLine(transcript: Transcript, line: number): Turn | undefined {
  return transcript.turns.find((turn) => turn.range.start.line <= line && line <= turn.range.end.line);
}

/** The paragraph of `turn` holding `line`; else the next one in the turn; else the last before it. */
export function paragraphIndexAt(turn: Turn, line: number): number {
  const holding = turn.paragraphs.findIndex((p) => p.range.start.line <= line && line <= p.range.end.line);
  if (holding >= 0) return holding;
  const next = turn.paragraphs.findIndex((p) => p.range.start.line > line);
  return next >= 0 ? next : turn.paragraphs.length - 1;
}

/**
 * The paragraph around the cursor: one of its turn's `paragraphs` when the model has them,
 * else the run of text lines around it (bounded by blank lines and turn starts), label excluded.
 * Court transcripts always take the run: their double-spaced lines are not paragraphs.
 */
export function currentParagraphRange(transcript: Transcript, lines: readonly string[], cursor: Position): Range {
  const court = hasNumberedLine(transcript, cursor.line - COURT_PROBE_LINES, cursor.line + COURT_PROBE_LINES);
  const turn = turnAtLine(transcript, cursor.line);
  if (!court && turn && turn.paragraphs.length > 0) return turn.paragraphs[paragraphIndexAt(turn, cursor.line)].range;
  const layout = createLayout(transcript, lines, court);
  const anchor = nearestTextLine(layout, lines.length, cursor.line);
  if (anchor === null) return { start: cursor, end: cursor };
  let first = anchor;
  for (let index = anchor; index > 0; index--) {
    if (layout.isBoundary(index) || layout.line(index).startsParagraph) break;
    const above = layout.line(index - 1);
    if (above.kind === 'break') break;
    if (above.kind === 'text') first = index - 1;
  }
  let last = anchor;
  for (let index = anchor + 1; index < lines.length; index++) {
    if (layout.isBoundary(index)) break;
    const info = layout.line(index);
    if (info.kind === 'break' || info.startsParagraph) break;
    if (info.kind === 'text') last = index;
  }
  return { start: { line: first, character: 0 }, end: { line: last, character: (lines[last] ?? '').length } };
}

function nearestTextLine(layout: Layout, lineCount: number, from: number): number | null {
  for (let index = from; index < lineCount; index++) if (layout.line(index).kind === 'text') return index;
  for (let index = from - 1; index >= 0; index--) if (layout.line(index).kind === 'text') return index;
  return null;
}

export interface ParagraphNumbers {
  /** Within the turn holding the line; null outside turns. */
  inTurn: number | null;
  /** Within the body of the document (header excluded). */
  inDocument: number | null;
}

/**
 * The 1-based numbers of the paragraph holding `line`: from the turns' `paragraphs` when the
 * model has them, else (and always in court transcripts) by counting runs of text lines.
 */
export function paragraphNumbers(transcript: Transcript, lines: readonly string[], line: number, court: boolean): ParagraphNumbers {
  const turn = turnAtLine(transcript, line);
  if (!court && transcript.turns.some((t) => t.paragraphs.length > 0)) {
    let before = 0;
    for (const candidate of transcript.turns) {
      if (candidate === turn && candidate.paragraphs.length > 0) {
        const index = paragraphIndexAt(candidate, line);
        return { inTurn: index + 1, inDocument: before + index + 1 };
      }
      before += candidate.paragraphs.length;
    }
  }
  const layout = createLayout(transcript, lines, court);
  return {
    inTurn: turn ? countTextRuns(transcript, layout, turn.range.start.line, line) : null,
    inDocument: countTextRuns(transcript, layout, 0, line),
  };
}

/** Paragraphs that start between `from` and `line` (inclusive), header lines not counted. */
function countTextRuns(transcript: Transcript, layout: Layout, from: number, line: number): number | null {
  const header = transcript.header;
  let count = 0;
  let inParagraph = false;
  for (let index = from; index <= line; index++) {
    if (layout.isBoundary(index)) inParagraph = false;
    if (header && header.start.line <= index && index <= header.end.line) continue;
    const info = layout.line(index);
    if (info.kind === 'break') inParagraph = false;
    if (info.kind !== 'text') continue;
    if (!inParagraph || info.startsParagraph) count++;
    inParagraph = true;
  }
  return count > 0 ? count : null;
}
