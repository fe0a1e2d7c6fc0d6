/**
 * The kinds of failure the command-line tool reports in one line on stderr: a wrong command
 * line (exit 2), a file it cannot read as a transcript (exit 1), output it cannot write (exit 1),
 * and a reader that closed the pipe (not an error: the tool stops quietly with exit 0).
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

export class OutputError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

/** Standard output's reader went away (`| head -1`): it has all it wanted. */
export class ReaderGoneError extends Error {
  readonly exitCode = 0;
  constructor() {
    super('the reader of standard output closed it');
    this.name = 'ReaderGoneError';
  }
}

/**
 * A message on one line whatever the names in it hold: line breaks, tabs and other control
 * characters (a file name may contain any of them) are written as escapes.
 */
export function oneLine(message: string): string {
  return message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ch => {
    switch (ch) {
      case '\n': return '\\n';
      case '\r': return '\\r';
      case '\t': return '\\t';
      default: return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
}
