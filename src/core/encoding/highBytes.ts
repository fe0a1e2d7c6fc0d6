/**
 * Whether the bytes above 0x7F of a legacy 8-bit file stand alone, as accented letters and
 * typographic punctuation do amid ASCII in Latin-script languages, or come in runs, as whole words
 * do in Cyrillic, Greek and the CJK encodings. Statistical detectors confuse Italian with
 * Windows-1251 on short texts; this simple test does not.
 */

/**
 * Of the letters and signs above 0x7F, at most this share may sit next to another one for
 * Western text. Measured on samples: Spanish 0, French 0.15, German 0.25 (Größe); Russian
 * 0.96 (only one-letter words like в, и stand alone), Greek 0.98, legacy CJK 1.
 */
const MAX_WESTERN_RUN_SHARE = 0.5;
/** Fewer bytes in runs than this say nothing (German `Größe` has two). */
const MIN_BYTES_IN_RUNS = 6;

export function highBytesStandAlone(bytes: Uint8Array): boolean {
  let high = 0;
  let inRuns = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (!isLetterOrSign(bytes[i])) continue;
    high++;
    if ((i > 0 && isLetterOrSign(bytes[i - 1])) || (i + 1 < bytes.length && isLetterOrSign(bytes[i + 1]))) inRuns++;
  }
  return inRuns < MIN_BYTES_IN_RUNS || inRuns <= high * MAX_WESTERN_RUN_SHARE;
}

/** A byte above 0x7F other than 0xA0, which is a no-break space in every 8-bit encoding that matters here. */
function isLetterOrSign(byte: number): boolean {
  return byte >= 0x80 && byte !== 0xa0;
}
