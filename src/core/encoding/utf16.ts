/**
 * UTF-16 without a byte-order mark. ASCII characters (spaces, line breaks, digits, Latin
 * letters) have a NUL high byte, so NUL bytes gather at odd offsets in little-endian text and
 * at even offsets in big-endian text, also when most characters are CJK. The parity is only
 * taken for UTF-16 when the decoded start of the file also reads as text (binary data does not:
 * it decodes to control characters, lone surrogates and private-use characters).
 */

export type Utf16Encoding = 'utf-16le' | 'utf-16be';

/** Bytes looked at to decide (the decision must not read a whole large file). */
const SAMPLE_BYTES = 64 * 1024;
/** Of the sampled code units, at most this share may be implausible in text (controls, lone surrogates, private use). */
const MAX_IMPLAUSIBLE_SHARE = 0.005;
/** And at least this share must be in the blocks real text is written in. */
const MIN_TEXT_SHARE = 0.95;

/**
 * Blocks of code units that make up real text in UTF-16: ASCII, Latin, Greek, Cyrillic, Hebrew,
 * Arabic, Indic, Thai, punctuation and symbols, CJK, kana, Hangul, full-width forms.
 */
const TEXT_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], [0x00a0, 0x024f], [0x0250, 0x02ff], [0x0300, 0x036f], [0x0370, 0x052f],
  [0x0590, 0x06ff], [0x0900, 0x0e7f], [0x1e00, 0x1fff], [0x2000, 0x27bf], [0x2e80, 0x9fff],
  [0xac00, 0xd7af], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xffef],
];

export function guessUnmarkedUtf16(bytes: Uint8Array): Utf16Encoding | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  // The parity with more NULs holds the high bytes of ASCII; the other only the rare CJK
  // character whose low byte is zero (U+8A00 言 is 00 8A in little-endian).
  if (oddNul === evenNul) return null;
  const candidate: Utf16Encoding = oddNul > evenNul ? 'utf-16le' : 'utf-16be';
  return readsAsText(new TextDecoder(candidate, { ignoreBOM: true }).decode(bytes.subarray(0, n))) ? candidate : null;
}

function readsAsText(sample: string): boolean {
  let text = 0;
  let implausible = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d) text++;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(sample.charCodeAt(i + 1))) { text += 2; i++; }
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0xd800 && code <= 0xf8ff) || code === 0xfffd || code >= 0xfffe) implausible++;
    else if (inTextBlock(code)) text++;
  }
  // The decoder's own U+FFFD for a cut-off last unit is not evidence against the file.
  if (sample.endsWith('\uFFFD')) implausible--;
  return implausible <= sample.length * MAX_IMPLAUSIBLE_SHARE && text >= sample.length * MIN_TEXT_SHARE;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function inTextBlock(code: number): boolean {
  for (const [from, to] of TEXT_BLOCKS) if (code >= from && code <= to) return true;
  return false;
}
