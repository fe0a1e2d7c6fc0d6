/**
 * Reads a transcript file for the command-line tool: bytes (capped, readBytes) → text
 * (decodeBytes, with jschardet and iconv-lite for legacy encodings) → model (parseTranscript).
 * Every way this can fail becomes an InputError with a one-line message; what the decoding had
 * to do to bytes that did not fit is one note on stderr.
 */
import * as path from 'path';
import { BinaryFileError, decodeBytes } from '../core/decode';
import type { Transcript } from '../core/model';
import { parseTranscript } from '../core/parse';
import { InputError, oneLine } from './errors';
import type { CliIo } from './io';
import { cliLegacyDecoder } from './legacyDecoder';
import { readFileCapped, readStdinCapped } from './readBytes';

export interface LoadedTranscript {
  /** The file as given on the command line (`-` for standard input). */
  file: string;
  text: string;
  encoding: string;
  /** What the decoding did to bytes that did not fit the encoding (already noted on stderr). */
  encodingWarning: string | null;
  transcript: Transcript;
}

export function loadTranscript(file: string, io: CliIo): LoadedTranscript {
  const bytes = file === '-' ? readStdin(io) : readFileCapped(file);
  let decoded;
  try {
    decoded = decodeBytes(bytes, { legacy: cliLegacyDecoder });
  } catch (err) {
    if (err instanceof BinaryFileError) throw new InputError(`${file}: ${err.message}`);
    throw err;
  }
  if (decoded.warning) io.stderr(`transcript-review: note: ${oneLine(file === '-' ? 'standard input' : file)}: ${decoded.warning}\n`);
  const transcript = parseTranscript(decoded.text, {
    fileName: file === '-' ? undefined : path.basename(file),
    encoding: decoded.encoding,
  });
  return { file, text: decoded.text, encoding: decoded.encoding, encodingWarning: decoded.warning ?? null, transcript };
}

function readStdin(io: CliIo): Uint8Array {
  if (!io.readStdin) return readStdinCapped();
  try {
    return io.readStdin();
  } catch (err) {
    throw new InputError(`cannot read standard input: ${err instanceof Error ? err.message : String(err)}`);
  }
}
