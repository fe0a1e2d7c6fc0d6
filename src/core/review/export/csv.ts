/**
 * The CSV export (RFC 4180: CRLF between records, fields with a comma, quote or line break in double
 * quotes, quotes doubled), one record per passage and tag, UTF-8. Orphaned passages have no lines.
 */
import type { ExportRow } from './rows';

export const CSV_HEADER = ['file', 'tag', 'speaker', 'question', 'start line', 'end line', 'time', 'quote', 'note', 'citation', 'status'] as const;

export function exportCsv(rows: readonly ExportRow[]): string {
  const records: string[][] = [[...CSV_HEADER]];
  for (const row of rows) {
    const tags = row.anchor.passage.tags.length ? row.anchor.passage.tags : [''];
    for (const tag of tags) {
      records.push([
        row.source.name, tag, row.speaker ?? '', row.question ?? '',
        row.startLine?.toString() ?? '', row.endLine?.toString() ?? '', row.time ?? '',
        row.quote, row.note, row.citation ?? '', row.found ? 'found' : 'orphaned',
      ]);
    }
  }
  return records.map(r => r.map(field).join(',')).join('\r\n') + '\r\n';
}

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
