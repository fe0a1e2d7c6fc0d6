/**
 * Review exports: Markdown, CSV and REFI-QDA, all from the same rows.
 */
export { exportRows, lineStartOffsets, positionAt, type ExportOptions, type ExportRow, type ExportSource } from './rows';
export { exportMarkdown } from './markdown';
export { CSV_HEADER, exportCsv } from './csv';
export { exportQde, exportQdpx, QDA_NAMESPACE, type QdpxOptions } from './qdpx';
export { guidFor } from './guid';

export const EXPORT_FORMATS = ['md', 'csv', 'qdpx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return EXPORT_FORMATS.includes(value as ExportFormat);
}
