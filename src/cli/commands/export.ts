/**
 * `transcript-review export FILE... --format md|csv|qdpx [-o OUT] [--style S]`: the reviews kept beside
 * the transcripts (FILE.review.json), exported by the core. A missing or unreadable review is an error
 * naming the file; nothing is written then. OUT is written whole or not at all (temporary file + rename).
 */
import * as fs from 'fs';
import * as path from 'path';
import { anchorPassages, parseReview, SidecarError, sidecarPathFor } from '../../core/review';
import {
  exportCsv, exportMarkdown, exportQdpx, exportRows, isExportFormat, EXPORT_FORMATS, type ExportFormat, type ExportSource,
} from '../../core/review/export';
import { InputError, UsageError } from '../errors';
import type { CliIo } from '../io';
import { loadTranscript } from '../readTranscript';
import { CLI_CITE_STYLES } from './cite';

export function exportCommand(files: readonly string[], options: Record<string, string | true>, io: CliIo): number {
  const output = options.output === undefined ? undefined : String(options.output);
  const format = parseFormat(options.format, output);
  const style = options.style === undefined ? (format === 'md' ? 'markdown' : 'plain') : String(options.style);
  const known = CLI_CITE_STYLES.find(s => s === style);
  if (!known) throw new UsageError(`--style must be one of ${CLI_CITE_STYLES.join(', ')}; not '${style}'`);
  if (files.includes('-')) throw new UsageError('export reads the review beside each FILE, so FILE cannot be - (standard input)');
  if (format === 'qdpx' && output === undefined) throw new UsageError('--format qdpx writes a zip file: give -o OUT');

  const sources = files.map(file => loadSource(file, io));
  const rows = exportRows(sources, { style: known });
  const title = `Review of ${sources.map(s => s.name).join(', ')}`;
  const content: string | Uint8Array = format === 'md' ? exportMarkdown(rows, title)
    : format === 'csv' ? exportCsv(rows)
    : exportQdpx(rows, { projectName: title, created: new Date().toISOString() });
  if (output === undefined) io.stdout(content as string);
  else writeWhole(output, content);
  const orphans = rows.filter(r => !r.found).length;
  if (orphans) io.stderr(`transcript-review: ${orphans} orphaned passage${orphans === 1 ? '' : 's'} (text not found)${format === 'qdpx' ? ' left out of the project' : ' listed as such'}\n`);
  return 0;
}

function parseFormat(value: string | true | undefined, output: string | undefined): ExportFormat {
  const given = value === undefined ? output && path.extname(output).slice(1).toLowerCase() : String(value);
  if (!given) throw new UsageError(`export needs --format (${EXPORT_FORMATS.join(', ')}) or an OUT ending in one of them`);
  if (!isExportFormat(given)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}; not '${given}'`);
  return given;
}

function loadSource(file: string, io: CliIo): ExportSource {
  const { text, transcript } = loadTranscript(file, io);
  const sidecar = sidecarPathFor(file);
  let json: string;
  try {
    json = fs.readFileSync(sidecar, 'utf8');
  } catch {
    throw new InputError(`${file}: no review beside it (${sidecar}); tag passages in the editor first`);
  }
  let review;
  try {
    review = parseReview(json);
  } catch (err) {
    if (err instanceof SidecarError) throw new InputError(`${sidecar}: ${err.message}`);
    throw err;
  }
  return { name: path.basename(file), text, transcript, anchors: anchorPassages(text, review.passages), speakers: review.speakers };
}

function writeWhole(output: string, content: string | Uint8Array): void {
  const temporary = path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, content);
    fs.renameSync(temporary, output);
  } catch (err) {
    fs.rmSync(temporary, { force: true });
    throw new InputError(`cannot write ${output}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}
