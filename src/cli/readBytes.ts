/**
 * Reads a file or standard input in chunks, up to a cap. A regular file over the cap is refused
 * from its size before any reading; a device, pipe or standard input (`/dev/zero`, an endless
 * producer) is refused as soon as it has sent more than the cap, instead of filling the memory.
 */
import * as fs from 'fs';
import { InputError } from './errors';

/** The largest input read: ten times the longest real transcripts (multi-day trials, ~6 MB). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;
/** How long to wait before reading again when a non-blocking input has nothing yet. */
const RETRY_MS = 5;

export function readFileCapped(file: string): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    throw new InputError(`${file}: ${describeFsError(err)}`);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: is a directory, not a transcript file`);
  if (!stat.isFile() && !stat.isFIFO() && !stat.isCharacterDevice()) {
    throw new InputError(`${file}: is not a regular file`);
  }
  if (stat.isFile() && stat.size > MAX_INPUT_BYTES) {
    throw new InputError(`${file}: is ${megabytes(stat.size)}; transcript-review reads files up to ${megabytes(MAX_INPUT_BYTES)}`);
  }
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    throw new InputError(`${file}: ${describeFsError(err)}`);
  }
  try {
    return readCapped(fd, file);
  } finally {
    fs.closeSync(fd);
  }
}

export function readStdinCapped(): Uint8Array {
  return readCapped(0, 'standard input');
}

/** Reads `fd` to its end; an InputError naming `what` past MAX_INPUT_BYTES or on a read error. */
function readCapped(fd: number, what: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(CHUNK_BYTES);
    let n: number;
    try {
      n = fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
        waitMs(RETRY_MS);
        continue;
      }
      if ((err as NodeJS.ErrnoException).code === 'EOF') break; // Windows: the writer closed the pipe
      throw new InputError(`${what === 'standard input' ? 'cannot read standard input' : what}: ${describeFsError(err)}`);
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_INPUT_BYTES) {
      throw new InputError(`${what}: more than ${megabytes(MAX_INPUT_BYTES)} of input; transcript-review reads up to ${megabytes(MAX_INPUT_BYTES)}`);
    }
    chunks.push(chunk.subarray(0, n));
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return bytes;
}

/** Blocks this (command-line) process without spinning, while a non-blocking input fills. */
function waitMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** A short reason from a Node file-system error, without its path or stack. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, not a transcript file';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'ENAMETOOLONG': return 'file name too long';
    case 'ELOOP': return 'too many symbolic links';
    case 'EIO': return 'input/output error';
    default: return `cannot read it (${code ?? (err instanceof Error ? err.message : String(err))})`;
  }
}
