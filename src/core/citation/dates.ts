/**
 * Dates in each style's usual form, from the model's ISO date (`2021-04-08`, also `2021-04` or
 * `2021`). A date that is not ISO is printed as written.
 */

interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** MLA abbreviates months longer than four letters, and September as Sept. */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export function parseIsoDate(value: string): DateParts | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : null;
  const day = match[3] ? Number(match[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  return { year, month, day };
}

/** `April 8, 2021` (Chicago, and the plain and Markdown attributions). */
export function longDate(value: string): string {
  const parts = parseIsoDate(value);
  if (!parts) return value;
  const { year, month, day } = parts;
  if (month === null) return `${year}`;
  return day === null ? `${MONTHS[month - 1]} ${year}` : `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** The inside of APA's date parentheses: `2021, April 8`; `n.d.` when there is no date. */
export function apaDate(value: string | null): string {
  if (!value) return 'n.d.';
  const parts = parseIsoDate(value);
  if (!parts) return value;
  const { year, month, day } = parts;
  if (month === null) return `${year}`;
  return day === null ? `${year}, ${MONTHS[month - 1]}` : `${year}, ${MONTHS[month - 1]} ${day}`;
}

/** `8 Apr. 2021` (MLA). */
export function mlaDate(value: string): string {
  const parts = parseIsoDate(value);
  if (!parts) return value;
  const { year, month, day } = parts;
  if (month === null) return `${year}`;
  return day === null ? `${MLA_MONTHS[month - 1]} ${year}` : `${day} ${MLA_MONTHS[month - 1]} ${year}`;
}

/** The year for an author-date citation, or null. */
export function yearOf(value: string | null): string | null {
  return value ? /\b(\d{4})\b/.exec(value)?.[1] ?? null : null;
}

/** True when `text` (a title) already states this date, in ISO, US or day-first form. */
export function mentionsDate(text: string, value: string): boolean {
  const parts = parseIsoDate(value);
  if (!parts || parts.month === null || parts.day === null) return text.includes(value);
  const month = MONTHS[parts.month - 1];
  return [value, `${month} ${parts.day}, ${parts.year}`, `${parts.day} ${month} ${parts.year}`].some((form) => text.includes(form));
}
