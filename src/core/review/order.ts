/**
 * The one order of passages, in the sidecar and everywhere they are listed: by start offset,
 * then end offset, then id (so that the order never depends on when a passage was added).
 */
import type { Passage } from './types';

export function compareReviewPassages(a: Passage, b: Passage): number {
  return a.position.start - b.position.start || a.position.end - b.position.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
