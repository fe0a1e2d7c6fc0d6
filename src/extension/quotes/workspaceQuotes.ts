/**
 * The workspace's transcripts as a quote index, built on demand for a Check Quote: the files with the Transcript
 * language's extensions and caption files, and `.txt`/`.md` files detection reads as transcripts, honouring
 * `files.exclude` and `search.exclude`; open documents are read from the editor (unsaved edits included).
 * Behind `QuoteSearch`, so that the workspace indexer can feed a long-lived QuoteIndex (`addPart`) instead.
 */
import * as vscode from 'vscode';
import { BinaryFileError, decodeBytes } from '../../core/decode';
import { beginningLooksLikeTranscript } from '../../core/detect';
import { parseTranscript } from '../../core/parse';
import { QuoteIndex, type QuoteMatch } from '../../core/quotes';
import type { TranscriptCache } from '../transcriptCache';

export interface QuoteSearch {
  /** Transcripts searched. */
  readonly fileCount: number;
  find(quote: string): Promise<QuoteMatch[]>;
}

const TRANSCRIPT_GLOB = '**/*.{transcript,vtt,srt,txt,md}';
const ALWAYS_TRANSCRIPT = /\.(transcript|transcript\.txt|transcript\.md|vtt|srt)$/i;
/** Files over this are not read for a quote check (the CLI's limit too). */
const MAX_BYTES = 64 * 1024 * 1024;

export async function workspaceQuoteSearch(cache: TranscriptCache, token?: vscode.CancellationToken): Promise<QuoteSearch> {
  const uris = await vscode.workspace.findFiles(TRANSCRIPT_GLOB, excludeGlob(), undefined, token);
  const index = new QuoteIndex();
  const open = new Map(vscode.workspace.textDocuments.map(d => [d.uri.toString(), d]));
  for (const uri of uris) {
    if (token?.isCancellationRequested) break;
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    if (/\.review\.json$/i.test(name)) continue;
    const document = open.get(uri.toString());
    const text = document ? document.getText() : await readDecoded(uri);
    if (text === undefined) continue;
    const sure = ALWAYS_TRANSCRIPT.test(name) || document?.languageId === 'transcript';
    if (!sure && !beginningLooksLikeTranscript(text, name)) continue;
    // An open document has its one parse in the cache; a closed file is parsed here, once.
    const transcript = document?.languageId === 'transcript' ? cache.get(document) : parseTranscript(text, { fileName: name });
    index.add(uri.toString(), text, transcript);
  }
  return {
    fileCount: index.fileCount,
    find: quote => index.find(quote, readCurrent),
  };
}

/** The text now: the editor's for an open document, else the file's. */
async function readCurrent(file: string): Promise<string> {
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === file);
  if (open) return open.getText();
  const text = await readDecoded(vscode.Uri.parse(file));
  if (text === undefined) throw new Error(`cannot read ${file}`);
  return text;
}

async function readDecoded(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_BYTES) return undefined;
    return decodeBytes(await vscode.workspace.fs.readFile(uri)).text;
  } catch (error) {
    // A binary or unreadable file is not a transcript to search.
    if (error instanceof BinaryFileError || error instanceof vscode.FileSystemError) return undefined;
    throw error;
  }
}

/** `files.exclude` and `search.exclude` as one glob (findFiles applies only files.exclude by itself). */
function excludeGlob(): string | undefined {
  const patterns = new Set<string>();
  for (const section of ['files', 'search']) {
    const excluded = vscode.workspace.getConfiguration(section).get<Record<string, unknown>>('exclude') ?? {};
    for (const [pattern, on] of Object.entries(excluded)) if (on === true) patterns.add(pattern);
  }
  return patterns.size ? `{${[...patterns].join(',')}}` : undefined;
}
