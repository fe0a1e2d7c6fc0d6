/**
 * Transcript: Export Review…: the review of the active transcript as Markdown, CSV or a REFI-QDA project,
 * citations in the citation style setting. Asks for the format and the file (arguments give them without
 * asking); Markdown and CSV open beside the transcript. Returns the file written.
 */
import * as vscode from 'vscode';
import { exportCsv, exportMarkdown, exportQdpx, exportRows, isExportFormat, type ExportFormat } from '../../core/review/export';
import { readCitationSettings } from '../citation/settings';
import type { ReviewStore } from '../review/reviewStore';
import { activeReviewEditor } from '../review/target';
import type { TranscriptCache } from '../transcriptCache';

export const EXPORT_REVIEW_COMMAND = 'transcriptReview.exportReview';

const FORMATS: Array<vscode.QuickPickItem & { format: ExportFormat }> = [
  { format: 'md', label: 'Markdown', description: 'passages grouped by tag, quoted with citations, and notes' },
  { format: 'csv', label: 'CSV', description: 'one row per passage and tag (spreadsheets)' },
  { format: 'qdpx', label: 'REFI-QDA project (.qdpx)', description: 'MAXQDA, ATLAS.ti, NVivo, QualCoder' },
];

export function registerExportReviewCommand(store: ReviewStore, cache: TranscriptCache): vscode.Disposable {
  return vscode.commands.registerCommand(EXPORT_REVIEW_COMMAND, async (givenFormat?: string, givenTarget?: vscode.Uri) => {
    const editor = activeReviewEditor();
    if (!editor) return undefined;
    const { document } = editor;
    const entry = await store.load(document);
    if (!entry) return undefined;
    if (entry.error !== null) {
      void vscode.window.showErrorMessage(`Cannot export: the review ${entry.sidecar.fsPath} cannot be read (${entry.error}).`);
      return undefined;
    }
    const format = isExportFormat(givenFormat) ? givenFormat : (await vscode.window.showQuickPick(FORMATS, { title: 'Export Review' }))?.format;
    if (!format) return undefined;
    const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
    const target = givenTarget ?? await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(document.uri, '..', `${name}.review.${format}`),
      filters: { [FORMATS.find(f => f.format === format)!.label]: [format] },
    });
    if (!target) return undefined;
    const settings = readCitationSettings(document);
    const source = { name, text: document.getText(), transcript: cache.get(document), anchors: entry.anchors, speakers: entry.speakers };
    const rows = exportRows([source], { style: format === 'md' && settings.style === 'plain' ? 'markdown' : settings.style, template: settings.template, overrides: settings.overrides });
    const content = format === 'md' ? new TextEncoder().encode(exportMarkdown(rows, `Review of ${name}`))
      : format === 'csv' ? new TextEncoder().encode(exportCsv(rows))
      : exportQdpx(rows, { projectName: `Review of ${name}`, created: new Date().toISOString() });
    await vscode.workspace.fs.writeFile(target, content);
    if (format === 'qdpx') void vscode.window.showInformationMessage(`Review exported to ${vscode.workspace.asRelativePath(target)}.`);
    else await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    return target;
  });
}
