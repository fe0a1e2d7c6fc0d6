/**
 * Hand-built transcript models for the citation tests (independent of the parsers): a turn is
 * described by its label text and lines, and the columns are computed from the document lines.
 */
import type { Exchange, PageLineMap, Paragraph, Section, Transcript, Turn } from '../../src/core/model';
import { range, type Range } from '../../src/core/position';

export interface TurnSpec {
  speaker: string | null;
  /** The label as it appears on `firstLine` (without the colon), or null for an unlabelled turn. */
  label?: string;
  firstLine: number;
  lastLine: number;
  /** Lines where paragraphs start; the first paragraph starts after the label. Omit for none. */
  paragraphStarts?: number[];
  isQuestion?: boolean;
  startTime?: string;
}

export function wholeLine(lines: readonly string[], line: number): Range {
  return range(line, 0, line, lines[line].length);
}

export function lineSpan(lines: readonly string[], first: number, last: number): Range {
  return range(first, 0, last, lines[last].length);
}

export function makeTurns(lines: readonly string[], specs: readonly TurnSpec[]): Turn[] {
  return specs.map((spec, index) => {
    const labelStart = spec.label ? lines[spec.firstLine].indexOf(spec.label) : -1;
    if (spec.label && labelStart < 0) throw new Error(`label ${spec.label} not on line ${spec.firstLine}`);
    const labelRange = spec.label ? range(spec.firstLine, labelStart, spec.firstLine, labelStart + spec.label.length) : null;
    const paragraphs: Paragraph[] = (spec.paragraphStarts ?? []).map((start, i, starts) => {
      const end = i + 1 < starts.length ? lastTextLine(lines, start, starts[i + 1] - 1) : spec.lastLine;
      const column = i === 0 && labelRange ? afterLabel(lines[start], labelRange.end.character) : 0;
      return { range: range(start, column, end, lines[end].length) };
    });
    return {
      index, speaker: spec.speaker, label: spec.label ?? null, qualifier: null,
      isQuestion: spec.isQuestion ?? false, isAnswer: false, addressees: [],
      range: range(spec.firstLine, labelRange ? labelRange.start.character : 0, spec.lastLine, lines[spec.lastLine].length),
      labelRange, paragraphs, startTime: spec.startTime ?? null,
    };
  });
}

function lastTextLine(lines: readonly string[], from: number, to: number): number {
  let line = to;
  while (line > from && lines[line].trim() === '') line--;
  return line;
}

/** The text of a labelled line starts after the colon and spaces that follow the label. */
function afterLabel(line: string, labelEnd: number): number {
  return labelEnd + (/^[^:]*:\s*/.exec(line.slice(labelEnd))?.[0].length ?? 0);
}

export function makeExchange(number: number, question: Turn, answers: Turn[], topic = ''): Exchange {
  const last = answers.length ? answers[answers.length - 1] : question;
  return { number, topic, question, answers, range: { start: question.range.start, end: last.range.end } };
}

export function pageLineMap(entries: Record<number, [page: number, line: number]>): PageLineMap {
  return {
    at(documentLine: number) {
      const entry = entries[documentLine];
      return entry ? { page: entry[0], line: entry[1] } : undefined;
    },
  };
}

export interface TranscriptSpec {
  format?: Transcript['format'];
  turns?: Turn[];
  exchanges?: Exchange[];
  sections?: Section[];
  boilerplate?: Range[];
  header?: Range | null;
  pageLines?: PageLineMap | null;
  metadata?: Partial<Transcript['metadata']>;
}

export function makeTranscript(lines: readonly string[], spec: TranscriptSpec = {}): Transcript {
  return {
    format: spec.format ?? 'plain',
    encoding: 'utf-8',
    metadata: { title: null, date: null, time: null, place: null, publisher: null, url: null, extra: {}, ...spec.metadata },
    boilerplate: spec.boilerplate ?? [],
    header: spec.header ?? null,
    sections: spec.sections ?? [],
    turns: spec.turns ?? [],
    exchanges: spec.exchanges ?? [],
    speakers: [],
    pageLines: spec.pageLines ?? null,
    lineCount: lines.length,
  };
}
