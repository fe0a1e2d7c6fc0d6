/**
 * The command-line tool's reading of files that are not UTF-8: jschardet ranks the encodings the
 * bytes could be in, the first one of encoding/encodings.ts wins, iconv-lite decodes. Both are
 * loaded on first use, so UTF-8 files (nearly all) do not pay for their tables.
 */
import { DEFAULT_LEGACY_ENCODING, encodingDetectedAs } from '../core/encoding/encodings';
import type { LegacyDecoder } from '../core/decode';

/** jschardet looks at this many bytes; enough for a confident answer, bounded for big files. */
const DETECT_BYTES = 256 * 1024;

export const cliLegacyDecoder: LegacyDecoder = {
  guess(bytes) {
    // Loaded on first legacy file only.
    const jschardet = require('jschardet') as typeof import('jschardet');
    const ranked = jschardet.detectAll(bytes.subarray(0, DETECT_BYTES));
    for (const candidate of ranked) {
      if (!candidate.encoding) continue;
      const known = encodingDetectedAs(candidate.encoding);
      if (!known) continue;
      // ISO-8859-15 only when it is ranked above Windows-1252, which it shares nearly all letters with.
      if (known.id === 'iso-8859-15') {
        const western = ranked.find(r => r.encoding && encodingDetectedAs(r.encoding)?.id === DEFAULT_LEGACY_ENCODING);
        if (western && western.confidence >= candidate.confidence) return DEFAULT_LEGACY_ENCODING;
      }
      return known.id;
    }
    return null;
  },
  decode(bytes, encoding) {
    const iconv = require('iconv-lite') as typeof import('iconv-lite');
    return iconv.decode(bytes, encoding);
  },
};
