/**
 * `transcript-review`: the command-line tool on top of the core. Bundled into dist/cli.js;
 * bin/transcript-review.js calls runFromProcess(). Every failure is one line on stderr,
 * exit 2 for a wrong command line and 1 for a file it cannot read, never a stack trace.
 */
import { decodeBytes as decodeCore, type DecodedText } from '../core/decode';
import { parseArgs } from './args';
import { citeCommand } from './commands/cite';
import { exportCommand } from './commands/export';
import { findQuoteCommand } from './commands/findQuote';
import { outlineCommand } from './commands/outline';
import { speakersCommand } from './commands/speakers';
import { InputError, oneLine, OutputError, ReaderGoneError, UsageError } from './errors';
import { helpText, versionText } from './help';
import { processIo, type CliIo } from './io';
import { cliLegacyDecoder } from './legacyDecoder';

export type { CliIo } from './io';
// For scripts that run the bundle (scripts/corpus.js): the same reading path as the commands,
// legacy encodings included.
export { BinaryFileError } from '../core/decode';
export { parseTranscript } from '../core/parse';

export function decodeBytes(bytes: Uint8Array): DecodedText {
  return decodeCore(bytes, { legacy: cliLegacyDecoder });
}

/** Runs one command line; returns the exit status. Never throws. */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const args = parseArgs(argv);
    switch (args.kind) {
      case 'help':
        io.stdout(helpText(args.command));
        return 0;
      case 'version':
        io.stdout(versionText());
        return 0;
      case 'run':
        switch (args.command) {
          case 'outline': return outlineCommand(args.file, args.options, io);
          case 'speakers': return speakersCommand(args.file, args.options, io);
          case 'cite': return citeCommand(args.file, args.options, io);
          case 'export': return exportCommand(args.files, args.options, io);
          case 'find-quote': return findQuoteCommand(args.files, args.options, io);
        }
    }
  } catch (err) {
    if (err instanceof ReaderGoneError) return err.exitCode;
    if (err instanceof UsageError || err instanceof InputError || err instanceof OutputError) {
      io.stderr(`transcript-review: ${oneLine(err.message)}\n`);
      return err.exitCode;
    }
    const reason = err instanceof Error ? err.message : String(err);
    io.stderr(`transcript-review: internal error: ${oneLine(reason.split('\n')[0])}\n`);
    return 1;
  }
}

/**
 * Runs with the process's arguments and streams, and sets its exit code. Output is written
 * synchronously: a full disk is an error (exit 1); a reader that closes the pipe early
 * (`| head -1`) has what it wanted, so the tool stops quietly with exit 0.
 */
export function runFromProcess(): void {
  process.exitCode = runCli(process.argv.slice(2), processIo());
}

if (require.main === module) runFromProcess();
