/**
 * Site chrome that republished transcripts carry: donation banners, mailing-list and newsletter lines,
 * share/print links, cookie notices, copyright lines.
 */
const CHROME_RE = /(?:^|\s)(?:join (?:the|our) .{0,60}(?:mailing list|newsletter)|subscribe (?:to|now)|sign up for (?:our|the)|make a (?:charitable )?donation|donate now|share this|print this|advertisement|skip to (?:main )?content|all rights reserved|cookie(?:s)? (?:policy|settings)|follow us on|related (?:articles|stories|posts)|click here to|back to top|download (?:the )?(?:app|pdf))/i;
const MAX_CHROME_LINE = 160;

export function isChromeLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_CHROME_LINE && (CHROME_RE.test(trimmed) || /^(?:©|\(c\)|copyright\s+(?:©\s*)?\d{4})/i.test(trimmed));
}
