/**
 * The REFI-QDA export (`.qdpx`, QDA-XML 1.0): a zip with `project.qde` and each transcript under
 * `sources/` as UTF-8 plain text (zip by fflate, XML by xmlbuilder). Tags become codes (with their colour), found passages
 * PlainTextSelections coded with their tags, notes Notes referenced from their selection. Orphaned
 * passages have no place in the text and are left out (the Markdown and CSV exports list them).
 * Positions count Unicode characters (code points) of the source text.
 */
import { strToU8, zipSync } from 'fflate';
import { create } from 'xmlbuilder';
import { tagColorSlot, TAG_SLOT_RGB } from '../tagPalette';
import { guidFor, passageGuid } from './guid';
import type { ExportRow } from './rows';

export const QDA_NAMESPACE = 'urn:QDA-XML:project:1.0';

export interface QdpxOptions {
  projectName: string;
  /** ISO date-time written as the project's creation time (fixed in tests). */
  created: string;
}

export function exportQde(rows: readonly ExportRow[], options: QdpxOptions): string {
  const found = rows.filter(r => r.found);
  const tags = [...new Set(found.flatMap(r => r.anchor.passage.tags))].sort((a, b) => a.localeCompare(b));
  const root = create('Project', { version: '1.0', encoding: 'utf-8' })
    .att({ xmlns: QDA_NAMESPACE, name: options.projectName, origin: 'Transcript Review', creationDateTime: options.created });
  if (tags.length) {
    const codes = root.ele('CodeBook').ele('Codes');
    for (const tag of tags) codes.ele('Code', { guid: guidFor('code', tag), name: tag, isCodable: 'true', color: TAG_SLOT_RGB[tagColorSlot(tag) - 1] });
  }
  const sources = root.ele('Sources');
  const bySource = groupBySource(rows);
  for (const [name, sourceRows] of bySource) {
    const sourceGuid = guidFor('source', name);
    const element = sources.ele('TextSource', { guid: sourceGuid, name, plainTextPath: `internal://${sourceGuid}.txt` });
    const text = sourceRows[0].source.text;
    const toCodePoints = codePointOffsets(text);
    for (const row of sourceRows.filter(r => r.found)) {
      const { passage } = row.anchor;
      const selection = element.ele('PlainTextSelection', {
        guid: passageGuid(name, passage.id),
        name: row.quote.length > 60 ? `${row.quote.slice(0, 59)}…` : row.quote,
        startPosition: String(toCodePoints(row.anchor.start)),
        endPosition: String(toCodePoints(row.anchor.end)),
      });
      for (const tag of passage.tags) {
        selection.ele('Coding', { guid: guidFor('coding', `${name}\u0000${passage.id}\u0000${tag}`) }).ele('CodeRef', { targetGUID: guidFor('code', tag) });
      }
      if (row.note) selection.ele('NoteRef', { targetGUID: guidFor('note', `${name}\u0000${passage.id}`) });
    }
  }
  const noted = found.filter(r => r.note);
  if (noted.length) {
    const notes = root.ele('Notes');
    for (const row of noted) {
      notes.ele('Note', { guid: guidFor('note', `${row.source.name}\u0000${row.anchor.passage.id}`), name: `Note on “${row.quote.length > 40 ? `${row.quote.slice(0, 39)}…` : row.quote}”` })
        .ele('PlainTextContent').txt(row.note);
    }
  }
  return root.end({ pretty: true });
}

/** The `.qdpx` bytes: `project.qde` and `sources/<guid>.txt` for each transcript. */
export function exportQdpx(rows: readonly ExportRow[], options: QdpxOptions): Uint8Array {
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(exportQde(rows, options)) };
  for (const [name, sourceRows] of groupBySource(rows)) files[`sources/${guidFor('source', name)}.txt`] = strToU8(sourceRows[0].source.text);
  return zipSync(files, { level: 6, mtime: new Date(options.created) });
}

function groupBySource(rows: readonly ExportRow[]): Map<string, ExportRow[]> {
  const groups = new Map<string, ExportRow[]>();
  for (const row of rows) groups.set(row.source.name, [...(groups.get(row.source.name) ?? []), row]);
  return groups;
}

/** Maps UTF-16 offsets to code point offsets (the identity when the text has no surrogate pairs). */
function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return offset => offset;
  return offset => [...text.slice(0, offset)].length;
}
