/**
 * `transcript-review`: the command-line tool on top of the core. Bundled into dist/cli.js;
 * bin/transcript-review.js calls runFromProcess(). Every failure is one line on stderr,
 * exit 2 for a wrong command line and 1 for a file it cannot read, never a stack trace.
 */
import { parseArgs } from './args';
import { citeCommand } from './commands/cite';
import { exportCommand } from './commands/export';
import { outlineCommand } from './commands/outline';
import { speakersCommand } from './commands/speakers';
import { InputError, UsageError } from './errors';
import { helpText, versionText } from './help';
import type { CliIo } from './io';

export type { CliIo } from './io';
// For scripts that run the bundle (scripts/corpus.js): the same reading path as the commands.
export { decodeBytes, BinaryFileError } from '../core/decode';
export { parseTranscript } from '../core/parse';

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
        }
    }
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputError) {
      io.stderr(`transcript-review: ${err.message}\n`);
      return err.exitCode;
    }
    const reason = err instanceof Error ? err.message : String(err);
    io.stderr(`transcript-review: internal error: ${reason.split('\n')[0]}\n`);
    return 1;
  }
}

/** Runs with the process's arguments and streams, and sets its exit code. */
export function runFromProcess(): void {
  // `transcript-review outline big.txt | head` closes the pipe early: stop quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  process.exitCode = runCli(process.argv.slice(2), {
    stdout: text => { process.stdout.write(text); },
    stderr: text => { process.stderr.write(text); },
  });
}

if (require.main === module) runFromProcess();
