/**
 * Whether a parsed plain-text or Markdown document reads as a transcript, so the editor can offer
 * (or apply) the Transcript language. Deliberately conservative: a README with a few `Usage:` or
 * `**Default:**` lines must stay what it is, while a two-person interview of a handful of turns
 * should be recognised.
 */
import { isDocumentationLabel } from './conventions';
import type { Transcript } from './model';
import { detectFormat, parseTranscript, splitLines } from './parse';
import { parsePlainWithState } from './parse/plain';

/** Detection reads at most this many lines from the start of a document, and at most this many characters. */
export const DETECT_LINES = 2000;
export const DETECT_CHARACTERS = 200_000;

/**
 * Whether a document reads as a transcript, judged from its first lines only, read line by line (Markdown's
 * bold labels and headings included): linear in a bounded prefix, so no file, however large or hostile, makes
 * detection slow, and remark never sees a whole file for it.
 */
export function beginningLooksLikeTranscript(beginning: string, fileName?: string): boolean {
  const lines = splitLines(beginning.slice(0, DETECT_CHARACTERS)).slice(0, DETECT_LINES);
  const format = detectFormat(lines, fileName);
  const transcript = format === 'markdown'
    ? parsePlainWithState(lines, 'utf-16', undefined, true).transcript
    : parseTranscript(lines.join('\n'), { fileName, format });
  return looksLikeTranscript(transcript);
}

/** Labelled turns needed before a conversation counts (A, B, A, B). */
const MIN_LABELLED_TURNS = 4;
/** Explicit question markers needed on their own (`Question:`, `Q.`). */
const MIN_QUESTIONS = 2;
/** Reference documents label short fields (`Type: string`); speech runs longer. */
const MIN_WORDS_PER_TURN = 4;

export function looksLikeTranscript(t: Transcript): boolean {
  // Caption formats are transcripts by definition.
  if (t.format === 'webvtt' || t.format === 'srt') return t.turns.length > 0;

  const labelled = t.turns.filter(turn => turn.label !== null && !isDocumentLabel(turn.speaker ?? turn.label));
  const questions = labelled.filter(turn => turn.isQuestion).length;
  if (questions >= MIN_QUESTIONS && hasAnswer(t)) return true;

  if (labelled.length < MIN_LABELLED_TURNS) return false;
  const turnsBySpeaker = new Map<string, number>();
  for (const turn of labelled) {
    const who = speakerKey(turn.speaker ?? turn.label ?? '');
    turnsBySpeaker.set(who, (turnsBySpeaker.get(who) ?? 0) + 1);
  }
  // At least two people who each speak more than once: a conversation, not a list of fields.
  const recurring = [...turnsBySpeaker.values()].filter(n => n >= 2).length;
  if (recurring < 2) return false;
  return meanWordsPerTurn(t, labelled.length) >= MIN_WORDS_PER_TURN;
}

function hasAnswer(t: Transcript): boolean {
  return t.exchanges.some(exchange => exchange.answers.length > 0);
}

function isDocumentLabel(label: string | null): boolean {
  // Labels common in documentation, never people (the conventions table; the parser rejects most such labels).
  return label !== null && isDocumentationLabel(label.trim().toLowerCase());
}

function speakerKey(name: string): string {
  return name.trim().toLowerCase();
}

function meanWordsPerTurn(t: Transcript, labelledTurns: number): number {
  const named = t.speakers.filter(s => !isDocumentLabel(s.name));
  const words = named.reduce((sum, s) => sum + s.words, 0);
  const turns = named.reduce((sum, s) => sum + s.turns, 0);
  // Without speaker statistics, do not hold their absence against the document.
  if (turns === 0) return labelledTurns > 0 ? MIN_WORDS_PER_TURN : 0;
  return words / turns;
}
