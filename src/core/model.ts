/**
 * The transcript model every feature reads: one `Transcript` per document version.
 */
import type { Range } from './position';

export type TranscriptFormat = 'plain' | 'markdown' | 'webvtt' | 'srt';

export interface Metadata {
  title: string | null;
  /** ISO `YYYY-MM-DD`. */
  date: string | null;
  /** `HH:MM` (24 h) or as written when it cannot be normalised. */
  time: string | null;
  place: string | null;
  publisher: string | null;
  url: string | null;
  /** Other front-matter or header fields, as written (`speakers`, `tags`, ...). */
  extra: Record<string, string>;
  /** The file's name without its extension, when the document states no title: what a citation names instead. */
  fileTitle?: string;
  /** The transcript's language (ISO 639-1 `en`, `de`, `zh`...): front matter `lang`/`language`, else detected from
   * the speech; null when neither tells. Computed when first read. */
  language?: string | null;
}

export interface Paragraph {
  /** Range of the paragraph's text (label excluded for the first paragraph of a turn). */
  range: Range;
}

export interface Turn {
  /** Index in `Transcript.turns`. */
  index: number;
  /** Speaker name as written, without qualifier or markup; null when unknown, and for bare question and answer
   * markers (`Question:`, `Q.`, `A:`), which say what is asked or answered, not who speaks. */
  speaker: string | null;
  /** The label as written, without its colon or markup; null for an unlabelled turn (the opening). */
  label: string | null;
  /** Text of a parenthesised qualifier, without the parentheses: `to both ministers`. */
  qualifier: string | null;
  /** True for explicit question markers (`Question:`, `Q.`, `Q:` ...). */
  isQuestion: boolean;
  /** True for testimony answer markers (`A`, `A.`, `A:`). */
  isAnswer: boolean;
  /** People the qualifier names (`both ministers`, `Mr. Smith`). */
  addressees: string[];
  /** From the label (or the opening line) to the end of its last paragraph. */
  range: Range;
  /** Range of the label itself, markup included; null when unlabelled. */
  labelRange: Range | null;
  paragraphs: Paragraph[];
  /** `HH:MM:SS` (or `HH:MM:SS.mmm`) where the transcript gives one. */
  startTime: string | null;
}

export interface Exchange {
  /** 1-based question number: Q1, Q2, ... */
  number: number;
  /** Short topic label from the question: a key phrase. */
  topic: string;
  question: Turn;
  answers: Turn[];
  /** From the question to the end of its last answer. */
  range: Range;
  /** True when the transcript does not mark the question: its asker was inferred (a moderator, a justice, an analyst). */
  inferred?: boolean;
  /** Who asks, for an inferred exchange: the speaker as the label writes them (`Chris Wallace`). */
  asker?: string;
  /** The inferred asker's role where the exchange is named after them (`analyst` on an earnings call). */
  askerRole?: string;
}

export interface Section {
  title: string;
  /** Heading level (1-6); separators (`* * *`) make level-less sections (0). */
  level: number;
  range: Range;
  /** Range of the heading line itself. */
  headingRange: Range;
  /** Set for the time sections of a caption file without speakers (no headings): the span of time they cover,
   * `HH:MM:SS`. Their heading is the timing line of their first cue. */
  time?: { start: string; end: string };
}

export interface Speaker {
  name: string;
  turns: number;
  words: number;
}

export interface Transcript {
  format: TranscriptFormat;
  /** The encoding the bytes were read in, or `utf-16` for an in-editor string. */
  encoding: string;
  metadata: Metadata;
  /** Ranges that are not transcript: site banners, mailing-list lines, page footers, word indexes. */
  boilerplate: Range[];
  /** Header lines (title, date) before the body. */
  header: Range | null;
  sections: Section[];
  turns: Turn[];
  exchanges: Exchange[];
  speakers: Speaker[];
  /** Court transcripts: the page and line number printed for a document line (0-based), if any. */
  pageLines: PageLineMap | null;
  /** Number of lines of the document. */
  lineCount: number;
  /** Caption files (WebVTT, SRT): every cue, in document order. */
  cues?: Cue[];
  /** Caption files whose cues roll (each cue repeats the last line of the cue before it, as auto-captions do):
   * a quote of several cues gives each repeated line once. */
  rollingCaptions?: boolean;
  /** Set when the document was read in a simpler way because of its size: what a user should be told. */
  simplified?: string;
}

/** A caption cue: where its timing and text are, and its times. */
export interface Cue {
  /** 0-based line of the `-->` timing line. */
  timingLine: number;
  /** 0-based first and last lines of the cue's text; `lastLine < firstLine` for a cue without text. */
  firstLine: number;
  lastLine: number;
  /** `HH:MM:SS.mmm`, as turns' `startTime`. */
  start: string;
  end: string;
}

/** Maps document lines to the page:line numbers printed in a court transcript. */
export interface PageLineMap {
  /** For a 0-based document line: `{ page, line }` printed on it, or undefined. */
  at(documentLine: number): { page: number; line: number } | undefined;
}
