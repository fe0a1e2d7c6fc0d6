/**
 * The reviewer's changes as pure functions of the anchored passages: tag or annotate a range (a new
 * passage, or the one already there), remove a tag or a note (a passage left with neither goes),
 * rename or merge tags. Each returns new arrays and leaves its input alone, so a store can keep the
 * previous state for undo.
 */
import { selectorsFor } from './anchor';
import { compareReviewPassages } from './order';
import type { Anchor, Passage } from './types';

/** Anchors at exactly start..end, or undefined. */
export function anchorAt(anchors: readonly Anchor[], start: number, end: number): Anchor | undefined {
  return anchors.find(a => a.how !== 'orphan' && a.start === start && a.end === end);
}

/** Anchors that touch start..end (or, for a cursor, contain it), innermost first. */
export function anchorsTouching(anchors: readonly Anchor[], start: number, end: number): Anchor[] {
  return anchors
    .filter(a => a.how !== 'orphan' && (start === end ? a.start <= start && start <= a.end : a.start < end && start < a.end))
    .sort((a, b) => a.end - a.start - (b.end - b.start));
}

/** Adds `tag` to the passage at start..end, creating it (with `newId`) when there is none. */
export function addTag(anchors: readonly Anchor[], text: string, start: number, end: number, tag: string, newId: string): Anchor[] {
  return upsert(anchors, text, start, end, newId, p => (p.tags.includes(tag) ? p : { ...p, tags: [...p.tags, tag].sort() }));
}

/** Sets the note of the passage at start..end (an empty note removes it). */
export function setNote(anchors: readonly Anchor[], text: string, start: number, end: number, note: string, newId: string): Anchor[] {
  const trimmed = note.trim();
  return prune(upsert(anchors, text, start, end, newId, p => withNote(p, trimmed)));
}

export function removeTag(anchors: readonly Anchor[], passageId: string, tag: string): Anchor[] {
  return prune(mapPassage(anchors, passageId, p => ({ ...p, tags: p.tags.filter(t => t !== tag) })));
}

export function removeNote(anchors: readonly Anchor[], passageId: string): Anchor[] {
  return prune(mapPassage(anchors, passageId, p => withNote(p, '')));
}

/** Renames `from` to `to` on every passage; when `to` is already there this merges the two tags. */
export function renameTag(passages: readonly Passage[], from: string, to: string): Passage[] {
  return passages.map(p => (p.tags.includes(from) ? { ...p, tags: [...new Set(p.tags.map(t => (t === from ? to : t)))].sort() } : p));
}

/** Every tag used, sorted, with its number of passages. */
export function tagCounts(passages: readonly Passage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of passages) for (const t of p.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

function withNote(p: Passage, note: string): Passage {
  const { note: _old, ...rest } = p;
  return note === '' ? rest : { ...rest, note };
}

function upsert(
  anchors: readonly Anchor[],
  text: string,
  start: number,
  end: number,
  newId: string,
  change: (p: Passage) => Passage,
): Anchor[] {
  const existing = anchorAt(anchors, start, end);
  if (existing) return mapPassage(anchors, existing.passage.id, change);
  const passage = change({ id: newId, ...selectorsFor(text, start, end), tags: [] });
  return [...anchors, { passage, start, end, how: 'position' as const }].sort((a, b) => compareReviewPassages(a.passage, b.passage));
}

function mapPassage(anchors: readonly Anchor[], id: string, change: (p: Passage) => Passage): Anchor[] {
  return anchors.map(a => (a.passage.id === id ? { ...a, passage: change(a.passage) } : a));
}

/** A passage with neither tags nor a note says nothing: it goes. */
function prune(anchors: Anchor[]): Anchor[] {
  return anchors.filter(a => a.passage.tags.length > 0 || a.passage.note !== undefined);
}
