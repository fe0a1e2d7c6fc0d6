/**
 * Where the command-line tool writes, injectable so tests can run it in-process; and the
 * process's own streams, written synchronously so that a failed write is known before exit.
 */
import * as fs from 'fs';
import { OutputError, ReaderGoneError } from './errors';

export interface CliIo {
  /** Writes to standard output; throws OutputError or ReaderGoneError when that fails. */
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads standard input whole (for FILE `-`); by default it is read in capped chunks. */
  readStdin?(): Uint8Array;
}

const RETRY_MS = 5;

/** Standard output and error of this process, by file descriptor (process.stdout would make a pipe non-blocking and asynchronous). */
export function processIo(): CliIo {
  return {
    stdout: text => writeAll(1, text),
    stderr: text => {
      try {
        writeAll(2, text);
      } catch {
        // Nowhere left to report it; the exit status still says what happened.
      }
    },
  };
}

/** Writes all of `text` to `fd`: partial writes continued, a full non-blocking pipe waited on. */
function writeAll(fd: number, text: string): void {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RETRY_MS);
        continue;
      }
      if (code === 'EPIPE') throw new ReaderGoneError();
      throw new OutputError(`cannot write the output: ${describeWriteError(code, err)}`);
    }
  }
}

function describeWriteError(code: string | undefined, err: unknown): string {
  switch (code) {
    case 'ENOSPC': return 'no space left on the device (ENOSPC)';
    case 'EDQUOT': return 'disk quota exceeded (EDQUOT)';
    case 'EIO': return 'input/output error (EIO)';
    case 'EBADF': return 'standard output is closed (EBADF)';
    case 'EFBIG': return 'the file is too large (EFBIG)';
    default: return code ?? (err instanceof Error ? err.message : String(err));
  }
}
