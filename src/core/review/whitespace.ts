/**
 * Text with every run of white space (line breaks, tabs, no-break spaces) read as one space, and
 * the way back to the original offsets: a passage re-wrapped or re-exported with other line endings
 * is still found by its quote.
 */

const SPACE = /[\s\u00A0\u2007\u202F\uFEFF]/;

export interface CollapsedText {
  text: string;
  /** For each character of `text`, its offset in the original; one more entry for the end. */
  offsets: Uint32Array;
}

export function collapseWhitespace(original: string): CollapsedText {
  const offsets = new Uint32Array(original.length + 1);
  const parts: string[] = [];
  let length = 0;
  let runStart = 0;
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    if (SPACE.test(original[i])) {
      if (!inSpace) {
        if (i > runStart) parts.push(original.slice(runStart, i));
        parts.push(' ');
        offsets[length++] = i;
        inSpace = true;
      }
      runStart = i + 1;
    } else {
      if (inSpace) inSpace = false;
      offsets[length++] = i;
    }
  }
  if (runStart < original.length) parts.push(original.slice(runStart));
  offsets[length] = original.length;
  return { text: parts.join(''), offsets: offsets.subarray(0, length + 1) };
}

/** A short string with its white space collapsed (no offsets kept). */
export function collapse(text: string): string {
  return text.replace(/[\s\u00A0\u2007\u202F\uFEFF]+/g, ' ');
}
