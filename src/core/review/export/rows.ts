/**
 * The passages of one or more reviewed transcripts as export rows: where each is (speaker as the
 * reviewer names them, question, lines, time), its quote as Copy Citation quotes it, its note and its
 * citation in the chosen style. Every exporter (Markdown, CSV, REFI-QDA) reads these rows.
 */
import { buildCitationContext, extractQuote, formatCitation, type CitationOverrides, type CitationStyle } from '../../citation';
import type { Transcript } from '../../model';
import type { Position } from '../../position';
import { resolveSpeaker } from '../speakers';
import type { Anchor, SpeakerEntry } from '../types';

/** One transcript with its review, anchored in its current text. */
export interface ExportSource {
  /** The file name shown in exports (`briefing.txt`). */
  name: string;
  text: string;
  transcript: Transcript;
  anchors: Anchor[];
  speakers: Record<string, SpeakerEntry>;
}

export interface ExportOptions {
  style: CitationStyle;
  template?: string;
  overrides?: CitationOverrides;
}

export interface ExportRow {
  source: ExportSource;
  anchor: Anchor;
  /** Null for an orphan: its text is gone, so it has no place, only its last known quote. */
  found: boolean;
  speaker: string | null;
  question: string | null;
  /** 1-based, inclusive. */
  startLine: number | null;
  endLine: number | null;
  time: string | null;
  quote: string;
  note: string;
  citation: string | null;
}

export function exportRows(sources: readonly ExportSource[], options: ExportOptions): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const source of sources) {
    const lines = source.text.split(/\r\n|\r|\n/);
    const lineStarts = lineStartOffsets(source.text);
    for (const anchor of source.anchors) {
      const note = anchor.passage.note ?? '';
      if (anchor.how === 'orphan') {
        rows.push({ source, anchor, found: false, speaker: null, question: null, startLine: null, endLine: null, time: null, quote: anchor.passage.quote.exact, note, citation: null });
        continue;
      }
      const range = { start: positionAt(lineStarts, anchor.start), end: positionAt(lineStarts, anchor.end) };
      const quote = extractQuote(source.transcript, lines, range);
      const speaker = quote.speaker === null ? null : resolveSpeaker(source.speakers, quote.speaker).name;
      const context = { ...buildCitationContext(source.transcript, quote, options.overrides), speaker };
      rows.push({
        source,
        anchor,
        found: true,
        speaker,
        question: context.question,
        startLine: quote.lines.start,
        endLine: quote.lines.end,
        time: quote.time,
        quote: quote.text,
        note,
        citation: formatCitation(context, options.style, { template: options.template }),
      });
    }
  }
  return rows;
}

/** Offsets at which each line starts (after `\n`, `\r\n` or a lone `\r`). */
export function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

export function positionAt(lineStarts: readonly number[], offset: number): Position {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - lineStarts[low] };
}
