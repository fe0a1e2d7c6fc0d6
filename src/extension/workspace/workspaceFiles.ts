/**
 * Finding the workspace's candidate transcripts and review sidecars with VS Code's own file search, leaving out
 * what `files.exclude` and `search.exclude` exclude, and reading a sidecar's speaker map.
 */
import * as vscode from 'vscode';
import { parseReview, SIDECAR_SUFFIX, type SpeakerEntry } from '../../core/review';
import { excludeGlob } from '../../core/workspace/excludes';
import { DETECTED_EXTENSIONS, mayBeTranscript } from '../../core/workspace/transcriptFiles';
import { readSidecar } from '../review/sidecarFiles';

/** At most this many candidate files are read: a workspace larger than that is not a folder of transcripts. */
export const MAX_CANDIDATES = 20_000;

export function isCandidate(uri: vscode.Uri, languageExtensions: readonly string[]): boolean {
  return mayBeTranscript(uri.path, languageExtensions);
}

/** The exclude glob of the current settings: `files.exclude` and `search.exclude` together. */
export function currentExcludes(): string | undefined {
  return excludeGlob(
    vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude'),
    vscode.workspace.getConfiguration('search').get<Record<string, unknown>>('exclude'),
  );
}

export function findTranscriptCandidates(languageExtensions: readonly string[]): Thenable<vscode.Uri[]> {
  const extensions = [...new Set([...languageExtensions, ...DETECTED_EXTENSIONS].map(ext => ext.slice(ext.lastIndexOf('.'))))];
  return vscode.workspace.findFiles(`**/*{${extensions.join(',')}}`, currentExcludes(), MAX_CANDIDATES);
}

export function findSidecars(): Thenable<vscode.Uri[]> {
  return vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, currentExcludes(), MAX_CANDIDATES);
}

/** Whether the settings exclude `uri` (asked of the file search itself, so its glob rules apply). */
export async function findExcluded(uri: vscode.Uri): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return true;
  const relative = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
  // Glob characters in the name are matched as themselves.
  const literal = relative.replace(/[[\]{}*?]/g, c => `[${c}]`);
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, literal), currentExcludes(), 1);
  return found.length === 0;
}

/** The reviewer's speaker map in a sidecar; undefined when it has none or cannot be read (the Review view says why). */
export async function readSpeakerMap(sidecar: vscode.Uri): Promise<Record<string, SpeakerEntry> | undefined> {
  try {
    const text = await readSidecar(sidecar);
    return text === undefined ? undefined : parseReview(text).speakers;
  } catch {
    return undefined;
  }
}
