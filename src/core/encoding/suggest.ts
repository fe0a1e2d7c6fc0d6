/**
 * Which encoding to offer for a file an editor shows with U+FFFD: the one its bytes read in
 * without any. Only what the core can name with confidence is offered: Unicode with or without
 * a byte-order mark, and Windows-1252 for text whose bytes above 0x7F stand alone (accented
 * letters and typographic punctuation amid ASCII, as in Western European languages). Runs of
 * such bytes (Cyrillic, Greek, CJK in legacy encodings) are some other encoding this reading
 * cannot tell apart without a detector: reported as unknown rather than guessed.
 */
import { BinaryFileError, decodeBytes } from '../decode';
import { DEFAULT_LEGACY_ENCODING, findEncoding } from './encodings';
import { highBytesStandAlone } from './highBytes';

export type EncodingAdvice =
  | { kind: 'reopen'; id: string; title: string; vscode: string }
  | { kind: 'unknown-legacy' }
  | { kind: 'none'; reason: string };

/** `currentEncoding`: VS Code's identifier of the encoding the editor read the file in (`utf8`). */
export function adviseEncoding(bytes: Uint8Array, currentEncoding: string): EncodingAdvice {
  let decoded;
  try {
    decoded = decodeBytes(bytes);
  } catch (err) {
    if (err instanceof BinaryFileError) return { kind: 'none', reason: 'binary' };
    throw err;
  }
  if (decoded.text.includes('\uFFFD')) return { kind: 'none', reason: 'U+FFFD in every encoding read' };
  if (decoded.encoding === DEFAULT_LEGACY_ENCODING && !highBytesStandAlone(bytes)) return { kind: 'unknown-legacy' };
  const known = findEncoding(decoded.encoding);
  if (!known) return { kind: 'none', reason: `no editor name for ${decoded.encoding}` };
  if (known.vscode === currentEncoding) return { kind: 'none', reason: 'already read in that encoding' };
  return { kind: 'reopen', id: known.id, title: known.title, vscode: known.vscode };
}
