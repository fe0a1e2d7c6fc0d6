/**
 * Metadata from front-matter fields and from header lines such as `**Date:** 2025-07-30` or `Source: ...`.
 */
import type { Metadata } from '../model';
import { clockTime, parseDate } from './dates';

const TITLE_KEYS = ['title', 'headline', 'name'];
const DATE_KEYS = ['date', 'published', 'published_time', 'recorded', 'date_published', 'air_date'];
const TIME_KEYS = ['time', 'start_time'];
const PLACE_KEYS = ['place', 'location', 'venue', 'city', 'where'];
const PUBLISHER_KEYS = ['publisher', 'source', 'site', 'site_name', 'organization', 'organisation', 'network', 'outlet', 'podcast', 'show'];
const URL_KEYS = ['url', 'source_url', 'canonical_url', 'link', 'permalink', 'media', 'video'];

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
  const key = rawKey.trim().toLowerCase().replace(/[\s-]+/g, '_');
  const value = rawValue.replace(/[\s\u00a0]+/g, ' ').trim();
  if (value === '') return false;
  metadata.extra[key] = value;
  if (TITLE_KEYS.includes(key)) metadata.title ??= value;
  else if (DATE_KEYS.includes(key)) {
    const parsed = parseDate(value);
    if (parsed) {
      metadata.date ??= parsed.date;
      // Publication stamps (`published_time`) say when the page went up, not when people spoke.
      if (parsed.time && (key === 'date' || key === 'recorded')) metadata.time ??= parsed.time;
    }
  } else if (TIME_KEYS.includes(key)) metadata.time ??= clockTime(value) ?? value;
  else if (PLACE_KEYS.includes(key)) metadata.place ??= value;
  else if (PUBLISHER_KEYS.includes(key) && !/^https?:/.test(value)) metadata.publisher ??= value;
  else if (URL_KEYS.includes(key) || (key === 'source' && /^https?:/.test(value))) {
    if (/^https?:\/\//.test(value)) metadata.url ??= value.replace(/^<|>$/g, '');
  } else return KNOWN_LINE_KEYS.has(key);
  return true;
}

const KNOWN_LINE_KEYS = new Set(['company', 'quarter', 'ticker', 'event', 'host', 'hosts', 'guest', 'guests',
  'speakers', 'participants', 'transcript', 'transcript_by', 'note', 'notes', 'tags', 'category', 'duration',
  'episode', 'slides', 'language', 'author', 'by', 'copyright']);
const LINE_RE = /^\s*(?:\*\*|__)?([A-Za-z][A-Za-z _-]{0,30}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.{1,300})$/;

/** A header line `**Date:** 2025-07-30` / `Source: ...`: recorded in `metadata` when its key is known. */
export function readMetadataLine(text: string, metadata: Metadata): boolean {
  const m = LINE_RE.exec(text);
  if (!m) return false;
  const key = m[1].trim().toLowerCase().replace(/[\s-]+/g, '_');
  if (!isMetadataKey(key)) return false;
  return applyField(metadata, key, m[2].replace(/^\*\*|\*\*$/g, '').trim());
}

function isMetadataKey(key: string): boolean {
  return TITLE_KEYS.includes(key) || DATE_KEYS.includes(key) || TIME_KEYS.includes(key) || PLACE_KEYS.includes(key) ||
    PUBLISHER_KEYS.includes(key) || URL_KEYS.includes(key) || KNOWN_LINE_KEYS.has(key);
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
