/**
 * The command-line tool's reading of files that are not UTF-8: jschardet ranks the encodings the
 * bytes could be in, the best one of encoding/encodings.ts for the file's kind of script wins,
 * iconv-lite decodes. Both are loaded on first use, so UTF-8 files (nearly all) do not pay for
 * their tables (jschardet's first detection takes about 0.1 s).
 */
import type { LegacyDecoder } from '../core/decode';
import { DEFAULT_LEGACY_ENCODING, encodingDetectedAs, type KnownEncoding } from '../core/encoding/encodings';
import { highBytesStandAlone } from '../core/encoding/highBytes';

/** jschardet looks at this many bytes; enough for a confident answer, bounded for big files. */
const DETECT_BYTES = 256 * 1024;
/**
 * Another Latin-script encoding replaces Windows-1252 only when ranked this much more likely:
 * they share most letters, and on short texts the detector's ranks among them are near ties.
 */
const LATIN_MARGIN = 1.2;

export const cliLegacyDecoder: LegacyDecoder = {
  guess(bytes) {
    const sample = bytes.subarray(0, DETECT_BYTES);
    const script: KnownEncoding['script'] = highBytesStandAlone(sample) ? 'latin' : 'other';
    // Loaded on first legacy file only.
    const jschardet = require('jschardet') as typeof import('jschardet');
    const ranked = jschardet.detectAll(sample)
      .map(r => ({ known: r.encoding ? encodingDetectedAs(r.encoding) : undefined, confidence: r.confidence }))
      .filter((r): r is { known: KnownEncoding; confidence: number } => r.known?.script === script);
    const best = ranked[0];
    if (!best) return null;
    if (script === 'other') return best.known.id;
    const western = ranked.find(r => r.known.id === DEFAULT_LEGACY_ENCODING);
    if (western && best.confidence < western.confidence * LATIN_MARGIN) return looksIso885915(sample) ? 'iso-8859-15' : DEFAULT_LEGACY_ENCODING;
    return best.known.id;
  },
  decode(bytes, encoding) {
    const iconv = require('iconv-lite') as typeof import('iconv-lite');
    return iconv.decode(bytes, encoding);
  },
};

/**
 * ISO-8859-15 rather than Windows-1252 for Western text: it has the euro sign (and Š, Ž, Œ...)
 * at 0xA4-0xBE, where Windows-1252 has signs text hardly uses (¤, ¦, ¨), and nothing printable
 * at 0x80-0x9F, where Windows-1252 has its quotes and dashes.
 */
function looksIso885915(bytes: Uint8Array): boolean {
  let iso15Only = false;
  for (const b of bytes) {
    if (b >= 0x80 && b <= 0x9f) return false;
    if (b === 0xa4 || b === 0xa6 || b === 0xa8 || b === 0xb4 || b === 0xb8 || b === 0xbc || b === 0xbd || b === 0xbe) iso15Only = true;
  }
  return iso15Only;
}
