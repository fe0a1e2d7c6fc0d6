/**
 * Times of the recording in seconds, read from the `HH:MM:SS(.mmm)` strings the model keeps, and written
 * back for people.
 */

/** Seconds of `HH:MM:SS`, `MM:SS`, with an optional `.mmm` or `,mmm` fraction; null when it is not a time. */
export function parseClock(value: string | null | undefined): number | null {
  if (!value) return null;
  const match = /^\s*(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?\s*$/.exec(value);
  if (!match) return null;
  const [, hours, minutes, seconds, fraction] = match;
  const whole = Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
  return fraction ? whole + Number(fraction.padEnd(3, '0')) / 1000 : whole;
}

/** `H:MM:SS` for a time in seconds (seconds cut, as a cited time is), `M:SS` under an hour. */
export function formatClock(totalSeconds: number): string {
  const whole = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor(whole / 60) % 60;
  const seconds = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
