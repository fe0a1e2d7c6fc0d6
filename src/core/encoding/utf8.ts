/**
 * How much of a byte sequence is UTF-8: decoded once with replacement, then counted. Editors
 * keep a file that is overwhelmingly UTF-8 as UTF-8 and show its few bad bytes as U+FFFD; the
 * counts let decodeBytes decide the same way.
 */

export interface Utf8Reading {
  /** The bytes decoded as UTF-8, each ill-formed sequence as one U+FFFD (WHATWG rules). */
  text: string;
  /** Characters outside ASCII that were well-formed UTF-8 (U+FFFD written in the file included). */
  validNonAscii: number;
  /** Ill-formed sequences, each shown as U+FFFD in `text`. */
  invalid: number;
  /** 1-based line of the first U+FFFD in `text`, when `invalid` > 0. */
  firstInvalidLine: number | null;
}

export function readUtf8(bytes: Uint8Array): Utf8Reading {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let replacements = 0;
  let nonAscii = 0;
  let firstReplacement = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code === 0xfffd) {
      replacements++;
      if (firstReplacement < 0) firstReplacement = i;
    } else if (code < 0xdc00 || code > 0xdfff) {
      nonAscii++; // a surrogate pair counts once, by its high half
    }
  }
  const written = countWrittenReplacements(bytes);
  const invalid = replacements - written;
  return {
    text,
    validNonAscii: nonAscii + written,
    invalid,
    firstInvalidLine: invalid > 0 ? lineOf(text, firstReplacement) : null,
  };
}

/** U+FFFD that the file itself holds (EF BF BD): content, not a decoding failure. */
function countWrittenReplacements(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
  }
  return count;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
