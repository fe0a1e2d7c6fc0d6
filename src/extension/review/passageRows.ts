/**
 * What the Review view says about a passage: its first words, and where it is (speaker as the
 * reviewer names them, Q#, line), read from the one parse in the cache. A passage of a transcript that
 * is not open is shown as its sidecar keeps it (first words and file); it is found in the text when opened.
 */
import * as vscode from 'vscode';
import { locate } from '../../core/navigation';
import { resolveSpeaker, transcriptPathFor, type Anchor, type Review } from '../../core/review';
import type { TranscriptCache } from '../transcriptCache';
import type { ReviewEntry } from './reviewStore';

export interface PassageRow {
  anchor: Anchor;
  transcript: vscode.Uri;
  /** Whether the transcript is open (the passage was found in its text); false: as the sidecar keeps it. */
  open: boolean;
  /** The speaker as the reviewer names them, or null (also for a transcript that is not open). */
  speaker: string | null;
  question: number | null;
  /** 1-based line of the passage's start; null for an orphan or a transcript that is not open. */
  line: number | null;
  firstWords: string;
}

export function passageRows(cache: TranscriptCache, entry: ReviewEntry, document: vscode.TextDocument): PassageRow[] {
  const transcript = cache.get(document);
  return entry.anchors.map(anchor => {
    const firstWords = shorten(anchor.passage.quote.exact, 60);
    const row = { anchor, transcript: document.uri, open: true, speaker: null, question: null, line: null, firstWords };
    if (anchor.how === 'orphan') return row;
    const position = document.positionAt(anchor.start);
    const where = locate(transcript, { line: position.line, character: position.character });
    const label = where.turn?.speaker ?? null;
    return {
      ...row,
      speaker: label === null ? null : resolveSpeaker(entry.speakers, label).name,
      question: where.exchange?.number ?? null,
      line: position.line + 1,
    };
  });
}

/** The passages of a sidecar whose transcript is not open, at the offsets the sidecar gives. */
export function storedRows(sidecar: vscode.Uri, review: Review): PassageRow[] {
  const transcript = sidecar.with({ path: transcriptPathFor(sidecar.path) });
  return review.passages.map(passage => ({
    anchor: { passage, start: passage.position.start, end: passage.position.end, how: 'position' },
    transcript,
    open: false,
    speaker: null,
    question: null,
    line: null,
    firstWords: shorten(passage.quote.exact, 60),
  }));
}

export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export function describeRow(row: PassageRow, withFile: boolean): string {
  const where = row.line !== null ? `line ${row.line}` : row.open ? 'text not found' : null;
  const parts = [row.speaker, row.question !== null ? `Q${row.question}` : null, where, withFile || !row.open ? fileName(row.transcript) : null];
  return parts.filter(Boolean).join(' · ');
}
