/**
 * Two things that mark the end of a transcript's header, whatever stands above them: a roster block (a heading
 * such as `SPEAKERS:` or `TEILNEHMER:` with the names after it, on its line or one per line below) and a clock
 * line (`5:16 P.M. EDT`, `14:30 Uhr`). Neither is speech: the roster heading is no speaker and the names under
 * it open no statement.
 */
import { clockTime } from './dates';
import { matchLabel } from './labels';
import { ROSTER_HEADINGS } from '../conventions';

// The headings are rows of the conventions table, which the grammar reads too.
const HEADINGS: ReadonlySet<string> = new Set(ROSTER_HEADINGS.map(row => foldWord(row.word)));

function foldWord(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface RosterHeading {
  /** The heading as written, without markup and colon (`WITNESSES`). */
  heading: string;
  /** Names written on the heading's own line (`TEILNEHMER: Olaf Scholz, Robert Habeck`). */
  names: string[];
}

// The heading starts with a non-space so that the spaces before it can be matched one way only (linear on indented lines).
const HEADING_LINE = /^[ \t]*(?:[*_]{2})?[ \t]*([^:：*_\s][^:：*_]{1,39}?)[ \t]*(?:[*_]{2})?[ \t]*[:：][ \t]*(?:[*_]{2})?[ \t]*(.*)$/u;

/** `SPEAKERS:`, `**Teilnehmer:** A, B`, `与会者：…`: a roster heading, or null. */
export function matchRosterHeading(text: string): RosterHeading | null {
  if (text.length > 400) return null;
  // A heading's colon comes within a few dozen characters of the line's first letter: most lines stop here.
  const first = text.search(/[^ \t]/);
  const colon = text.search(/[:：]/);
  if (first < 0 || colon < 0 || colon - first > 50) return null;
  const m = HEADING_LINE.exec(text);
  if (!m || !HEADINGS.has(foldWord(m[1]))) return null;
  const rest = m[2].trim();
  const names = rest === '' ? [] : rest.split(/\s*[,;、，；]\s*|\s+(?:and|und|y|et|e|и)\s+/u).map(cleanName).filter(n => n !== '');
  // `With: the President, I am honoured…`: a roster lists names, it does not speak.
  if (names.some(n => n.split(/\s+/).length > 6) || /[.!?。！？]$/u.test(rest) && names.length < 2) return null;
  return { heading: m[1].trim(), names };
}

/** One roster line as a name: `Jane Doe, Acme Corp.` → `Jane Doe`, `- Ann Lee (host)` → `Ann Lee`. */
export function rosterLineName(text: string): string | null {
  const t = text.trim().replace(/^(?:[-*•·–]|\d{1,2}[.)])\s+/u, '');
  if (t === '' || t.length > 160 || matchLabel(t) !== null) return null;
  if (!/^[\p{Lu}\p{Lo}]/u.test(t)) return null;
  const name = cleanName(t.split(/\s*(?:,|\s[-–—|]\s|\s--\s|[(（])/u)[0]);
  if (name === '' || name.split(/\s+/).length > 6 || /[.!?。！？]$/u.test(t) && t.split(/\s+/).length > 10) return null;
  return name;
}

function cleanName(text: string): string {
  return text.replace(/[*_]{2}/g, '').replace(/[\s\u00a0]+/g, ' ').replace(/[.,;:]+$/, '').trim();
}

export interface RosterBlock {
  heading: string;
  names: string[];
  /** 0-based lines of the heading and of the last name. */
  firstLine: number;
  lastLine: number;
}

/**
 * The roster block whose heading is on `line`: the names on its line, else the name lines below it (after at
 * most one blank line) up to the next blank line.
 */
export function readRosterBlock(content: (line: number) => string, line: number, until: number): RosterBlock | null {
  const heading = matchRosterHeading(content(line));
  if (!heading) return null;
  if (heading.names.length > 0) return { heading: heading.heading, names: heading.names, firstLine: line, lastLine: line };
  let i = line + 1;
  if (i < until && content(i).trim() === '') i++;
  const names: string[] = [];
  let lastLine = line;
  for (; i < until && content(i).trim() !== ''; i++) {
    const name = rosterLineName(content(i));
    if (name === null) break;
    names.push(name);
    lastLine = i;
  }
  return { heading: heading.heading, names, firstLine: line, lastLine };
}

/** Clock line: `5:16 P.M. EDT`, `10:02 a.m.`, `14:30 Uhr`, `14 h 30`; a bare `00:05:48` is a timestamp, not this. */
const CLOCK_LINE = /^[ \t]*(?:[*_]{1,2})?(?:(?:at|um|a las|à)\s+)?(\d{1,2})(?:[:.]|\s?(h)\s?)(\d{2})(?:\s*([AaPp])\.?\s?[Mm]\.?|\s*(Uhr|horas|hrs?\.?|h))?(?:\s+\(?([A-Z]{2,5})\)?)?[ \t]*(?:[*_]{1,2})?[ \t]*$/;

/** The time a clock line gives (`17:16`), or null when the line is not one. */
export function clockLine(text: string): string | null {
  if (text.length > 40) return null;
  const m = CLOCK_LINE.exec(text);
  // `10:00` alone could be a timestamp; a clock line says which half of the day, which unit or which zone.
  if (!m || !(m[2] || m[4] || m[5] || m[6])) return null;
  return clockTime(`${m[1]}:${m[3]}${m[4] ? ` ${m[4]}M` : ''}`);
}

export interface HeaderMarkers {
  /** The first and last marker lines (a roster's names included). */
  firstLine: number;
  lastLine: number;
  time: string | null;
  rosters: RosterBlock[];
}

/** How far into the document the header's markers are looked for. */
const MAX_MARKER_LINES = 40;

/** Header lines above a marker: a few short ones. More, or a long one, is an opening statement, not a header. */
const MAX_LINES_ABOVE = 10;
const MAX_LINE_ABOVE = 200;

/** Clock lines and roster blocks among the lines [from, until) before the first speaker label. */
export function readHeaderMarkers(content: (line: number) => string, from: number, until: number): HeaderMarkers | null {
  let found: HeaderMarkers | null = null;
  const end = Math.min(until, from + MAX_MARKER_LINES);
  let above = 0;
  for (let i = from; i < end; i++) {
    const text = content(i);
    if (text.trim() === '') continue;
    if (!found && (++above > MAX_LINES_ABOVE || text.length > MAX_LINE_ABOVE)) {
      // Speech before any marker: what follows is no header either.
      if (!matchRosterHeading(text) && clockLine(text) === null) return null;
    }
    const roster = readRosterBlock(content, i, until);
    const time = roster ? null : clockLine(text);
    if (!roster && time === null) continue;
    const last = roster ? roster.lastLine : i;
    found ??= { firstLine: i, lastLine: last, time: null, rosters: [] };
    found.lastLine = last;
    if (roster) found.rosters.push(roster);
    found.time ??= time;
    i = last;
  }
  return found;
}
