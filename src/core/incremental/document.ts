/**
 * A transcript that follows its document's edits: each change is applied to the lines, and only the part of
 * the transcript it touched is parsed again where the format allows it (plain, Markdown, captions); otherwise, and
 * whenever an edit could change decisions taken for the whole document, it is parsed in full.
 */
import type { Transcript, TranscriptFormat } from '../model';
import { detectFormat, linesLength, MARKDOWN_LINE_LIMIT, MARKDOWN_TREE_LIMIT, parseTranscript, readsMarkdownLineByLine, splitLines, type ParseOptions } from '../parse';
import type { TopicCache } from '../parse/assemble';
import { parseCaptionsWithState, type CaptionParse } from '../parse/captions';
import { withFileTitle } from '../parse/fileTitle';
import { parseMarkdownWithState, type MarkdownParse } from '../parse/markdown';
import { parsePlainWithState, type PlainParse } from '../parse/plain';
import { editMayChangeFrontMatter } from '../parse/frontMatter';
import { reparseCaptions } from './captionResume';
import { reparseMarkdown } from './markdownResume';
import { reparsePlain } from './plainResume';
import { applyChange, type LineEdit, type TextChange } from './textChange';

export type { TextChange } from './textChange';

export class TranscriptDocument {
  private readonly lines: string[];
  private format: TranscriptFormat;
  private plain: PlainParse | null = null;
  private markdown: MarkdownParse | null = null;
  private captions: CaptionParse | null = null;
  private readonly topics: TopicCache = new WeakMap();
  private version!: Transcript;
  /** The text's length, kept up to date edit by edit. */
  private length: number;
  /** How the last update was done: for tests and benchmarks. */
  lastUpdate: 'full' | 'incremental' = 'full';

  constructor(text: string, private readonly options: ParseOptions = {}) {
    // As parseTranscript does: a byte-order mark reads as a space, so that columns stay the same.
    this.lines = splitLines(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text);
    this.format = options.format ?? detectFormat(this.lines, options.fileName);
    this.length = linesLength(this.lines);
    this.current = this.parseFully();
  }

  /** The notice of a document read line by line on purpose replaces the one the reading gives. */
  private withNotice(transcript: Transcript): Transcript {
    if (this.options.lineByLine !== undefined && transcript.simplified !== undefined) transcript.simplified = this.options.lineByLine;
    return transcript;
  }

  get transcript(): Transcript {
    return this.current;
  }

  /** Each version, parsed in full or in part, as parseTranscript gives it (the file name stands in for a title). */
  private set current(transcript: Transcript) {
    this.version = withFileTitle(transcript, this.options.fileName);
  }

  private get current(): Transcript {
    return this.version;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /**
   * Applies changes in the order given (each relative to the text after the ones before it).
   * Throws a RangeError when a change does not fit the text: the caller should then start again from its text.
   */
  update(changes: readonly TextChange[]): Transcript {
    let incremental = changes.length > 0;
    for (const change of changes) {
      const edit = applyChange(this.lines, change);
      if (!edit) throw new RangeError('transcript document: a change lies outside the document');
      const format = this.options.format ?? detectFormat(this.lines, this.options.fileName);
      this.length += edit.newEnd - edit.oldEnd;
      for (const line of edit.removed) this.length -= line.length;
      for (let i = edit.start; i <= edit.newEnd; i++) this.length += this.lines[i].length;
      // Markdown read line by line (too large, too many lines, too deep) and Markdown read by remark are two
      // readings of the whole file: an edit that moves it from one to the other needs a full parse.
      const sameReading = format === this.format &&
        (format !== 'markdown' || (this.plain !== null) === this.readsMarkdownLineByLine());
      const updated = sameReading ? this.reparse(edit) : null;
      this.format = format;
      if (updated) {
        this.current = this.withNotice(updated);
      } else {
        incremental = false;
        this.current = this.parseFully();
      }
    }
    this.lastUpdate = incremental ? 'incremental' : 'full';
    return this.current;
  }

  /** Parses only around the edit; null when that cannot give what a full parse would. */
  private reparse(edit: LineEdit): Transcript | null {
    if (editMayChangeFrontMatter(this.lines, edit.start)) return null;
    try {
      if (this.plain) {
        const next = reparsePlain(this.plain, this.lines, edit, this.topics);
        this.plain = next;
        return next ? next.transcript : null;
      }
      if (this.markdown) {
        const next = reparseMarkdown(this.markdown, this.lines, edit, this.topics);
        this.markdown = next;
        return next ? next.transcript : null;
      }
      if (this.captions) {
        const next = reparseCaptions(this.captions, this.lines, edit, this.topics);
        this.captions = next;
        return next ? next.transcript : null;
      }
    } catch {
      // A failure here only costs the shortcut.
    }
    return null;
  }

  /** As parseTranscript decides, with the length kept up to date instead of measured again. */
  private readsMarkdownLineByLine(): boolean {
    return this.options.lineByLine !== undefined || this.length > MARKDOWN_TREE_LIMIT || this.lines.length > MARKDOWN_LINE_LIMIT || readsMarkdownLineByLine(this.lines);
  }

  private parseFully(): Transcript {
    this.plain = null;
    this.markdown = null;
    this.captions = null;
    const encoding = this.options.encoding ?? 'utf-16';
    try {
      if (this.format === 'plain') {
        this.plain = parsePlainWithState(this.lines, encoding, this.topics);
        return this.plain.transcript;
      }
      if (this.format === 'markdown' && this.readsMarkdownLineByLine()) {
        this.plain = parsePlainWithState(this.lines, encoding, this.topics, true);
        return this.withNotice(this.plain.transcript);
      }
      if (this.format === 'markdown') {
        this.markdown = parseMarkdownWithState(this.lines, encoding, this.topics);
        return this.markdown.transcript;
      }
      if (this.format === 'webvtt' || this.format === 'srt') {
        this.captions = parseCaptionsWithState(this.lines, this.format, encoding, this.topics);
        return this.captions.transcript;
      }
    } catch {
      this.plain = null;
      this.markdown = null;
      this.captions = null;
    }
    return parseTranscript(this.lines.join('\n'), { ...this.options, format: this.format });
  }
}
