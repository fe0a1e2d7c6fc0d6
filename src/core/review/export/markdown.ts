/**
 * The Markdown export: passages grouped by tag, each as its citation in the chosen style (which quotes
 * it) followed by its note; then annotated passages without a tag; then orphaned passages by their last
 * known text, marked as not found.
 */
import type { ExportRow } from './rows';

export function exportMarkdown(rows: readonly ExportRow[], title: string): string {
  const out: string[] = [`# ${title}`, ''];
  const found = rows.filter(r => r.found);
  const tags = [...new Set(found.flatMap(r => r.anchor.passage.tags))].sort((a, b) => a.localeCompare(b));
  for (const tag of tags) {
    const tagged = found.filter(r => r.anchor.passage.tags.includes(tag));
    out.push(`## ${tag} (${tagged.length})`, '');
    for (const row of tagged) out.push(...passage(row));
  }
  const untagged = found.filter(r => r.anchor.passage.tags.length === 0);
  if (untagged.length) {
    out.push(`## Notes without a tag (${untagged.length})`, '');
    for (const row of untagged) out.push(...passage(row));
  }
  const orphans = rows.filter(r => !r.found);
  if (orphans.length) {
    out.push(`## Orphaned passages (${orphans.length})`, '', 'Their text was not found in the transcript; this is the text they had.', '');
    for (const row of orphans) {
      out.push(blockquote(row.quote), '', `— ${row.source.name}${row.anchor.passage.tags.length ? `, tags: ${row.anchor.passage.tags.join(', ')}` : ''}`, '');
      if (row.note) out.push(`**Note:** ${row.note}`, '');
    }
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

function passage(row: ExportRow): string[] {
  const citation = row.citation ?? '';
  // Styles that are not a blockquote already are set off as one, so each passage reads as a quote.
  const lines = [citation.startsWith('>') ? citation : blockquote(citation), ''];
  if (row.note) lines.push(`**Note:** ${row.note}`, '');
  return lines;
}

function blockquote(text: string): string {
  return text.split(/\r?\n/).map(line => (line ? `> ${line}` : '>')).join('\n');
}
