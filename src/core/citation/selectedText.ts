/**
 * The text of a selection as a quote: wrapped lines joined into paragraphs, paragraphs separated
 * by one blank line, non-speech (boilerplate, court numbering, caption timings) left out, and the
 * speaker label dropped when the selection lies in a single turn.
 */
import type { Transcript, Turn } from '../model';
import type { Range } from '../position';
import type { Layout } from './layout';
import { captionText, cleanLineText, sliceExcluding, wrapJoiner, type Span } from './lineText';

export interface SelectedText {
  text: string;
  /** 0-based document lines of the first and last quoted text; null when nothing was quoted. */
  firstLine: number | null;
  lastLine: number | null;
}

export interface SelectedTextInput {
  transcript: Transcript;
  lines: readonly string[];
  layout: Layout;
  range: Range;
  /** The turns the selection overlaps; their labels are kept only when there are several. */
  turns: readonly Turn[];
  /** Lines not to quote at all (the repeated lines of rolling captions). */
  skipLines?: ReadonlySet<number>;
}

/**
 * After a label: an optional parenthesised qualifier, its colon (ASCII or full-width) and a
 * timestamp written after the name (`Speaker 1: 00:01:17`), so none of them start the quote.
 */
const LABEL_TAIL = /^\s*(?:\([^)]*\)\s*)?(?:[:：]\s*)?(?:\(?\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\]?\)?\s*)?/;

export function selectedText(input: SelectedTextInput): SelectedText {
  const { lines, layout, range } = input;
  const keepLabels = input.turns.length > 1;
  const excluded = exclusionsByLine(input, keepLabels);
  let text = '';
  let pendingBreak = false;
  let turnStartPending = false;
  let firstLine: number | null = null;
  let lastLine: number | null = null;

  for (let index = range.start.line; index <= range.end.line; index++) {
    if (layout.isBoundary(index)) {
      pendingBreak = true;
      turnStartPending = true;
    }
    const info = layout.line(index);
    if (info.kind === 'skip' || input.skipLines?.has(index)) continue;
    if (info.kind === 'break') {
      pendingBreak = true;
      continue;
    }
    const raw = lines[index] ?? '';
    const from = Math.max(info.textStart, index === range.start.line ? range.start.character : 0);
    const to = index === range.end.line ? Math.min(range.end.character, raw.length) : raw.length;
    if (from >= to) continue;
    let piece = sliceExcluding(raw, from, to, excluded.get(index) ?? []);
    if (layout.mode === 'captions') piece = captionText(piece, keepLabels && turnStartPending);
    piece = cleanLineText(piece);
    if (!piece) continue;
    if (info.startsParagraph) pendingBreak = true;
    if (text) text += pendingBreak ? '\n\n' : wrapJoiner(text, piece);
    text += piece;
    pendingBreak = false;
    turnStartPending = false;
    firstLine ??= index;
    lastLine = index;
  }
  return { text, firstLine, lastLine };
}

/** Column spans not to quote, per line: boilerplate and, for a single turn, its label. */
function exclusionsByLine(input: SelectedTextInput, keepLabels: boolean): Map<number, Span[]> {
  const { transcript, lines, range } = input;
  const result = new Map<number, Span[]>();
  const add = (line: number, span: Span): void => {
    if (line < range.start.line || line > range.end.line) return;
    const list = result.get(line);
    if (list) list.push(span);
    else result.set(line, [span]);
  };
  for (const box of transcript.boilerplate) {
    if (box.end.line < range.start.line || box.start.line > range.end.line) continue;
    for (let line = Math.max(box.start.line, range.start.line); line <= Math.min(box.end.line, range.end.line); line++) {
      add(line, [line === box.start.line ? box.start.character : 0, line === box.end.line ? box.end.character : Infinity]);
    }
  }
  if (!keepLabels) {
    for (const turn of input.turns) {
      const label = turn.labelRange;
      if (!label) continue;
      for (let line = label.start.line; line < label.end.line; line++) add(line, [0, Infinity]);
      // Where the model starts the speech on the label's line, the quote starts there too: `Q    (Inaudible) any…`
      // keeps its parenthetical, `MERKEL: (As interpreted.) Yes` does not (the note is the turn's qualifier).
      const speech = turn.paragraphs[0]?.range.start;
      if (speech && speech.line === label.end.line && speech.character >= label.end.character) {
        add(label.end.line, [0, speech.character]);
        continue;
      }
      const endLine = lines[label.end.line] ?? '';
      const tail = LABEL_TAIL.exec(endLine.slice(label.end.character))?.[0].length ?? 0;
      add(label.end.line, [0, label.end.character + tail]);
    }
  }
  return result;
}
