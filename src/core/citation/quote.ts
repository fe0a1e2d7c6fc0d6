/**
 * A quote: the exact selected text (wraps joined) and where it sits in the transcript, which is
 * what a citation points to (speaker, question, paragraph, lines, page:line, time, section).
 */
import type { Transcript, Turn } from '../model';
import { comparePositions, type Position, type Range } from '../position';
import { createLayout, hasNumberedLine } from './layout';
import { currentParagraphRange, paragraphNumbers, turnAtLine } from './paragraph';
import { cueAtLine } from '../parse/captionSections';
import { formatPinpoint } from './pinpoint';
import { rollingRepeats } from './rolling';
import { selectedText } from './selectedText';
import { distinctVoices, type Voice } from './voice';

/** 1-based, inclusive, as an editor shows lines. */
export interface LineSpan {
  start: number;
  end: number;
}

export interface Quote {
  /** The quoted text: paragraphs joined by "\n\n", wrapped lines by a space. */
  text: string;
  /** What was quoted: the selection, or the current paragraph for an empty selection. */
  range: Range;
  /** The speaker cited: the first speaker of the quoted turns, preferring an answer to a question. */
  speaker: string | null;
  /** Every distinct speaker of the quoted turns, in order. */
  speakers: string[];
  /** Who speaks in the quoted turns, in order: speakers, questions and their askers, interpreted speech. */
  voices: Voice[];
  multipleSpeakers: boolean;
  /** The exchange's question number (3 for Q3) when the quote is inside one. */
  question: number | null;
  /** 1-based paragraph number within the turn, or within the document when not in a turn's paragraphs. */
  paragraph: number | null;
  paragraphScope: 'turn' | 'document' | null;
  /** 1-based paragraph number within the whole document (what APA's "para." counts). */
  documentParagraph: number | null;
  lines: LineSpan;
  /** Court page:line pinpoint (`45:13-20`, `45:13-46:2`) when the transcript prints them. */
  pinpoint: string | null;
  /** Start time (`HH:MM:SS`) of the cue (captions) or else the turn the quote starts in. */
  time: string | null;
  /** Title of the innermost section holding the quote. */
  section: string | null;
}

export function extractQuote(transcript: Transcript, lines: readonly string[], selection: Range): Quote {
  let range = clampRange(selection, lines);
  if (comparePositions(range.start, range.end) === 0) range = currentParagraphRange(transcript, lines, range.start);
  range = dropTrailingLineStart(range, lines);
  const turns = transcript.turns.filter((turn) => overlaps(turn.range, range));
  const court = hasNumberedLine(transcript, range.start.line, range.end.line);
  const layout = createLayout(transcript, lines, court);
  const quoted = selectedText({ transcript, lines, layout, range, turns, skipLines: rollingRepeats(transcript, lines, range) });
  const firstLine = quoted.firstLine ?? range.start.line;
  const lastLine = quoted.lastLine ?? range.end.line;
  const turn = turns.find((t) => t.range.start.line <= firstLine && firstLine <= t.range.end.line) ?? turns[0]
    ?? turnAtLine(transcript, firstLine);
  const speakers = distinct(turns.map((t) => t.speaker));
  const numbers = paragraphNumbers(transcript, lines, firstLine, court);
  return {
    text: quoted.text,
    range,
    speaker: citedSpeaker(turns) ?? turn?.speaker ?? null,
    speakers,
    voices: distinctVoices(turns.length > 0 ? turns : turn ? [turn] : [], lines),
    multipleSpeakers: speakers.length > 1,
    question: transcript.exchanges.find((e) => e.range.start.line <= firstLine && firstLine <= e.range.end.line)?.number ?? null,
    paragraph: numbers.inTurn ?? numbers.inDocument,
    paragraphScope: numbers.inTurn !== null ? 'turn' : numbers.inDocument !== null ? 'document' : null,
    documentParagraph: numbers.inDocument,
    lines: { start: firstLine + 1, end: lastLine + 1 },
    pinpoint: court ? formatPinpoint(transcript.pageLines?.at(firstLine), transcript.pageLines?.at(lastLine)) : null,
    // In captions, the time of the cue the quote starts in: each cue has its own.
    time: clockTime((transcript.cues && cueAtLine(transcript.cues, firstLine)?.start) || (turn?.startTime ?? null)),
    section: innermostSection(transcript, firstLine),
  };
}

function clampRange(selection: Range, lines: readonly string[]): Range {
  const clamp = (p: Position): Position => {
    const line = Math.min(Math.max(0, p.line), Math.max(0, lines.length - 1));
    return { line, character: Math.min(Math.max(0, p.character), (lines[line] ?? '').length) };
  };
  const a = clamp(selection.start);
  const b = clamp(selection.end);
  return comparePositions(a, b) <= 0 ? { start: a, end: b } : { start: b, end: a };
}

/** A selection of whole lines ends at the start of the next line; that line is not part of it. */
function dropTrailingLineStart(range: Range, lines: readonly string[]): Range {
  if (range.end.character > 0 || range.end.line <= range.start.line) return range;
  const line = range.end.line - 1;
  return { start: range.start, end: { line, character: (lines[line] ?? '').length } };
}

function overlaps(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}

function distinct(names: ReadonlyArray<string | null>): string[] {
  return [...new Set(names.filter((n): n is string => n !== null && n.trim() !== ''))];
}

/** In a question and its answer, the person quoted for the citation is the one answering. */
function citedSpeaker(turns: readonly Turn[]): string | null {
  return turns.find((t) => !t.isQuestion && t.speaker)?.speaker ?? turns.find((t) => t.speaker)?.speaker ?? null;
}

/** `00:12:34.500` and `00:12:34,500` cite as `00:12:34`. */
function clockTime(time: string | null): string | null {
  if (!time) return null;
  const match = /^\d{1,2}:\d{2}(?::\d{2})?/.exec(time.trim());
  return match ? match[0] : time.trim() || null;
}

function innermostSection(transcript: Transcript, line: number): string | null {
  let best: Transcript['sections'][number] | null = null;
  for (const section of transcript.sections) {
    if (section.range.start.line > line || line > section.range.end.line) continue;
    if (!best || comparePositions(section.range.start, best.range.start) >= 0) best = section;
  }
  return best?.title ?? null;
}
