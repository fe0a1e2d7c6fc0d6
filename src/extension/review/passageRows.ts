/**
 * What the Review view says about a passage: its first words, and where it is (speaker as the
 * reviewer names them, Q#, line), read from the one parse in the cache.
 */
import type * as vscode from 'vscode';
import { locate } from '../../core/navigation';
import { resolveSpeaker, type Anchor } from '../../core/review';
import type { TranscriptCache } from '../transcriptCache';
import type { ReviewEntry } from './reviewStore';

export interface PassageRow {
  anchor: Anchor;
  document: vscode.TextDocument;
  /** The speaker as the reviewer names them, or null. */
  speaker: string | null;
  question: number | null;
  /** 1-based line of the passage's start; null for an orphan. */
  line: number | null;
  firstWords: string;
}

export function passageRows(cache: TranscriptCache, entry: ReviewEntry, document: vscode.TextDocument): PassageRow[] {
  const transcript = cache.get(document);
  return entry.anchors.map(anchor => {
    const firstWords = shorten(anchor.passage.quote.exact, 60);
    if (anchor.how === 'orphan') return { anchor, document, speaker: null, question: null, line: null, firstWords };
    const position = document.positionAt(anchor.start);
    const where = locate(transcript, { line: position.line, character: position.character });
    const label = where.turn?.speaker ?? null;
    return {
      anchor,
      document,
      speaker: label === null ? null : resolveSpeaker(entry.speakers, label).name,
      question: where.exchange?.number ?? null,
      line: position.line + 1,
      firstWords,
    };
  });
}

export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function describeRow(row: PassageRow, withFile: boolean): string {
  const file = row.document.uri.path.slice(row.document.uri.path.lastIndexOf('/') + 1);
  const parts = [row.speaker, row.question !== null ? `Q${row.question}` : null, row.line !== null ? `line ${row.line}` : 'text not found', withFile ? file : null];
  return parts.filter(Boolean).join(' · ');
}
