/**
 * Sorted lists of small numbers kept as the differences between neighbours, seven bits to a byte: the
 * paragraphs a word occurs in take one byte each in most transcripts.
 */

/** Appends the numbers of `sorted` (ascending, no repeats) to `out` as varint-coded differences. */
export function encodeSorted(sorted: readonly number[], out: number[]): void {
  let previous = -1;
  for (const n of sorted) {
    let delta = n - previous - 1;
    previous = n;
    while (delta >= 0x80) {
      out.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    out.push(delta);
  }
}

/** Calls `each` with the numbers coded in `bytes[from, to)`. */
export function decodeSorted(bytes: Uint8Array, from: number, to: number, each: (n: number) => void): void {
  let previous = -1;
  let i = from;
  while (i < to) {
    let delta = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[i++];
      delta += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    previous += delta + 1;
    each(previous);
  }
}
