/**
 * Matching a workspace symbol query the way VS Code filters them: case does not matter, each word of the query
 * must occur in the candidate with its characters in order (`vacpass` finds `vaccination passport`), and a
 * match that is whole, or starts words, or runs on without gaps ranks higher. VS Code scores the results again
 * itself; ranking here decides which ones are returned when there are more than it shows.
 */

/** Higher is better; null when the candidate does not match. An empty query matches everything with 0. */
export function fuzzyScore(query: string, candidate: string): number | null {
  const pieces = query.toLowerCase().split(/\s+/u).filter(p => p !== '');
  if (pieces.length === 0) return 0;
  const lower = candidate.toLowerCase();
  let total = 0;
  for (const piece of pieces) {
    const score = pieceScore(piece, lower);
    if (score === null) return null;
    total += score;
  }
  // Among equal matches, the shorter candidate is the closer one.
  return total - candidate.length / 1000;
}

function pieceScore(piece: string, candidate: string): number | null {
  const at = candidate.indexOf(piece);
  if (at >= 0) {
    // A whole run: best at the very start, then at the start of a word.
    const start = at === 0 ? 3 : isWordStart(candidate, at) ? 2 : 1;
    return piece.length * 4 + start * 4;
  }
  // As VS Code's filter does, the first character must start a word: `fares` does not find `Ferry hearing`.
  let first = candidate.indexOf(piece[0]);
  while (first >= 0 && !isWordStart(candidate, first)) first = candidate.indexOf(piece[0], first + 1);
  if (first < 0) return null;
  let score = 0;
  let from = first;
  let previous = -2;
  for (const ch of piece) {
    const found = candidate.indexOf(ch, from);
    if (found < 0) return null;
    score += 1;
    if (found === previous + 1) score += 2;
    if (isWordStart(candidate, found)) score += 2;
    previous = found;
    from = found + 1;
  }
  return score;
}

function isWordStart(text: string, i: number): boolean {
  if (i === 0) return true;
  return !/[\p{L}\p{N}]/u.test(text[i - 1]) && /[\p{L}\p{N}]/u.test(text[i]);
}
