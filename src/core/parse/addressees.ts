/**
 * Who a question is put to, from its label's qualifier (`Question (to both ministers):`).
 */

/** Shared by every turn without a qualifier; frozen, as nobody may add to it. */
const NO_ADDRESSEES: string[] = Object.freeze([]) as unknown as string[];

/** `to both ministers`, `for Mr. Smith and Ms. Jones` → the people addressed. */
export function addresseesOf(qualifier: string | null): string[] {
  if (!qualifier) return NO_ADDRESSEES;
  const m = /^(?:to|for|addressed to|directed (?:to|at)|at|question (?:to|for))\s+(.+)$/i.exec(qualifier.trim());
  if (!m) return [];
  return m[1].split(/\s*(?:,|\band\b|&)\s*/).map(s => s.trim().replace(/[.]$/, '')).filter(s => s.length > 0);
}
