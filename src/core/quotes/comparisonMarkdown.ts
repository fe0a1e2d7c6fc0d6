/**
 * The word-level comparison of a quote with what was said, as a Markdown document a fact-checker reads: where and
 * by whom, the score, the quote and the true text, the text marked word by word (words left out, changed and
 * added each visibly marked), and the differences listed one per line.
 */
import type { QuoteMatch } from './types';

export function comparisonMarkdown(quote: string, match: QuoteMatch, fileName: string): string {
  const lines = match.range.start.line === match.range.end.line
    ? `line ${match.range.start.line + 1}` : `lines ${match.range.start.line + 1}–${match.range.end.line + 1}`;
  const who = [match.speaker ?? 'no speaker named', ...(match.exchange ? [`Q${match.exchange}`] : []), lines].join(' · ');
  const differences = match.changes.filter(c => c.kind !== 'same');
  const marked = match.changes.map(c => {
    switch (c.kind) {
      case 'same': return escape(c.spokenText);
      case 'omitted': return c.quoteText ? `**⟦${escape(c.quoteText)} elided: ${escape(c.spokenText)}⟧**` : `**⟦left out: ${escape(c.spokenText)}⟧**`;
      case 'changed': return `~~${escape(c.quoteText)}~~ **⟦said: ${escape(c.spokenText)}⟧**`;
      case 'added': return `~~${escape(c.quoteText)}~~ **⟦not said⟧**`;
    }
  }).join(' ');
  const list = differences.map(c => {
    switch (c.kind) {
      case 'omitted': return c.quoteText ? `- Elided (${escape(c.quoteText)}): “${escape(c.spokenText)}”` : `- Left out: “${escape(c.spokenText)}”`;
      case 'changed': return `- Changed: quoted “${escape(c.quoteText)}”, said “${escape(c.spokenText)}”`;
      default: return `- Added: “${escape(c.quoteText)}” was not said`;
    }
  });
  return [
    `# Quote check: ${escape(fileName)}`,
    '',
    `${escape(who)} · score ${match.score.toFixed(2)}${differences.length === 0 ? ' · word for word' : ''}`,
    '',
    '## Quoted',
    '',
    `> ${escape(quote.replace(/\s+/g, ' ').trim())}`,
    '',
    '## Said',
    '',
    `> ${escape(match.text)}`,
    '',
    '## Word by word',
    '',
    marked,
    '',
    '~~struck~~ quoted but not said · **⟦…⟧** said but not quoted as such',
    '',
    '## Differences',
    '',
    ...(list.length ? list : ['None: the quote gives the words as said (case and punctuation aside).']),
    '',
  ].join('\n');
}

/** Markdown's own characters, so a transcript's asterisks and brackets show as written. */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, ch => `\\${ch}`);
}
