/**
 * The object `transcript-review outline FILE --json` prints. Other tools rely on it: keep these
 * fields and their meaning stable (adding fields is fine). Lines are 1-based and inclusive.
 */
import type { Metadata, Transcript, TranscriptFormat } from '../core/model';
import { exchangeName } from '../core/outline';
import type { Range } from '../core/position';

export interface OutlineJson {
  format: TranscriptFormat;
  encoding: string;
  /** What the decoding did to bytes that did not fit the encoding; only present when it did something. */
  encodingWarning?: string;
  lineCount: number;
  metadata: Pick<Metadata, 'title' | 'date' | 'time' | 'place' | 'publisher' | 'url'>;
  speakers: { name: string; turns: number; words: number }[];
  turns: {
    speaker: string | null;
    label: string | null;
    isQuestion: boolean;
    startLine: number;
    endLine: number;
    startTime: string | null;
  }[];
  /** Sections (by their title) and exchanges (`Q3 · topic`), in document order. */
  topics: { title: string; kind: 'section' | 'exchange'; startLine: number; endLine: number }[];
}

export function toOutlineJson(t: Transcript, encodingWarning?: string | null): OutlineJson {
  const { title, date, time, place, publisher, url } = t.metadata;
  const topics: (OutlineJson['topics'][number] & { order: number })[] = [
    ...t.sections.map((s, i) => ({ title: s.title, kind: 'section' as const, ...lineSpan(s.range), order: i })),
    ...t.exchanges.map((x, i) => ({
      title: exchangeName(x), kind: 'exchange' as const, ...lineSpan(x.range), order: t.sections.length + i,
    })),
  ];
  // Document order; at the same line a section comes before the exchange it contains.
  topics.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine || a.order - b.order);
  return {
    format: t.format,
    encoding: t.encoding,
    ...(encodingWarning ? { encodingWarning } : {}),
    lineCount: t.lineCount,
    metadata: { title, date, time, place, publisher, url },
    speakers: t.speakers.map(s => ({ name: s.name, turns: s.turns, words: s.words })),
    turns: t.turns.map(turn => ({
      speaker: turn.speaker,
      label: turn.label,
      isQuestion: turn.isQuestion,
      ...lineSpan(turn.range),
      startTime: turn.startTime,
    })),
    topics: topics.map(({ title: topicTitle, kind, startLine, endLine }) => ({ title: topicTitle, kind, startLine, endLine })),
  };
}

/**
 * 1-based inclusive lines of a 0-based range. A range ending at character 0 of a line
 * (an exclusive end just after a line break) ends on the line before.
 */
export function lineSpan(r: Range): { startLine: number; endLine: number } {
  const endLine = r.end.character === 0 && r.end.line > r.start.line ? r.end.line : r.end.line + 1;
  return { startLine: r.start.line + 1, endLine };
}
