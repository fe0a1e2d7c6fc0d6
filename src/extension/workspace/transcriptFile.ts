/**
 * Reading one workspace file for the index: the open editor's text when the file is open (unsaved edits win,
 * parsed once in the shared cache), else its bytes decoded as the core decodes them (UTF-8, UTF-16, Windows-1252);
 * whether it is a transcript; and its model. Large Markdown is parsed by the parse worker, one file at a time,
 * so that a scan of many files does not hold up the extension host.
 */
import * as vscode from 'vscode';
import { BinaryFileError, decodeBytes } from '../../core/decode';
import type { Transcript } from '../../core/model';
import { detectFormat, parseTranscript, splitLines } from '../../core/parse';
import { readsAsTranscript } from '../../core/workspace/transcriptFiles';
import { OFF_THREAD_CHARACTERS, type TranscriptCache } from '../transcriptCache';
import { parseDeadlineMs, type ParseRunner } from '../parsing/parseRunner';

/** Files larger than this are not read (the command-line tool refuses them too). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type FileReading =
  | { kind: 'transcript'; text: string; transcript: Transcript }
  | { kind: 'other' }
  | { kind: 'gone' }
  | { kind: 'unreadable'; reason: string };

export interface ReadingContext {
  cache: TranscriptCache;
  runner: ParseRunner | undefined;
  /** Extensions of the Transcript language (`.transcript`, `.vtt` ...): transcripts by name. */
  languageExtensions: readonly string[];
  /** What the user chose for a file (Treat as Transcript, Treat as Plain Text, Not this file): it wins over names and detection. */
  choices?: { get(uri: vscode.Uri): 'transcript' | 'plain' | undefined };
}

export async function readTranscriptFile(uri: vscode.Uri, context: ReadingContext): Promise<FileReading> {
  const chosen = context.choices?.get(uri);
  if (chosen === 'plain') return { kind: 'other' };
  const open = vscode.workspace.textDocuments.find(d => !d.isClosed && d.uri.toString() === uri.toString());
  if (open) {
    const text = open.getText();
    const transcript = chosen === 'transcript' || open.languageId === 'transcript' || readsAsTranscript(uri.path, text, context.languageExtensions, detects(open.languageId))
      ? context.cache.get(open) : null;
    return transcript ? { kind: 'transcript', text, transcript } : { kind: 'other' };
  }
  let bytes: Uint8Array;
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_FILE_BYTES) return { kind: 'unreadable', reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return { kind: 'gone' };
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
  let text: string;
  let encoding: string;
  try {
    ({ text, encoding } = decodeBytes(bytes));
  } catch (error) {
    if (error instanceof BinaryFileError) return { kind: 'unreadable', reason: error.message };
    throw error;
  }
  if (chosen !== 'transcript' && !readsAsTranscript(uri.path, text, context.languageExtensions, detects(languageOfName(uri.path)))) return { kind: 'other' };
  return { kind: 'transcript', text, transcript: await parse(text, uri.path, encoding, context.runner) };
}

async function parse(text: string, fileName: string, encoding: string, runner: ParseRunner | undefined): Promise<Transcript> {
  const markdown = detectFormat(splitLines(text.slice(0, 20_000)), fileName) === 'markdown';
  if (!runner || !markdown || text.length <= OFF_THREAD_CHARACTERS) return parseTranscript(text, { fileName, encoding });
  try {
    return { ...await runner.parse(text, fileName, parseDeadlineMs(text.length)), encoding };
  } catch (error) {
    // Too slow or failed in the worker: the line-by-line reading is linear, and says why it was used.
    const why = error instanceof Error ? error.message : String(error);
    return parseTranscript(text, { fileName, encoding, lineByLine: `Markdown read line by line for the workspace index: ${why}` });
  }
}

/** Whether detection may switch documents of this language (the `transcriptReview.detect` setting, per language). */
function detects(languageId: string): boolean {
  return vscode.workspace.getConfiguration('transcriptReview', { languageId }).get<string>('detect', 'auto') !== 'off';
}

function languageOfName(path: string): string {
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'plaintext';
}
