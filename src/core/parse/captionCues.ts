/**
 * The first step of reading a caption file: its blocks (runs of non-blank lines) read one by one into cues.
 * A block is read without looking at the others (a block with several timing lines holds several cues), except
 * that a block without a timing line right after a cue whose timing line ends its block is that cue's text
 * (auto-captions sometimes put a blank line there). So an edit needs only the blocks around it read again (see
 * incremental/captionResume.ts).
 *
 * The regular expressions run here, once per line; what depends on the cues before (who is speaking) is decided
 * when the turns are built from the cues (captions.ts), which costs no expression per line.
 */
import type { Cue } from '../model';
import type { Range } from '../position';
import { matchLabel, type LabelMatch } from './labels';

/** `[HH:]MM:SS.mmm --> [HH:]MM:SS.mmm` (or with commas, or without the fraction), each part captured. */
const TIMING_RE = /^\s*(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?\s*-->\s*(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?/;
const VOICE_RE = /^((?:<(?!v[\s.])[^>]{0,40}>)*)<v(?:\.[\w.-]+)?\s+([^>]{1,80})>/;
const LEADING_TAGS_RE = /^(?:<[^>]{0,40}>|\{\\[^}]{0,40}\})+/;
const BLOCK_KEYWORD_RE = /^(WEBVTT|NOTE|STYLE|REGION)\b/;
const NUMBER_RE = /^\s*\d+\s*$/;

/** A text line of a cue that carries a voice tag (`<v Name>`) or a label (`Name:`). */
export interface LineMark {
  line: number;
  /** The voice tag's name; null for a label. */
  voice: string | null;
  /** The label read (without its time, which is the cue's); null for a voice tag. */
  match: LabelMatch | null;
  labelStart: number;
  labelEnd: number;
  /** Where the spoken text starts on the line; -1 when the label stands alone. */
  textStart: number;
}

/**
 * A cue as the model describes it, with what building turns needs from its lines. A long file has tens of
 * thousands of cues: the times are kept as numbers and written out when read.
 */
export class CueRecord implements Cue {
  constructor(
    public readonly timingLine: number,
    public readonly firstLine: number,
    public readonly lastLine: number,
    /** The start and end in milliseconds. */
    readonly startMs: number,
    readonly endMs: number,
    /** Digits of the start's and end's fractions as written (3 in well-formed files): start * 4 + end. */
    private readonly digits: number,
    /** Lines with a voice tag or label, in order; null for the many cues without one. */
    readonly marks: readonly LineMark[] | null,
  ) {}

  get start(): string {
    return formatTime(this.startMs, this.digits >> 2);
  }

  get end(): string {
    return formatTime(this.endMs, this.digits & 3);
  }

  /** The same cue `delta` lines away. */
  moved(delta: number): CueRecord {
    if (delta === 0) return this;
    const marks = this.marks ? this.marks.map(m => ({ ...m, line: m.line + delta })) : null;
    return new CueRecord(this.timingLine + delta, this.firstLine + delta, this.lastLine + delta, this.startMs, this.endMs, this.digits, marks);
  }

  /** The same cue with its text on other lines (text after a blank line). */
  withText(firstLine: number, lastLine: number, marks: readonly LineMark[] | null): CueRecord {
    return new CueRecord(this.timingLine, firstLine, lastLine, this.startMs, this.endMs, this.digits, marks);
  }

  /** Plain data, as the model describes a cue. */
  toJSON(): Cue {
    return { timingLine: this.timingLine, firstLine: this.firstLine, lastLine: this.lastLine, start: this.start, end: this.end };
  }
}

/** `HH:MM:SS.mmm` with the fraction's first `digits` digits, as `normaliseTimestamp` writes a time. */
function formatTime(ms: number, digits: number): string {
  const seconds = Math.floor(ms / 1000);
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}${digits ? `.${String(ms % 1000).padStart(3, '0').slice(0, digits)}` : ''}`;
}

/** What reading blocks adds to: the cues and the header or NOTE blocks (boilerplate), both in document order. */
export interface CueScan {
  cues: CueRecord[];
  boilerplate: Range[];
}

/** Whether a line is a cue's timing line (`00:00:01.000 --> 00:00:02.500`). */
export function isTimingLine(line: string): boolean {
  return TIMING_RE.test(line);
}

/** Whether a line is blank: a cue ends there. */
export function isBlankLine(line: string): boolean {
  if (line.length === 0) return true;
  const first = line.charCodeAt(0);
  // Most lines start with a visible ASCII character: no need to trim them.
  if (first > 32 && first < 127) return false;
  return line.trim() === '';
}

/**
 * Reads the blocks of lines [from, to) into `scan`. `from` is the first line of a block (0 or after a blank
 * line) and `to` a blank line or the end; the cue before `from` must not be waiting for its text.
 */
export function scanCueBlocks(lines: readonly string[], format: 'webvtt' | 'srt', from: number, to: number, scan: CueScan): void {
  /** The cue just read when its timing line ended its block: a block without timing after it is its text. */
  let waiting: CueRecord | null = null;
  let i = from;
  while (i < to) {
    if (isBlankLine(lines[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < to && !isBlankLine(lines[end])) end++;
    waiting = readBlock(lines, format, i, end, scan, waiting);
    i = end;
  }
}

/** Reads the block [start, end); returns the cue it leaves waiting for its text, if any. */
function readBlock(lines: readonly string[], format: 'webvtt' | 'srt', start: number, end: number, scan: CueScan, waiting: CueRecord | null): CueRecord | null {
  for (let i = start; i < end; i++) {
    const line = lines[i];
    if (format === 'webvtt' && BLOCK_KEYWORD_RE.test(line.trim())) {
      scan.boilerplate.push({ start: { line: i, character: 0 }, end: { line: i, character: line.length } });
      return null;
    }
    let timing = TIMING_RE.exec(line);
    if (timing) {
      // Cues not parted by blank lines (a malformed but common SRT): each timing line starts a cue, and a
      // number just before it is that cue's number, not text.
      let at = i;
      for (let next = i + 1; next < end; next++) {
        const following = TIMING_RE.exec(lines[next]);
        if (!following) continue;
        const textEnd = NUMBER_RE.test(lines[next - 1]) && next - 1 > at ? next - 1 : next;
        scan.cues.push(readCue(lines, at, at + 1, textEnd, timing));
        at = next;
        timing = following;
      }
      const cue = readCue(lines, at, at + 1, end, timing);
      scan.cues.push(cue);
      return at + 1 === end ? cue : null;
    }
    // A cue number or identifier before its timing line; a block without timing is not read.
  }
  if (waiting) {
    scan.cues[scan.cues.length - 1] = waiting.withText(start, end - 1, marksOf(lines, start, end));
  }
  return null;
}

/** The cue of a timing line whose text is on lines [first, end). */
function readCue(lines: readonly string[], timingLine: number, first: number, end: number, timing: RegExpExecArray): CueRecord {
  const ms = (at: number) => ((+(timing[at] ?? 0) * 60 + +timing[at + 1]) * 60 + +timing[at + 2]) * 1000 + +(timing[at + 3] ?? '').padEnd(3, '0');
  const digits = (timing[4]?.length ?? 0) * 4 + (timing[8]?.length ?? 0);
  return new CueRecord(timingLine, first, end - 1, ms(1), ms(5), digits, marksOf(lines, first, end));
}

function marksOf(lines: readonly string[], first: number, end: number): LineMark[] | null {
  let marks: LineMark[] | null = null;
  for (let i = first; i < end; i++) {
    const mark = markOf(lines[i], i);
    if (mark) (marks ??= []).push(mark);
  }
  return marks;
}

/** A voice tag or label at the start of a cue's text line. */
function markOf(line: string, index: number): LineMark | null {
  const voice = VOICE_RE.exec(line);
  if (voice) {
    return { line: index, voice: voice[2].trim(), match: null, labelStart: voice[1].length, labelEnd: voice[0].length, textStart: voice[0].length };
  }
  const offset = leadingTagsLength(line);
  const prefixed = matchLabel(offset ? line.slice(offset) : line);
  if (!prefixed || prefixed.kind === 'answer') return null;
  return {
    line: index, voice: null, match: prefixed, labelStart: offset + prefixed.start, labelEnd: offset + prefixed.end,
    textStart: prefixed.textStart >= 0 ? offset + prefixed.textStart : -1,
  };
}

/** Length of the formatting tags (`<i>`, `{\an8}`) a caption line starts with. */
export function leadingTagsLength(line: string): number {
  const first = line.charCodeAt(0);
  if (first !== 0x3c && first !== 0x7b) return 0;
  return LEADING_TAGS_RE.exec(line)?.[0].length ?? 0;
}

/** Length of a line without its trailing white space. */
export function trimmedLength(line: string): number {
  let end = line.length;
  while (end > 0 && isSpaceCode(line.charCodeAt(end - 1))) end--;
  return end;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || (code >= 10 && code <= 13) || code === 0xa0 || code === 0xfeff || code === 0x3000 ||
    code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f;
}
