/**
 * What the workspace indexer feeds: each index over many transcripts (the transcripts' summaries, the quote
 * index) is told when a transcript is read or changes, and when it goes. The indexer reads and parses each file
 * once and hands the same text and model to every part.
 */
import type { Transcript } from '../model';

export interface TranscriptIndexPart {
  /** A transcript was read, or read again after a change: replaces what was kept for `file`. */
  add(file: string, text: string, transcript: Transcript): void;
  /** The transcript was deleted, excluded, or is no longer read as a transcript. */
  remove(file: string): void;
}
