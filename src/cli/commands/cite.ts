/**
 * `transcript-review cite FILE --lines A[-B] [--style S]`: the exact text of those lines (wraps
 * joined, labels, court line numbers and caption timings left out) with its citation, from the core.
 */
import { buildCitationContext, CITATION_STYLES, extractQuote, formatCitation, type CitationStyle } from '../../core/citation';
import { splitLines } from '../../core/parse';
import { range } from '../../core/position';
import { parseLineSpan, type LineSpan } from '../args';
import { InputError, UsageError } from '../errors';
import type { CliIo } from '../io';
import { loadTranscript } from '../readTranscript';

/** The core's styles, except `custom`, which needs a template the command line has no place for. */
export const CLI_CITE_STYLES: readonly CitationStyle[] = CITATION_STYLES.map(s => s.id).filter(id => id !== 'custom');

export function citeCommand(file: string, options: Record<string, string | true>, io: CliIo): number {
  // Check the whole command line before reading the file: usage mistakes are exit 2 whatever the file.
  if (options.lines === undefined) throw new UsageError('cite needs --lines A or --lines A-B');
  const span = parseLineSpan(String(options.lines));
  const style = parseStyle(options.style);

  const { transcript, text } = loadTranscript(file, io);
  checkInside(span, transcript.lineCount, file);
  const lines = splitLines(text);
  const lastLine = span.last - 1;
  const selection = range(span.first - 1, 0, lastLine, lines[lastLine]?.length ?? 0);
  const quote = extractQuote(transcript, lines, selection);
  if (!/\S/.test(quote.text) || /^\s*$/.test(lines.slice(span.first - 1, span.last).join(''))) {
    const verb = span.first === span.last ? 'holds' : 'hold';
    throw new InputError(`${describe(span)} of ${file} ${verb} no text to quote (only blank lines, timings or page furniture)`);
  }
  const context = buildCitationContext(transcript, quote);
  io.stdout(`${formatCitation(context, style)}\n`);
  return 0;
}

function parseStyle(value: string | true | undefined): CitationStyle {
  if (value === undefined) return 'plain';
  const style = String(value);
  const known = CLI_CITE_STYLES.find(s => s === style);
  if (known) return known;
  throw new UsageError(`--style must be one of ${CLI_CITE_STYLES.join(', ')}; not '${style}'`);
}

function checkInside(span: LineSpan, lineCount: number, file: string): void {
  if (span.last <= lineCount) return;
  // A line number the file does not have is a mistake on the command line (exit 2), like --lines 0.
  const verb = span.first === span.last ? 'is' : 'are';
  throw new UsageError(`--lines: ${describe(span)} ${verb} past the end of ${file}, which has ${lineCount} line${lineCount === 1 ? '' : 's'}`);
}

function describe(span: LineSpan): string {
  return span.first === span.last ? `line ${span.first}` : `lines ${span.first}-${span.last}`;
}
