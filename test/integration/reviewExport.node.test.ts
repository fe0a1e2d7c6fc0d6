/**
 * Export Review… in the real extension host: Markdown opened beside the transcript, CSV, and a REFI-QDA
 * project whose project.qde validates against the schema.
 */
import * as assert from 'assert';
import { strFromU8, unzipSync } from 'fflate';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { validateXML } from 'xmllint-wasm';
import { openReviewed, readText, scratchFolder, select, TRANSCRIPT, writeText } from './helpers/review';

const ROOT = path.resolve(__dirname, '../../..');
const folder = scratchFolder('export');
const transcript = vscode.Uri.joinPath(folder, 'ferry.transcript');

describe('review: Export Review', function () {
  this.timeout(30_000);

  before(async () => {
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await writeText(transcript, TRANSCRIPT);
    const editor = await openReviewed(transcript);
    select(editor, 'The crossing will reopen on June 1.');
    await vscode.commands.executeCommand('transcriptReview.tagSelection', 'ferry');
    await vscode.commands.executeCommand('transcriptReview.addNote', 'Lead.');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('exports Markdown and opens it beside the transcript', async () => {
    const target = vscode.Uri.joinPath(folder, 'ferry.review.md');
    await vscode.window.showTextDocument(transcript);
    await vscode.commands.executeCommand('transcriptReview.exportReview', 'md', target);
    const md = await readText(target);
    assert.match(md ?? '', /^# Review of ferry\.transcript\n\n## ferry \(1\)\n\n> The crossing will reopen on June 1\.\n>\n> — Lena Varga, .*\(Q1, line 7\)\n\n\*\*Note:\*\* Lead\.\n$/);
    const beside = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === target.toString());
    assert.ok(beside, 'the export is open');
    assert.notStrictEqual(beside.viewColumn, vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === transcript.toString())?.viewColumn);
  });

  it('exports CSV and a REFI-QDA project that validates against the schema', async () => {
    await vscode.window.showTextDocument(transcript, { viewColumn: vscode.ViewColumn.One });
    const csvTarget = vscode.Uri.joinPath(folder, 'ferry.review.csv');
    await vscode.commands.executeCommand('transcriptReview.exportReview', 'csv', csvTarget);
    assert.match((await readText(csvTarget)) ?? '', /\r\nferry\.transcript,ferry,Lena Varga,Q1,7,7,,The crossing will reopen on June 1\.,Lead\.,/);
    await vscode.window.showTextDocument(transcript, { viewColumn: vscode.ViewColumn.One });
    const qdpxTarget = vscode.Uri.joinPath(folder, 'ferry.qdpx');
    await vscode.commands.executeCommand('transcriptReview.exportReview', 'qdpx', qdpxTarget);
    const files = unzipSync(await vscode.workspace.fs.readFile(qdpxTarget));
    const qde = strFromU8(files['project.qde']);
    const schema = fs.readFileSync(path.join(ROOT, 'test/fixtures/refi-qda/Project-mrt2019.xsd'), 'utf8');
    const result = await validateXML({ xml: [{ fileName: 'project.qde', contents: qde }], schema: [schema] });
    assert.deepStrictEqual(result.errors, []);
    assert.match(qde, /<Code guid="[^"]+" name="ferry" isCodable="true"/);
    assert.match(qde, /<PlainTextContent>Lead\.<\/PlainTextContent>/);
  });
});
