/**
 * The workspace's transcripts as a quote index: a QuoteIndex plugged into the workspace indexer (`addPart`) on
 * the first Check Quote, so files are read and parsed once, by the indexer, and kept current as they change
 * (its file search honours `files.exclude`, `search.exclude` and the user's Treat as choices). A match's true
 * text is read at the time of the check: the editor's text for an open document (unsaved edits included).
 */
import * as vscode from 'vscode';
import { BinaryFileError, decodeBytes } from '../../core/decode';
import { QuoteIndex, type QuoteMatch } from '../../core/quotes';
import type { WorkspaceIndexer } from '../workspace/indexer';

export interface QuoteSearch {
  /** Transcripts searched. */
  readonly fileCount: number;
  find(quote: string): Promise<QuoteMatch[]>;
}

export class WorkspaceQuotes implements vscode.Disposable {
  private index: QuoteIndex | undefined;
  private part: vscode.Disposable | undefined;

  constructor(private readonly workspace: WorkspaceIndexer) {}

  /** The index, once every transcript found so far (and every pending edit) is in it. */
  async search(): Promise<QuoteSearch> {
    // Built on first use: a workspace where no quote is checked never pays for the quote index.
    if (!this.index) {
      this.index = new QuoteIndex();
      this.part = this.workspace.addPart(this.index);
    }
    const index = this.index;
    await this.workspace.whenCurrent();
    return { fileCount: index.fileCount, find: quote => index.find(quote, readCurrent) };
  }

  dispose(): void {
    this.part?.dispose();
  }
}

/** The text now: the editor's for an open document, else the file's. */
async function readCurrent(file: string): Promise<string> {
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === file);
  if (open) return open.getText();
  const uri = vscode.Uri.parse(file);
  try {
    return decodeBytes(await vscode.workspace.fs.readFile(uri)).text;
  } catch (error) {
    if (error instanceof BinaryFileError || error instanceof vscode.FileSystemError) throw new Error(`cannot read ${uri.fsPath}: ${error.message}`);
    throw error;
  }
}
