/**
 * Between the core's line/character positions and offsets into the text, for a text read on demand. Lines end at
 * `\n`, `\r\n` or a lone `\r`, as the parser splits them.
 */
import { position, type Position } from '../position';

/** Offsets where each line starts. */
export function lineStarts(text: string): Uint32Array {
  let starts = new Uint32Array(1024);
  let n = 1;
  const push = (offset: number): void => {
    if (n === starts.length) {
      const grown = new Uint32Array(n * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[n++] = offset;
  };
  if (text.indexOf('\r') < 0) {
    // Most files end their lines with LF alone: the native search is much faster than a loop over characters.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) push(i + 1);
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        push(i + 1);
      }
    }
  }
  return starts.slice(0, n);
}

export function offsetAt(starts: Uint32Array, line: number, character: number): number {
  return (starts[Math.min(line, starts.length - 1)] ?? 0) + character;
}

export function positionAt(starts: Uint32Array, offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return position(lo, offset - starts[lo]);
}

/** Where line `line` ends, its line break excluded. */
export function lineEnd(text: string, starts: Uint32Array, line: number): number {
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  if (end > starts[line] && text.charCodeAt(end - 1) === 10) end--;
  if (end > starts[line] && text.charCodeAt(end - 1) === 13) end--;
  return end;
}
