/**
 * A transcript that follows its document's edits: each change is applied to the lines, and only the part of
 * the transcript it touched is parsed again where the format allows it; elsewhere it is parsed in full.
 */
import type { Transcript, TranscriptFormat } from '../model';
import { detectFormat, parseTranscript, splitLines, type ParseOptions } from '../parse';
import type { TopicCache } from '../parse/assemble';
import { parsePlainWithState, type PlainParse } from '../parse/plain';
import { reparsePlain } from './plainResume';
import { applyChange, type TextChange } from './textChange';

export class TranscriptDocument {
  private lines: string[];
  private format: TranscriptFormat;
  private plain: PlainParse | null = null;
  private readonly topics: TopicCache = new WeakMap();
  private current: Transcript;
  /** How the last update was done: for tests and the status bar. */
  lastUpdate: 'full' | 'incremental' = 'full';

  constructor(text: string, private readonly options: ParseOptions = {}) {
    // As parseTranscript does: a byte-order mark reads as a space, so that columns stay the same.
    this.lines = splitLines(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text);
    this.format = options.format ?? detectFormat(this.lines, options.fileName);
    this.current = this.parseFully();
  }

  get transcript(): Transcript {
    return this.current;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /** Applies changes in the order given (each relative to the text after the ones before it). */
  update(changes: readonly TextChange[]): Transcript {
    let incremental = changes.length > 0;
    for (const change of changes) {
      const edit = applyChange(this.lines, change);
      const format = this.options.format ?? detectFormat(this.lines, this.options.fileName);
      let next: PlainParse | null = null;
      if (edit && format === this.format && this.plain) {
        try {
          next = reparsePlain(this.plain, this.lines, edit, this.topics);
        } catch {
          next = null;
        }
      }
      if (!edit) {
        // The change did not fit: the caller's text and ours disagree. Nothing to do but start again from it.
        throw new RangeError('transcript document: change outside the document');
      }
      this.format = format;
      if (next) {
        this.plain = next;
        this.current = next.transcript;
      } else {
        incremental = false;
        this.current = this.parseFully();
      }
    }
    this.lastUpdate = incremental ? 'incremental' : 'full';
    return this.current;
  }

  private parseFully(): Transcript {
    this.plain = null;
    if (this.format === 'plain' && this.lines.length > 0) {
      try {
        this.plain = parsePlainWithState(this.lines, this.options.encoding ?? 'utf-16', this.topics);
        return this.plain.transcript;
      } catch {
        this.plain = null;
      }
    }
    return parseTranscript(this.lines.join('\n'), { ...this.options, format: this.format });
  }
}
