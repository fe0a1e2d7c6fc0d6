/**
 * Turns the bytes of a transcript file into text: UTF-8 (with or without BOM), UTF-16 LE/BE
 * (with or without BOM), or a legacy 8-bit or CJK encoding when the bytes are not UTF-8.
 * Binary files are refused. Line endings are left as they are; the parser reads LF, CRLF and CR.
 *
 * Pure TypeScript: TextDecoder only for UTF-8 and UTF-16, which every runtime has. Telling one
 * legacy encoding from another needs a detector and decoding tables (jschardet, iconv-lite);
 * the command-line tool passes them in as a LegacyDecoder, elsewhere Windows-1252 is assumed.
 */
import { DEFAULT_LEGACY_ENCODING, findEncoding, LEGACY_ENCODINGS } from './encoding/encodings';
import { guessUnmarkedUtf16, type Utf16Encoding } from './encoding/utf16';
import { readUtf8 } from './encoding/utf8';
import { decodeWindows1252 } from './encoding/windows1252';

export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1252`, or another legacy id of encoding/encodings.ts. */
  encoding: string;
  /** One line saying what was done to bytes that did not fit the encoding; absent when they all did. */
  warning?: string;
}

/** Reads bytes that are not UTF-8: which legacy encoding they are in, and their text in it. */
export interface LegacyDecoder {
  /** An encoding id of encoding/encodings.ts, or null when unsure (Windows-1252 is then used). */
  guess(bytes: Uint8Array): string | null;
  /** The text of the bytes in that encoding, invalid sequences as U+FFFD. */
  decode(bytes: Uint8Array, encoding: string): string;
}

export interface DecodeOptions {
  legacy?: LegacyDecoder;
}

/** Thrown for bytes that are not a text file (NUL bytes outside UTF-16, or mostly control characters). */
export class BinaryFileError extends Error {
  constructor(reason: string) {
    super(`this is a binary file, not a transcript (${reason})`);
    this.name = 'BinaryFileError';
  }
}

/** Above this share of control characters (other than tab, line breaks, form feed, ESC), the file is not text. */
const MAX_CONTROL_SHARE = 0.1;

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  if (bytes.length === 0) return { text: '', encoding: 'utf-8' };

  if (startsWith(bytes, 0xff, 0xfe, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xfe, 0xff)) {
    throw new BinaryFileError('UTF-32 is not supported; save it as UTF-8');
  }
  if (startsWith(bytes, 0xff, 0xfe)) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, 0xfe, 0xff)) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    // The BOM says UTF-8: bytes that are not are shown as U+FFFD rather than read as another encoding.
    const body = bytes.subarray(3);
    refuseBinaryBytes(body);
    const reading = readUtf8(body);
    return withWarning({ text: reading.text, encoding: 'utf-8-bom' }, reading.invalid > 0 ? badUtf8Warning(reading.invalid, reading.firstInvalidLine) : undefined);
  }

  const unmarkedUtf16 = guessUnmarkedUtf16(bytes);
  if (unmarkedUtf16) return decodeUtf16(bytes, unmarkedUtf16);

  refuseBinaryBytes(bytes);
  const reading = readUtf8(bytes);
  if (reading.invalid === 0) return { text: reading.text, encoding: 'utf-8' };
  // Mostly UTF-8 with a few stray bytes (a pasted Latin-1 é, a file cut mid-character): stay
  // UTF-8, as editors do, and show the strays as U+FFFD. In a legacy file almost every byte
  // above 0x7F is ill-formed UTF-8, and well-formed pairs are rare accidents.
  if (looksMostlyUtf8(reading.validNonAscii, reading.invalid)) {
    return withWarning({ text: reading.text, encoding: 'utf-8' }, badUtf8Warning(reading.invalid, reading.firstInvalidLine));
  }
  const legacy = decodeLegacy(bytes, options.legacy);
  // In a Latin-script file, well-formed UTF-8 is a sign of a file mixing both, whose UTF-8 part
  // becomes mojibake (“ reads â€œ): said. In CJK encodings such pairs are ordinary characters.
  if (reading.validNonAscii === 0 || LEGACY_ENCODINGS.find(e => e.id === legacy.encoding)?.script !== 'latin') return legacy;
  return withWarning(legacy, `${plural(reading.validNonAscii, 'character')} that read as UTF-8 ${reading.validNonAscii === 1 ? 'was' : 'were'} read as ${titleOf(legacy.encoding)} too`);
}

/**
 * A few ill-formed sequences (at most three) among as many well-formed characters, or at least
 * twice as many well-formed ones: legacy CJK text makes well-formed pairs by accident (GBK
 * C0-DF lead bytes with 80-BF trail bytes) but always more ill-formed ones.
 */
function looksMostlyUtf8(validNonAscii: number, invalid: number): boolean {
  return validNonAscii >= invalid * 2 || (invalid <= 3 && validNonAscii >= invalid);
}

function decodeLegacy(bytes: Uint8Array, legacy: LegacyDecoder | undefined): DecodedText {
  const guessed = legacy?.guess(bytes) ?? null;
  if (legacy && guessed !== null && guessed !== DEFAULT_LEGACY_ENCODING) {
    const text = legacy.decode(bytes, guessed);
    // A guess that leaves bytes undecodable was wrong: Windows-1252 decodes every byte.
    if (!text.includes('\uFFFD')) return { text, encoding: guessed };
  }
  return { text: decodeWindows1252(bytes), encoding: DEFAULT_LEGACY_ENCODING };
}

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function decodeUtf16(body: Uint8Array, encoding: Utf16Encoding): DecodedText {
  // ignoreBOM: the BOM is already cut off; a second U+FEFF would be content.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    if (isControlCode(text.charCodeAt(i))) control++;
  }
  if (control > text.length * MAX_CONTROL_SHARE) {
    throw new BinaryFileError(`${percent(control, text.length)} of its characters are control characters`);
  }
  return { text, encoding };
}

/** Refuses NUL bytes (never in UTF-8 or 8-bit text) and files that are mostly control bytes. */
function refuseBinaryBytes(bytes: Uint8Array): void {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new BinaryFileError(`it contains a NUL byte at offset ${nul}`);
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x20 && isControlCode(bytes[i])) control++;
    else if (bytes[i] === 0x7f) control++;
  }
  if (control > bytes.length * MAX_CONTROL_SHARE) {
    throw new BinaryFileError(`${percent(control, bytes.length)} of its bytes are control characters`);
  }
}

/** Control characters that do not occur in text; tab, LF, VT, FF, CR, SUB (DOS end of file) and ESC do. */
function isControlCode(code: number): boolean {
  if (code === 0x7f) return true;
  if (code >= 0x20) return false;
  return !(code >= 0x09 && code <= 0x0d) && code !== 0x1a && code !== 0x1b;
}

function badUtf8Warning(invalid: number, firstLine: number | null): string {
  const where = firstLine === null ? '' : invalid === 1 ? ` (line ${firstLine})` : ` (first on line ${firstLine})`;
  return `${plural(invalid, 'byte sequence')} that ${invalid === 1 ? 'is' : 'are'} not UTF-8${where} shown as U+FFFD; the rest is UTF-8`;
}

function withWarning(decoded: DecodedText, warning: string | undefined): DecodedText {
  return warning ? { ...decoded, warning } : decoded;
}

function titleOf(encoding: string): string {
  return findEncoding(encoding)?.title ?? encoding;
}

function percent(part: number, whole: number): string {
  return `${Math.round((part / whole) * 100)}%`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
