/**
 * A bold line of its own that names the speaker and their company or party, the speech below it (earnings calls):
 * `**Ana Ruiz - Northwind, Investor Relations**` then `(00:00:12) Good morning.` paragraphs.
 */
import { markerKind } from '../conventions';
import { isPlausibleName } from './labels';

const AFFILIATION_RE = /^(\S.{0,59}?) [-–—] (\p{L}.{0,99})$/u;
const MAX_NAME_WORDS = 5;

/** `Ana Ruiz - Northwind, Investor Relations` → Ana Ruiz, qualified by `Northwind, Investor Relations`. */
export function matchAffiliationLine(boldText: string): { name: string; qualifier: string } | null {
  const m = AFFILIATION_RE.exec(boldText.trim());
  if (!m) return null;
  const name = collapse(m[1]);
  if (!isPlausibleName(name) || name.split(' ').length > MAX_NAME_WORDS || markerKind(name)) return null;
  return { name, qualifier: collapse(m[2]) };
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
