/**
 * Entry point of the parsers: text in, `Transcript` out. Picks the format from the file name or the content,
 * and never throws: a parser failure degrades to an empty model of the right size.
 */
import type { Transcript, TranscriptFormat } from '../model';
import { parseCaptions } from './captions';
import { finishTranscript } from './finish';
import { parseMarkdown } from './markdown';
import { deepestContainers, MAX_CONTAINER_DEPTH } from './markdownChunks';
import { withFileTitle } from './fileTitle';
import { emptyMetadata } from './metadataLines';
import { parsePlain, parsePlainWithState } from './plain';

/** Characters above which Markdown is not given to remark (about a second of parsing on a slow machine). */
export const MARKDOWN_TREE_LIMIT = 2_000_000;

/** Markdown too large for remark, or nested too deep for it, is read line by line. */
export function readsMarkdownLineByLine(lines: readonly string[]): boolean {
  return linesLength(lines) > MARKDOWN_TREE_LIMIT || lines.length > MARKDOWN_LINE_LIMIT || deepestContainers(lines) > MAX_CONTAINER_DEPTH;
}

/** Lines above which Markdown is read line by line: remark spends about 20 µs on a line, however short. */
export const MARKDOWN_LINE_LIMIT = 60_000;

export interface ParseOptions {
  /** The file name, used to pick the format (`.vtt`, `.srt`, `.md`), and cited when the document has no title. */
  fileName?: string;
  /** Forces a format instead of detecting it. */
  format?: TranscriptFormat;
  /** The encoding the text was decoded from, recorded in the model. */
  encoding?: string;
}

/** The text's length with one character per line break, the same however the lines were split. */
export function linesLength(lines: readonly string[]): number {
  let length = lines.length - 1;
  for (const line of lines) length += line.length;
  return length;
}

export function splitLines(text: string): string[] {
  // Most files end their lines with LF alone: a split on one character is several times faster than the expression.
  return text.indexOf('\r') < 0 ? text.split('\n') : text.split(/\r\n|\r|\n/);
}

export function parseTranscript(text: string, options: ParseOptions = {}): Transcript {
  try {
    return parseOrThrow(text, options);
  } catch {
    // A bug in a parser must not take the editor down with it: show the document without structure.
    const lines = splitLines(text);
    const format = options.format ?? detectFormat(lines, options.fileName);
    const encoding = options.encoding ?? 'utf-16';
    return withFileTitle(finishTranscript({
      format, encoding, lines, metadata: emptyMetadata(), boilerplate: [], header: null, sectionStarts: [],
      turns: [], pageLines: null, frontMatter: null,
    }), options.fileName);
  }
}

/** The parsers without the safety net: tests call this so that a thrown error fails them. */
export function parseOrThrow(text: string, options: ParseOptions = {}): Transcript {
  return withFileTitle(parseFormat(text, options), options.fileName);
}

function parseFormat(text: string, options: ParseOptions): Transcript {
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const lines = splitLines(source);
  const encoding = options.encoding ?? 'utf-16';
  const format = options.format ?? detectFormat(lines, options.fileName);
  switch (format) {
    case 'webvtt':
    case 'srt':
      return parseCaptions(lines, format, encoding);
    case 'markdown':
      // remark reads 2-4 MB/s: beyond this size a Markdown file is read line by line instead.
      return readsMarkdownLineByLine(lines) ? parsePlainWithState(lines, encoding, undefined, true).transcript : parseMarkdown(lines, encoding);
    default:
      return parsePlain(lines, encoding);
  }
}

/** The format from the file name, else from the first lines. */
export function detectFormat(lines: readonly string[], fileName?: string): TranscriptFormat {
  const name = (fileName ?? '').toLowerCase();
  if (name.endsWith('.vtt') || name.endsWith('.webvtt')) return 'webvtt';
  if (name.endsWith('.srt')) return 'srt';
  if (/\.(md|markdown|mdown|mkd)$/.test(name)) return 'markdown';
  const first = lines.find(l => l.trim() !== '')?.trim() ?? '';
  if (/^WEBVTT\b/.test(first)) return 'webvtt';
  const firstIndex = lines.findIndex(l => l.trim() !== '');
  if (/^\d+$/.test(first) && /-->/.test(lines[firstIndex + 1] ?? '')) return 'srt';
  if (name.endsWith('.txt') || name.endsWith('.transcript')) return 'plain';
  if (first === '---' || looksLikeMarkdown(lines)) return 'markdown';
  return 'plain';
}

function looksLikeMarkdown(lines: readonly string[]): boolean {
  let hits = 0;
  const limit = Math.min(lines.length, 200);
  for (let i = 0; i < limit; i++) {
    if (/^\*\*[^*]{1,60}\*\*|^#{1,6} \S/.test(lines[i])) hits++;
    if (hits >= 3) return true;
  }
  return false;
}
