/**
 * The sidecar file `NAME.review.json` beside the transcript `NAME`: reading with clear errors, and
 * writing in one canonical form (keys sorted, passages in stable order, two-space indent, final
 * newline) so that git diffs show one changed passage as one changed object and two reviewers'
 * work merges.
 */
import { compareReviewPassages } from './order';
import type { Passage, Review, SpeakerEntry } from './types';

export const SIDECAR_FORMAT = 'transcript-review/review';
export const SIDECAR_VERSION = 1;
export const SIDECAR_SUFFIX = '.review.json';

/** Why a sidecar could not be read; the file is then left as it is. */
export class SidecarError extends Error {}

export function sidecarPathFor(transcriptPath: string): string {
  return transcriptPath + SIDECAR_SUFFIX;
}

export function isSidecarPath(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX);
}

export function transcriptPathFor(sidecarPath: string): string {
  return sidecarPath.slice(0, -SIDECAR_SUFFIX.length);
}

/** The sidecar's text for a review of the transcript named `transcriptName`. */
export function serializeReview(review: Review, transcriptName: string): string {
  const passages = [...review.passages].sort(compareReviewPassages).map(passageJson);
  const speakers: Record<string, unknown> = {};
  for (const label of Object.keys(review.speakers).sort()) speakers[label] = speakerJson(review.speakers[label]);
  const document = { format: SIDECAR_FORMAT, passages, speakers, transcript: transcriptName, version: SIDECAR_VERSION };
  return JSON.stringify(sortKeys(document), null, 2) + '\n';
}

function passageJson(p: Passage): unknown {
  const json: Record<string, unknown> = {
    id: p.id,
    position: { end: p.position.end, start: p.position.start, type: 'TextPositionSelector' },
    quote: { exact: p.quote.exact, prefix: p.quote.prefix, suffix: p.quote.suffix, type: 'TextQuoteSelector' },
    tags: [...new Set(p.tags)].sort(),
  };
  if (p.note !== undefined && p.note !== '') json.note = p.note;
  return json;
}

function speakerJson(s: SpeakerEntry): unknown {
  const json: Record<string, string | string[]> = {};
  if (s.name) json.name = s.name;
  if (s.role) json.role = s.role;
  if (s.sameAs) json.sameAs = s.sameAs;
  if (s.notSameAs?.length) json.notSameAs = [...new Set(s.notSameAs)].sort();
  return json;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
    return sorted;
  }
  return value;
}

/** Reads a sidecar's text; throws `SidecarError` saying what is wrong and where. */
export function parseReview(text: string): Review {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new SidecarError(`not valid JSON (${(error as Error).message})`);
  }
  const root = object(json, 'the file');
  if (root.format !== undefined && root.format !== SIDECAR_FORMAT) throw new SidecarError(`"format" is not "${SIDECAR_FORMAT}"`);
  if (typeof root.version !== 'number') throw new SidecarError('"version" is missing');
  if (root.version > SIDECAR_VERSION) {
    throw new SidecarError(`version ${root.version} was written by a newer Transcript Review (this one reads version ${SIDECAR_VERSION})`);
  }
  const passages = array(root.passages ?? [], '"passages"').map((p, i) => readPassage(p, `passage ${i + 1}`));
  const ids = new Set<string>();
  for (const p of passages) {
    if (ids.has(p.id)) throw new SidecarError(`two passages have the id "${p.id}"`);
    ids.add(p.id);
  }
  const speakers: Record<string, SpeakerEntry> = {};
  for (const [label, entry] of Object.entries(object(root.speakers ?? {}, '"speakers"'))) {
    const e = object(entry, `speaker "${label}"`);
    speakers[label] = {
      ...optionalString(e.name, 'name', label),
      ...optionalString(e.role, 'role', label),
      ...optionalString(e.sameAs, 'sameAs', label),
    };
    if (e.notSameAs !== undefined) {
      speakers[label].notSameAs = array(e.notSameAs, `speaker "${label}": "notSameAs"`).map(v => string(v, `speaker "${label}": "notSameAs"`));
    }
  }
  return { passages: passages.sort(compareReviewPassages), speakers };
}

function readPassage(value: unknown, where: string): Passage {
  const p = object(value, where);
  const quote = object(p.quote, `${where}: "quote"`);
  const position = object(p.position, `${where}: "position"`);
  const start = integer(position.start, `${where}: "position.start"`);
  const end = integer(position.end, `${where}: "position.end"`);
  if (end < start) throw new SidecarError(`${where}: "position.end" is before "position.start"`);
  const passage: Passage = {
    id: string(p.id, `${where}: "id"`),
    quote: {
      type: 'TextQuoteSelector',
      exact: string(quote.exact, `${where}: "quote.exact"`),
      prefix: string(quote.prefix ?? '', `${where}: "quote.prefix"`),
      suffix: string(quote.suffix ?? '', `${where}: "quote.suffix"`),
    },
    position: { type: 'TextPositionSelector', start, end },
    tags: [...new Set(array(p.tags ?? [], `${where}: "tags"`).map(t => string(t, `${where}: a tag`)))].sort(),
  };
  if (passage.quote.exact === '') throw new SidecarError(`${where}: "quote.exact" is empty`);
  if (p.note !== undefined) passage.note = string(p.note, `${where}: "note"`);
  return passage;
}

function object(value: unknown, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new SidecarError(`${where} is not an object`);
  return value as Record<string, unknown>;
}

function array(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new SidecarError(`${where} is not a list`);
  return value;
}

function string(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new SidecarError(`${where} is not a string`);
  return value;
}

function integer(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new SidecarError(`${where} is not a whole number`);
  return value;
}

function optionalString(value: unknown, key: 'name' | 'role' | 'sameAs', label: string): SpeakerEntry {
  if (value === undefined || value === '') return {};
  if (typeof value !== 'string') throw new SidecarError(`speaker "${label}": "${key}" is not a string`);
  return { [key]: value };
}
