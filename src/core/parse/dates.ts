/**
 * Dates and clock times as transcripts print them, normalised to ISO `YYYY-MM-DD` and `HH:MM`.
 */
import { LANGUAGE_PROFILES } from '../languages/profiles';
import { wordAlternatives } from '../wordsPattern';

/** Every profile's month names and abbreviations (lower case), to the month's number. */
const MONTHS: ReadonlyMap<string, number> = new Map(LANGUAGE_PROFILES.flatMap(profile =>
  profile.months.flatMap((names, i) => names.split(/\s+/).map(name => [name, i + 1] as [string, number]))));

const MONTH = `(${wordAlternatives(MONTHS.keys())})\\.?`;
const WEEKDAY = `(?:(?:${wordAlternatives(LANGUAGE_PROFILES.flatMap(profile => profile.weekdays))})\\.?,?\\s+)?`;
const TIME = '(?:[,\\s]*(?:at\\s+|um\\s+|à\\s+|às\\s+|a\\s+las\\s+)?(\\d{1,2}[:.h]\\d{2})(?:\\s*([AaPp])\\.?[Mm]\\.?)?)?';
/** After the day: English ordinals, French `1er`, Spanish and Italian `1º`, German `12.`. */
const DAY_SUFFIX = '(?:st|nd|rd|th|er|re|º|°|\\.)?';

// `8 April 2021`, `8 April 202114:32` (time glued on), `Tuesday, March 27, 2012`, `martes, 12 de marzo de 2024`,
// `mardi 12 mars 2024`, `Dienstag, 12. März 2024`, `12 марта 2024 г.`; `2021-04-08`, `08.04.2021`, `2024年3月12日`.
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})${DAY_SUFFIX}\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?:\\s*г(?:ода|\\.)?)?${TIME}`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}`, 'iu');
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}:\d{2}))?/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}:\d{2}))?/;
const YEAR_MONTH_DAY_CJK = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號](?:\s*(\d{1,2}[:：]\d{2}))?/;
/** Every profile's eras (`令和`), to the era's first year. */
const ERAS: ReadonlyMap<string, number> = new Map(LANGUAGE_PROFILES.flatMap(profile => (profile.eras ?? []).map(era => [era.name, era.firstYear] as [string, number])));
const ERA = `(?:${wordAlternatives(ERAS.keys())})(?:\\s*(?:元|\\d{1,2}))\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日`;
/** `令和6年2月1日`, `平成元年1月8日`: a year counted from an era. */
const ERA_MONTH_DAY = new RegExp(`^(${wordAlternatives(ERAS.keys())})\\s*(元|\\d{1,2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日`);

export interface ParsedDate {
  date: string;
  time: string | null;
  /** How many characters of the input the date (and time) used. */
  length: number;
}

/** Reads a date at the start of `text`. */
export function parseDate(text: string): ParsedDate | null {
  const s = text.replace(/[\u00a0\u202f]/g, ' ');
  let m = ISO.exec(s);
  if (m) return make(+m[1], +m[2], +m[3], m[4] ?? null, null, m[0].length);
  m = DOTTED.exec(s);
  if (m) return make(+m[3], +m[2], +m[1], m[4] ?? null, null, m[0].length);
  m = YEAR_MONTH_DAY_CJK.exec(s);
  if (m) return make(+m[1], +m[2], +m[3], m[4]?.replace('：', ':') ?? null, null, m[0].length);
  m = ERAS.size > 0 ? ERA_MONTH_DAY.exec(s) : null;
  if (m) return make(ERAS.get(m[1])! + (m[2] === '元' ? 0 : +m[2] - 1), +m[3], +m[4], null, null, m[0].length);
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return make(+m[3], monthNumber(m[2]), +m[1], m[4] ?? null, m[5] ?? null, m[0].length);
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return make(+m[3], monthNumber(m[1]), +m[2], m[4] ?? null, m[5] ?? null, m[0].length);
  return null;
}

/** A line that is only a date (and perhaps a time): a header's date line. */
export function parseDateLine(line: string): ParsedDate | null {
  const trimmed = line.trim();
  if (trimmed.length > 60) return null;
  const parsed = parseDate(trimmed);
  if (!parsed) return null;
  const rest = trimmed.slice(parsed.length).trim();
  // After the date, a time: `14:32`, `1:18 P.M. EDT`, or the hour alone before a.m./p.m. (`10 a.m.`, UN records).
  return rest === '' || /^[-–|,]?\s*(?:\d{1,2}:\d{2}\s*([AP]\.?M\.?)?|\d{1,2}(?:\.\d{2})?\s*[AP]\.?M\.?)(\s*[A-Z]{2,4})?$/i.test(rest)
    ? { ...parsed, time: parsed.time ?? clockTime(rest) } : null;
}

/** `1:18 P.M. EDT` → `13:18`; `14:32` → `14:32`. */
export function clockTime(text: string): string | null {
  const m = /^[-–|,]?\s*(\d{1,2})(?:[:.](\d{2}))?\s*(?:([AaPp])\.?\s?[Mm]\.?)?/.exec(text.trim());
  // The hour alone is a time only before a.m. or p.m. (`10 a.m.`).
  if (!m || (m[2] === undefined && !m[3])) return null;
  let hours = +m[1];
  const minutes = m[2] === undefined ? 0 : +m[2];
  if (hours > 23 || minutes > 59) return null;
  if (m[3]) {
    const pm = m[3].toLowerCase() === 'p';
    if (hours === 12) hours = pm ? 12 : 0;
    else if (pm) hours += 12;
  }
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** A date written anywhere in the text (`..., Nur-Sultan, April 8, 2021`), with where it starts. */
export function findDate(text: string): { parsed: ParsedDate; index: number } | null {
  const re = new RegExp(`(?:\\d{1,2}${DAY_SUFFIX}\\s+(?:de\\s+)?${MONTH}|${MONTH}\\s+\\d{1,2})[,\\s]+(?:de\\s+|del\\s+)?\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号號]${ERAS.size > 0 ? `|${ERA}` : ''}`, 'giu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const parsed = parseDate(text.slice(m.index));
    if (parsed) return { parsed, index: m.index };
  }
  return null;
}

function monthNumber(name: string): number {
  return MONTHS.get(name.toLowerCase()) ?? 0;
}

function make(year: number, month: number, day: number, time: string | null, ampm: string | null, length: number): ParsedDate | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000) return null;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  let normalisedTime: string | null = null;
  if (time) normalisedTime = clockTime(time.replace(/[.h]/, ':') + (ampm ? ` ${ampm}M` : ''));
  return { date, time: normalisedTime, length };
}
