/**
 * Timestamps as transcripts write them: `00:12:34`, `1:02:03.450`, `12:34`, `00:00:00,179`.
 */
const TIMESTAMP_RE = /^[[(]?(\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])]?$/;

export function isTimestamp(text: string): boolean {
  return text.length <= 16 && TIMESTAMP_RE.test(text);
}

/** `1:02:03,45` → `01:02:03.45`; `12:34` → `00:12:34`. */
export function normaliseTimestamp(text: string): string {
  const clean = text.replace(/^[[(]|[\])]$/g, '').replace(',', '.');
  const [main, fraction] = clean.split('.');
  const parts = main.split(':');
  while (parts.length < 3) parts.unshift('0');
  const hms = parts.map(p => p.padStart(2, '0')).join(':');
  return fraction ? `${hms}.${fraction}` : hms;
}

const PREFIX_TIME_RE = /^[ \t\u00a0]*[[(](\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])][ \t\u00a0]*/;

/** A timestamp that opens a paragraph: `(00:05:48) text`, `[00:12:34] text`. */
export function leadingTimestamp(line: string): { time: string; end: number } | null {
  const c = line.charCodeAt(0);
  if (c !== 40 && c !== 91 && c !== 32 && c !== 9 && c !== 0xa0) return null;
  const m = PREFIX_TIME_RE.exec(line);
  return m ? { time: normaliseTimestamp(m[1]), end: m[0].length } : null;
}
