/**
 * Reads a transcript file for the command-line tool: bytes → text (decodeBytes) → model
 * (parseTranscript). Every way this can fail becomes an InputError with a one-line message.
 */
import * as fs from 'fs';
import * as path from 'path';
import { BinaryFileError, decodeBytes } from '../core/decode';
import type { Transcript } from '../core/model';
import { parseTranscript } from '../core/parse';
import { InputError } from './errors';
import type { CliIo } from './io';

export interface LoadedTranscript {
  /** The file as given on the command line (`-` for standard input). */
  file: string;
  text: string;
  encoding: string;
  transcript: Transcript;
}

export function loadTranscript(file: string, io: CliIo): LoadedTranscript {
  const bytes = file === '-' ? readStdin(io) : readFileBytes(file);
  let decoded;
  try {
    decoded = decodeBytes(bytes);
  } catch (err) {
    if (err instanceof BinaryFileError) throw new InputError(`${file}: ${err.message}`);
    throw err;
  }
  const transcript = parseTranscript(decoded.text, {
    fileName: file === '-' ? undefined : path.basename(file),
    encoding: decoded.encoding,
  });
  return { file, text: decoded.text, encoding: decoded.encoding, transcript };
}

function readStdin(io: CliIo): Uint8Array {
  try {
    return io.readStdin ? io.readStdin() : fs.readFileSync(0);
  } catch (err) {
    throw new InputError(`cannot read standard input: ${describeFsError(err)}`);
  }
}

function readFileBytes(file: string): Uint8Array {
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
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw new InputError(`${file}: ${describeFsError(err)}`);
  }
}

/** A short reason from a Node file-system error, without its path or stack. */
function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, not a transcript file';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'ENAMETOOLONG': return 'file name too long';
    case 'ELOOP': return 'too many symbolic links';
    case 'ERR_FS_FILE_TOO_LARGE': return 'file too large to read';
    default: return `cannot read it (${code ?? (err instanceof Error ? err.message : String(err))})`;
  }
}
