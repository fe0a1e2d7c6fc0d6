/**
 * The header of a plain transcript: the lines before the speech that name the publisher, the title and the
 * date (`8 April 202114:32`), with site banners above them. Also what a title tells: the place
 * (`..., Nur-Sultan, April 8, 2021`) and the opening speaker (`Foreign Minister Sergey Lavrov's statement`).
 */
import { languageProfile } from '../languages';
import { isChromeLine } from './boilerplate';
import { clockTime, findDate, parseDateLine, type ParsedDate } from './dates';
import { matchLabel } from './labels';
import { emptyMetadata, readHeaderLine } from './metadataLines';
import type { HeaderMarkers } from './roster';

export interface PlainHeader {
  title: string | null;
  date: string | null;
  time: string | null;
  place: string | null;
  publisher: string | null;
  /** 0-based lines of the header (title, date, publisher), inclusive; null when there is none. */
  firstLine: number;
  lastLine: number;
  /** Lines that are site chrome, not header. */
  chromeLines: number[];
}

const MAX_HEADER_LINES = 8;
const MAX_TITLE_LENGTH = 400;

/**
 * Reads the header among the non-blank lines from `from` up to (not including) `until`, the first labelled line.
 * `content(i)` gives a line's text (court line numbers removed).
 */
export function readPlainHeader(lineCount: number, content: (line: number) => string, from: number, until: number): PlainHeader | null {
  const candidates: number[] = [];
  for (let i = from; i < Math.min(until, lineCount) && candidates.length < MAX_HEADER_LINES; i++) {
    if (content(i).trim() !== '') candidates.push(i);
  }
  if (candidates.length === 0) return null;
  const chromeLines = candidates.filter(i => isChromeLine(content(i)));
  // No line is only a date: a dateline ending in one will do (`Berlin, Mittwoch, den 12. März 2024`), below the
  // first line of the header (a first line ending in a date is the title: `Press conference, May 4, 2024`).
  const first = candidates.findIndex(i => !chromeLines.includes(i));
  const dated = firstDated(candidates, 0, i => parseDateLine(content(i))) ?? firstDated(candidates, first + 1, i => datelineDate(content(i)));
  if (dated) return headerWithDate(candidates, dated.index, dated.parsed, content, chromeLines);
  return headerWithoutDate(candidates, content, chromeLines, until, lineCount);
}

/** The first candidate from `from` on that `read` finds a date in, with that date. */
function firstDated(candidates: readonly number[], from: number, read: (line: number) => ParsedDate | null): { index: number; parsed: ParsedDate } | null {
  for (let k = Math.max(0, from); k < candidates.length; k++) {
    const parsed = read(candidates[k]);
    if (parsed) return { index: k, parsed };
  }
  return null;
}

/** Longest dateline read: a line of the header, not a paragraph of speech. */
const MAX_DATELINE = 100;

/**
 * The date a header line ends with, after a place or the sitting's name: `Berlin, Mittwoch, den 12. März 2024`,
 * `Sesión plenaria núm. 42, celebrada el miércoles 13 de marzo de 2024`, `Séance du mardi 12 mars 2024`.
 */
function datelineDate(line: string): ParsedDate | null {
  const text = line.trim();
  if (text.length > MAX_DATELINE || matchLabel(text) !== null) return null;
  const found = findDate(text);
  // `Fecha: 12 de marzo de 2024` is a metadata line, read as one.
  if (!found || text.slice(0, found.index).includes(':')) return null;
  const rest = text.slice(found.index + found.parsed.length).trim();
  // After the date: a full stop, or the weekday in parentheses (`令和6年2月1日（木曜日）`).
  return rest === '' || /^[.,]$/.test(rest) || /^[（(][^）)]{1,12}[）)]$/.test(rest) ? found.parsed : null;
}

function headerWithDate(candidates: number[], dateIndex: number, parsed: ParsedDate, content: (line: number) => string, chromeLines: number[]): PlainHeader {
  const dateLine = candidates[dateIndex];
  const before = candidates.slice(0, dateIndex).filter(i => !chromeLines.includes(i));
  // The title is the line just above the date when it is long enough to be one, else the longest above it.
  let titleLine = before.length ? before[before.length - 1] : -1;
  if (titleLine >= 0 && content(titleLine).trim().length < 20) {
    titleLine = before.reduce((best, i) => (content(i).length > content(best).length ? i : best), before[0]);
  }
  const title = titleLine >= 0 && content(titleLine).trim().length <= MAX_TITLE_LENGTH ? clean(content(titleLine)) : null;
  const titleAt = before.indexOf(titleLine);
  const publisherLine = titleAt > 0 ? before[titleAt - 1] : -1;
  const publisher = publisherLine >= 0 && looksLikeOrganisation(content(publisherLine)) ? clean(content(publisherLine)) : null;
  // Everything above the publisher (or the title) is site chrome: banners, section names.
  const firstHeaderLine = publisher ? publisherLine : titleLine >= 0 ? titleLine : dateLine;
  const chrome = new Set(chromeLines);
  for (const i of candidates) if (i < firstHeaderLine) chrome.add(i);
  const fromTitle = title ? placeFromTitle(title) : null;
  // One short line of capitalised words between the date and the speech is the place (`New York`, UN records).
  const placeLine = dateIndex + 2 === candidates.length && candidates.length < MAX_HEADER_LINES && isPlaceLine(content(candidates[dateIndex + 1]))
    ? candidates[dateIndex + 1] : -1;
  return {
    title, date: parsed.date, time: parsed.time, place: fromTitle ?? (placeLine >= 0 ? clean(content(placeLine)) : null),
    publisher, firstLine: firstHeaderLine, lastLine: placeLine >= 0 ? placeLine : dateLine, chromeLines: [...chrome].sort((a, b) => a - b),
  };
}

/** `New York`, `Washington, D.C.`, `Genève`: at most four capitalised words, nothing a sentence or a label has. */
function isPlaceLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 40 || matchLabel(text) !== null) return false;
  const words = text.split(/[\s,]+/u).filter(word => word !== '');
  return words.length <= 4 && words.every(word => /^\p{Lu}[\p{L}.'’-]*$/u.test(word));
}

function headerWithoutDate(candidates: number[], content: (line: number) => string, chromeLines: number[], until: number, lineCount: number): PlainHeader | null {
  const first = candidates.find(i => !chromeLines.includes(i));
  if (first === undefined) {
    return chromeLines.length ? { title: null, date: null, time: null, place: null, publisher: null, firstLine: -1, lastLine: -1, chromeLines } : null;
  }
  const text = content(first).trim();
  const next = candidates[candidates.indexOf(first) + 1];
  const nextIsLabelOrEnd = next === undefined || next >= until || matchLabel(content(next)) !== null;
  const isTitle = text.length <= 200 && !/[.,;:]$/.test(text) && matchLabel(text) === null && until < lineCount &&
    (nextIsLabelOrEnd || (next !== undefined && next > first + 1));
  if (!isTitle) return chromeLines.length ? { title: null, date: null, time: null, place: null, publisher: null, firstLine: -1, lastLine: -1, chromeLines } : null;
  const title = clean(text);
  const dated = findDate(title);
  const time = next !== undefined && next < until ? clockTime(content(next)) : null;
  const timeLine = time && content(next).trim().length < 30 ? next : first;
  return {
    title, date: dated ? dated.parsed.date : null, time: time && timeLine !== first ? time : null, place: placeFromTitle(title),
    publisher: null, firstLine: first, lastLine: timeLine, chromeLines,
  };
}

/**
 * A header that ends with a clock line or a roster block (see roster.ts): it runs to their last line. When the
 * lines above them gave no title (`THE WHITE HOUSE` / `Office of the Press Secretary` / the title / the room),
 * the title is the longest of them, the lines above it the publisher, a venue line below it the place.
 */
export function headerWithMarkers(header: PlainHeader | null, markers: HeaderMarkers, content: (line: number) => string, from: number): PlainHeader {
  const chromeLines = header ? header.chromeLines : [];
  const above: number[] = [];
  for (let i = from; i < markers.firstLine; i++) if (content(i).trim() !== '' && !chromeLines.includes(i)) above.push(i);
  const base: PlainHeader = header && header.title ? { ...header } : untitledHeader(above, content, chromeLines);
  if (base.firstLine < 0) base.firstLine = above.length ? above[0] : markers.firstLine;
  base.lastLine = Math.max(base.lastLine, markers.lastLine);
  base.time ??= markers.time;
  return base;
}

function untitledHeader(above: readonly number[], content: (line: number) => string, chromeLines: number[]): PlainHeader {
  const titled = above.filter(i => content(i).trim().length <= 200 && /\s/.test(content(i).trim()));
  const titleLine = titled.reduce((best, i) => (best < 0 || content(i).trim().length > content(best).trim().length ? i : best), -1);
  const header: PlainHeader = { title: null, date: null, time: null, place: null, publisher: null, firstLine: above.length ? above[0] : -1, lastLine: -1, chromeLines };
  if (titleLine < 0) return header;
  header.title = clean(content(titleLine));
  const dated = findDate(header.title);
  header.date = dated ? dated.parsed.date : null;
  header.place = placeFromTitle(header.title);
  const publisherLines = above.filter(i => i < titleLine);
  if (publisherLines.length > 0 && publisherLines.length <= 2 && publisherLines.every(i => looksLikeOrganisation(content(i)) && content(i).trim().length <= 60)) {
    header.publisher = publisherLines.map(i => clean(content(i))).join(', ');
  }
  for (const i of above) {
    if (i <= titleLine || header.place) continue;
    const scratch = emptyMetadata();
    if (readHeaderLine(content(i), scratch) && scratch.place) header.place = scratch.place;
  }
  return header;
}

/** `..., Nur-Sultan, April 8, 2021` → `Nur-Sultan`: the comma-separated part just before a closing date. */
export function placeFromTitle(title: string): string | null {
  const dated = findDate(title);
  if (!dated) return null;
  const head = title.slice(0, dated.index).replace(/[,\s–-]+$/, '');
  const comma = head.lastIndexOf(',');
  if (comma < 0) return null;
  const candidate = head.slice(comma + 1).trim();
  const words = candidate.split(/\s+/);
  if (words.length === 0 || words.length > 4) return null;
  return words.every(w => /^\p{Lu}/u.test(w) || /^(?:de|of|la|le|am|upon|on)$/.test(w)) ? candidate : null;
}

/**
 * Words of offices and forms of address before a name in a title (`Foreign Minister`, `Secretary of State`, `Dr.`),
 * from the English profile (src/core/languages), as the title patterns below are English ones.
 */
const ENGLISH = languageProfile('en')!;
const OFFICE_WORDS = new Set([...ENGLISH.roles, ...ENGLISH.honorifics, ...ENGLISH.officeParts]);

/** The speaker a title names: `Foreign Minister Sergey Lavrov's statement ...`, `Remarks by President Biden ...`. */
export function speakerFromTitle(title: string): string | null {
  const possessive = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,6}\p{Lu}[\p{L}.-]*)['’]s\s+(?:opening\s+|closing\s+|introductory\s+|keynote\s+)?(?:statement|remarks|speech|address|interview|comments|answers|news conference|press conference|briefing|lecture|testimony|talk)/u.exec(title);
  // A title opens with a capital: `Remarks by President Biden`.
  const byline = /\b(?:[Rr]emarks|[Ss]tatement|[Aa]ddress|[Ss]peech|[Cc]omments|[Ii]nterview|[Tt]estimony)\s+(?:by|of|with)\s+((?:\p{Lu}[\p{L}.'’-]*\s*){1,7})/u.exec(title);
  const run = possessive ? possessive[1] : byline ? byline[1] : null;
  if (!run) return null;
  const words = run.trim().split(/\s+/);
  let start = 0;
  while (start < words.length - 1 && OFFICE_WORDS.has(words[start].toLowerCase().replace(/\.$/, ''))) start++;
  const name = words.slice(start).join(' ');
  return name.length > 0 ? name : null;
}

function looksLikeOrganisation(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 120 && !/[.!?]$/.test(t) && !isChromeLine(t);
}

function clean(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/**
 * The caption of a court transcript: everything before the first speaker. The first line names the court,
 * a date line (`Tuesday, March 27, 2012`) follows, the place stands above it, the hour in `at 10:00 a.m.`.
 */
export function readCourtHeader(content: (line: number) => string, from: number, until: number): PlainHeader | null {
  let first = -1;
  let last = -1;
  let date: string | null = null;
  let place: string | null = null;
  let time: string | null = null;
  let previous = '';
  for (let i = from; i < until; i++) {
    const text = clean(content(i));
    if (text === '') continue;
    if (first < 0) first = i;
    last = i;
    if (!date) {
      const parsed = parseDateLine(text);
      if (parsed) {
        date = parsed.date;
        if (/^[\p{Lu}][\p{L}. ]{1,30},\s*[\p{Lu}][\p{L}.]{0,10}$/u.test(previous)) place = previous;
      }
    }
    const hour = /\bat (\d{1,2}:\d{2} ?[ap]\.?m\.?)/i.exec(text);
    if (hour && !time) time = clockTime(hour[1]);
    previous = text;
  }
  if (first < 0) return null;
  const title = caseCaption(content, from, until) ?? clean(content(first));
  return { title, date, time, place, publisher: null, firstLine: first, lastLine: last, chromeLines: [] };
}

/**
 * The case name from a court caption: the lines between the two dashed rules, each cut at the column of colons
 * (`DEPARTMENT OF HEALTH AND   :`), joined: `DEPARTMENT OF HEALTH AND HUMAN SERVICES, ET AL., Petitioners v. FLORIDA, ET AL.`
 */
function caseCaption(content: (line: number) => string, from: number, until: number): string | null {
  const rule = /^\s*(?:-\s*){6,}x?\s*$/;
  const rules: number[] = [];
  for (let i = from; i < until && rules.length < 2; i++) if (rule.test(content(i))) rules.push(i);
  if (rules.length < 2) return null;
  const parts: string[] = [];
  for (let i = rules[0] + 1; i < rules[1]; i++) {
    const left = content(i).split(/\s{2,}:|:\s*$/)[0];
    if (left.trim() !== '') parts.push(left.trim());
  }
  const caption = clean(parts.join(' '));
  return caption.length > 0 && caption.length <= 300 ? caption : null;
}
