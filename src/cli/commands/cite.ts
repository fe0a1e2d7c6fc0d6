/** `transcript-review cite FILE --lines A[-B] [--style plain|markdown]`: a quote with its citation. */
import { parseLineSpan, type LineSpan } from '../args';
import { InputError, UsageError } from '../errors';
import type { CliIo } from '../io';
import { loadTranscript } from '../readTranscript';
import { quoteWithCitation } from '../quote';

export const CITE_STYLES = ['plain', 'markdown'] as const;
export type CiteStyle = (typeof CITE_STYLES)[number];

export function citeCommand(file: string, options: Record<string, string | true>, io: CliIo): number {
  // Check the whole command line before reading the file: usage mistakes are exit 2 whatever the file.
  if (options.lines === undefined) throw new UsageError('cite needs --lines A or --lines A-B');
  const span = parseLineSpan(String(options.lines));
  const style = parseStyle(options.style);

  const loaded = loadTranscript(file, io);
  checkInside(span, loaded.transcript.lineCount, file);
  io.stdout(quoteWithCitation(loaded.transcript, loaded.text, span, style));
  return 0;
}

function parseStyle(value: string | true | undefined): CiteStyle {
  if (value === undefined) return 'plain';
  const style = String(value);
  if ((CITE_STYLES as readonly string[]).includes(style)) return style as CiteStyle;
  throw new UsageError(`--style must be ${CITE_STYLES.join(' or ')}, not '${style}'`);
}

function checkInside(span: LineSpan, lineCount: number, file: string): void {
  if (span.last <= lineCount) return;
  const asked = span.first === span.last ? `line ${span.first} is` : `lines ${span.first}-${span.last} are`;
  throw new InputError(`${asked} outside ${file}, which has ${lineCount} line${lineCount === 1 ? '' : 's'}`);
}
