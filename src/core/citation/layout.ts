/**
 * How each document line takes part in a quote: quotable text, a paragraph break, or nothing.
 * Three layouts share one shape:
 * - prose: blank lines end paragraphs;
 * - court (the lines carry page:line numbers): only numbered lines are text, their printed number
 *   is not, blank spacing lines and page headers/footers are skipped, and a wide indent after the
 *   number (or an empty numbered line) starts a paragraph;
 * - captions (WebVTT/SRT): header, cue numbers, timings and NOTE blocks are skipped, and the blank
 *   lines between cues are not paragraph breaks (a turn start is).
 */
import type { Transcript } from '../model';

export type LineKind = 'text' | 'break' | 'skip';

export interface LineInfo {
  kind: LineKind;
  /** Column where quotable text starts (after a court line number), 0 otherwise. */
  textStart: number;
  /** A text line that begins a new paragraph whatever came before (court indent). */
  startsParagraph: boolean;
}

export type LayoutMode = 'prose' | 'court' | 'captions';

export interface Layout {
  mode: LayoutMode;
  line(index: number): LineInfo;
  /** Lines where a turn starts (or, in prose, one of its paragraphs): what follows is a new paragraph. */
  isBoundary(index: number): boolean;
}

const SKIP: LineInfo = { kind: 'skip', textStart: 0, startsParagraph: false };
const BREAK: LineInfo = { kind: 'break', textStart: 0, startsParagraph: false };
const TEXT: LineInfo = { kind: 'text', textStart: 0, startsParagraph: false };

const BLANK = /^[\s\u200B\uFEFF]*$/;
const COURT_NUMBER = /^[\s\f]*\d{1,2}(?=\s|$)/;
/** Court lines put 1-4 spaces after the number; a paragraph or a new speaker is indented far more. */
const COURT_INDENT = /^[ \t\u00A0]{6,}\S/;
const CUE_TIMING = /-->/;
const MAX_CUE_LINES = 50;
const CAPTION_BLOCK = /^(WEBVTT|NOTE|STYLE|REGION)(\s|$)/;

/** Court layout only where the lines in question carry page:line numbers. */
export function hasNumberedLine(transcript: Transcript, from: number, to: number): boolean {
  const map = transcript.pageLines;
  if (!map) return false;
  for (let line = Math.max(0, from); line <= to; line++) {
    if (map.at(line)) return true;
  }
  return false;
}

export function createLayout(transcript: Transcript, lines: readonly string[], court: boolean): Layout {
  const mode: LayoutMode = court ? 'court'
    : transcript.format === 'webvtt' || transcript.format === 'srt' ? 'captions' : 'prose';
  const boundaries = new Set<number>();
  for (const turn of transcript.turns) {
    boundaries.add(turn.range.start.line);
    if (turn.labelRange) boundaries.add(turn.labelRange.start.line);
    if (mode === 'prose') for (const paragraph of turn.paragraphs) boundaries.add(paragraph.range.start.line);
  }
  const skipped = wholeLineExclusions(transcript, lines);
  const text = (index: number): string => lines[index] ?? '';

  function proseLine(index: number): LineInfo {
    return BLANK.test(text(index)) ? BREAK : TEXT;
  }

  function courtLine(index: number): LineInfo {
    if (!transcript.pageLines?.at(index)) return SKIP;
    const raw = text(index);
    const numberEnd = COURT_NUMBER.exec(raw)?.[0].length ?? 0;
    const rest = raw.slice(numberEnd);
    if (BLANK.test(rest)) return BREAK;
    return { kind: 'text', textStart: numberEnd, startsParagraph: COURT_INDENT.test(rest) };
  }

  function captionLine(index: number): LineInfo {
    const raw = text(index);
    if (BLANK.test(raw) || CUE_TIMING.test(raw)) return SKIP;
    // A cue's number (SRT) or identifier (WebVTT `intro-2`): the line that starts a block, just before its timing.
    if (CUE_TIMING.test(text(index + 1)) && (/^\s*\d+\s*$/.test(raw) || index === 0 || BLANK.test(text(index - 1)))) return SKIP;
    // A WEBVTT header or NOTE/STYLE/REGION block runs from its keyword to the next blank line.
    // (Cues are a few lines long; the walk is capped so a file without blank lines stays linear.)
    let blockStart = index;
    while (blockStart > 0 && index - blockStart < MAX_CUE_LINES && !BLANK.test(text(blockStart - 1))) blockStart--;
    return CAPTION_BLOCK.test(text(blockStart)) ? SKIP : TEXT;
  }

  return {
    mode,
    line(index) {
      if (skipped.has(index)) return SKIP;
      return mode === 'court' ? courtLine(index) : mode === 'captions' ? captionLine(index) : proseLine(index);
    },
    isBoundary: (index) => boundaries.has(index),
  };
}

/** Lines whose visible text lies wholly inside boilerplate are neither text nor breaks. */
function wholeLineExclusions(transcript: Transcript, lines: readonly string[]): Set<number> {
  const result = new Set<number>();
  for (const range of transcript.boilerplate) {
    for (let line = range.start.line; line <= range.end.line; line++) {
      const raw = lines[line] ?? '';
      const visibleStart = raw.search(/\S/);
      if (visibleStart < 0) continue;
      const visibleEnd = raw.trimEnd().length;
      const from = line === range.start.line ? range.start.character : 0;
      const to = line === range.end.line ? range.end.character : Infinity;
      if (from <= visibleStart && to >= visibleEnd) result.add(line);
    }
  }
  return result;
}
