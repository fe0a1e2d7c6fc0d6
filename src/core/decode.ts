/**
 * Turns the bytes of a transcript file into text: UTF-8 (with or without BOM), UTF-16 LE/BE,
 * or Windows-1252 when the bytes are not valid UTF-8. Binary files are refused.
 * Line endings are left as they are; the parser reads LF, CRLF and CR.
 */

export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `windows-1252`. */
  encoding: string;
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

export function decodeBytes(bytes: Uint8Array): DecodedText {
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
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body), encoding: 'utf-8-bom' };
  }

  const unmarkedUtf16 = guessUnmarkedUtf16(bytes);
  if (unmarkedUtf16) return decodeUtf16(bytes, unmarkedUtf16);

  refuseBinaryBytes(bytes);
  const utf8 = decodeUtf8OrNull(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
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

/**
 * UTF-16 without a BOM: NUL in every other byte (the high byte of ASCII characters) and
 * nowhere else, over the start of the file. Anything less regular is left to the binary check.
 */
function guessUnmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (evenNul === 0 && oddNul >= pairs * 0.9) return 'utf-16le';
  if (oddNul === 0 && evenNul >= pairs * 0.9) return 'utf-16be';
  return null;
}

/** Refuses NUL bytes (never in UTF-8 or Windows-1252 text) and files that are mostly control bytes. */
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

function percent(part: number, whole: number): string {
  return `${Math.round((part / whole) * 100)}%`;
}

/**
 * Strict UTF-8, or null when the bytes are not UTF-8. A file cut in the middle of its last
 * character is still UTF-8: the streaming decode accepts everything but that tail, which
 * becomes U+FFFD instead of turning the whole file into Windows-1252.
 */
function decodeUtf8OrNull(bytes: Uint8Array): string | null {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let text: string;
  try {
    text = decoder.decode(bytes, { stream: true });
  } catch {
    return null;
  }
  try {
    return text + decoder.decode();
  } catch {
    return text + '\uFFFD';
  }
}

/**
 * What Windows-1252 puts at 0x80-0x9F; the five bytes it leaves undefined
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their Latin-1 code points U+0081 etc.
 * (Node's TextDecoder('windows-1252') is Latin-1 and would give U+0092 for 0x92.)
 */
const CP1252_0X80_TO_0X9F = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Byte → UTF-16 code unit for the whole of Windows-1252: Latin-1 except 0x80-0x9F. */
const CP1252_TABLE = (() => {
  const table = new Uint16Array(256);
  for (let b = 0; b < 256; b++) table[b] = b >= 0x80 && b <= 0x9f ? CP1252_0X80_TO_0X9F[b - 0x80] : b;
  return table;
})();

/** One table lookup per byte into UTF-16 code units, then one native decode: linear and fast on 10 MB. */
function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = CP1252_TABLE[bytes[i]];
  const asBytes = new Uint8Array(units.buffer, units.byteOffset, units.byteLength);
  if (!isLittleEndian()) {
    for (let i = 0; i < asBytes.length; i += 2) {
      const t = asBytes[i]; asBytes[i] = asBytes[i + 1]; asBytes[i + 1] = t;
    }
  }
  return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(asBytes);
}

function isLittleEndian(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}
