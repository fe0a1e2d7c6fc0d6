/**
 * Metadata from front-matter fields and from header lines such as `**Date:** 2025-07-30` or `Source: ...`.
 */
import type { Metadata } from '../model';
import { headerField, metadataKeyOf } from '../conventions';
import { clockTime, parseDate } from './dates';

export function emptyMetadata(): Metadata {
  return { title: null, date: null, time: null, place: null, publisher: null, url: null, extra: {} };
}

export function metadataFromFields(fields: Record<string, string>): Metadata {
  const metadata = emptyMetadata();
  for (const [key, value] of Object.entries(fields)) applyField(metadata, key, value);
  return metadata;
}

/** Records one field; returns whether the key is a known metadata key. */
function applyField(metadata: Metadata, rawKey: string, rawValue: string): boolean {
  const key = metadataKeyOf(rawKey);
  const value = rawValue.replace(/[\s\u00a0]+/g, ' ').trim();
  if (value === '') return false;
  metadata.extra[key] = value;
  // The conventions table says which citation field a key fills (`Fecha` → date, `Quelle` → publisher).
  const field = headerField(key);
  if (field === 'title') metadata.title ??= value;
  else if (field === 'date') {
    const parsed = parseDate(value);
    if (parsed) {
      metadata.date ??= parsed.date;
      // Publication stamps (`published_time`) say when the page went up, not when people spoke.
      if (parsed.time && (key === 'date' || key === 'recorded')) metadata.time ??= parsed.time;
    }
  } else if (field === 'time') metadata.time ??= clockTime(value) ?? value;
  else if (field === 'place') metadata.place ??= value;
  else if (field === 'publisher' && !/^https?:/.test(value)) metadata.publisher ??= value;
  else if (field === 'url' || (field === 'publisher' && /^https?:/.test(value))) {
    if (/^https?:\/\//.test(value)) metadata.url ??= value.replace(/^<|>$/g, '');
  } else return field !== undefined;
  return true;
}

const LINE_RE = /^\s*(?:\*\*|__)?(\p{L}[\p{L} _-]{0,30}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(.{1,300})$/u;

/** A header line `**Date:** 2025-07-30` / `Source: ...`: recorded in `metadata` when its key is known. */
export function readMetadataLine(text: string, metadata: Metadata): boolean {
  const m = LINE_RE.exec(text);
  if (!m) return false;
  const key = metadataKeyOf(m[1]);
  if (headerField(key) === undefined) return false;
  return applyField(metadata, key, m[2].replace(/^\*\*|\*\*$/g, '').trim());
}

const VENUE_RE = /\b(?:Room|Hall|Center|Centre|House|Building|Office|Palace|Hotel|Auditorium|Chamber|Courthouse|Embassy|Ministry|Library|Theat(?:re|er)|Studio|Arena|Stadium|University|Campus)\b/;

/** A short line above the speech that gives the hour (`1:18 P.M. EDT`) or the venue (`... Briefing Room`). */
export function readHeaderLine(text: string, metadata: Metadata): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 100 || /[.?!:;,]$/.test(t)) return false;
  if (/^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?\s*[A-Z]{0,4}$/.test(t)) {
    metadata.time ??= clockTime(t);
    return true;
  }
  if (VENUE_RE.test(t) && /^\p{Lu}/u.test(t) && t.split(/\s+/).length <= 10) {
    metadata.place ??= t;
    return true;
  }
  return false;
}
