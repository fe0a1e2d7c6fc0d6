/**
 * The two kinds of failure the command-line tool reports in one line on stderr:
 * a wrong command line (exit 2) and a file it cannot read as a transcript (exit 1).
 */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export class InputError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
