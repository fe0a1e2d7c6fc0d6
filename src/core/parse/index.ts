/**
 * Entry point of the parsers: text in, `Transcript` out. Never throws.
 * (Placeholder while the parsers are written: returns an empty model.)
 */
import type { Transcript, TranscriptFormat } from '../model';

export interface ParseOptions {
  /** The file name, used to pick the format (`.vtt`, `.srt`, `.md`). */
  fileName?: string;
  /** Forces a format instead of detecting it. */
  format?: TranscriptFormat;
  /** The encoding the text was decoded from, recorded in the model. */
  encoding?: string;
}

export function parseTranscript(text: string, options: ParseOptions = {}): Transcript {
  const lineCount = text.split(/\r\n|\r|\n/).length;
  return {
    format: options.format ?? 'plain',
    encoding: options.encoding ?? 'utf-16',
    metadata: { title: null, date: null, time: null, place: null, publisher: null, url: null, extra: {} },
    boilerplate: [], header: null, sections: [], turns: [], exchanges: [], speakers: [], pageLines: null, lineCount,
  };
}
