/**
 * Finds a transcript's recording: the one linked with Link Recording… (workspace state), else the one its front
 * matter names, else a file of the same base name beside it. Reads through `vscode.workspace.fs`, so it works in
 * virtual workspaces; never writes to the transcript.
 */
import * as vscode from 'vscode';
import { isWebUrl, mediaFromMetadata, siblingMediaNames } from '../../core/media';
import type { Transcript } from '../../core/model';

export interface Recording {
  /** A local (or virtual) file, or an http(s) address. */
  uri: vscode.Uri;
  /** True for an http(s) address: streamed, not read from the workspace. */
  remote: boolean;
  origin: 'linked' | 'front matter' | 'beside the transcript';
  /** False when the linked or named file does not exist. */
  exists: boolean;
  /** How a person would name it: the file name or the address. */
  label: string;
}

/** Links made with Link Recording…, per transcript, in workspace state (never in the transcript itself). */
export class RecordingLinks implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** A transcript's link was made or removed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  dispose(): void {
    this.changed.dispose();
  }

  get(transcript: vscode.Uri): string | undefined {
    return this.state.get<string>(this.key(transcript));
  }

  async set(transcript: vscode.Uri, media: vscode.Uri | undefined): Promise<void> {
    await this.state.update(this.key(transcript), media?.toString());
    this.changed.fire(transcript);
  }

  private key(transcript: vscode.Uri): string {
    return `transcriptReview.recording:${transcript.toString()}`;
  }
}

export async function findRecording(document: vscode.TextDocument, transcript: Transcript, links: RecordingLinks): Promise<Recording | null> {
  const linked = links.get(document.uri);
  if (linked) return describe(vscode.Uri.parse(linked), 'linked');
  const named = mediaFromMetadata(transcript.metadata);
  if (named) return describe(resolveNamed(document.uri, named), 'front matter');
  if (document.isUntitled) return null;
  const folder = vscode.Uri.joinPath(document.uri, '..');
  const base = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
  for (const name of siblingMediaNames(base)) {
    const candidate = vscode.Uri.joinPath(folder, name);
    if (await exists(candidate)) return { uri: candidate, remote: false, origin: 'beside the transcript', exists: true, label: name };
  }
  return null;
}

/** The address {mediaUrl} cites: the recording's http(s) address, or its file's URI; null when there is none. */
export async function recordingAddress(document: vscode.TextDocument, transcript: Transcript, links: RecordingLinks): Promise<string | null> {
  const recording = await findRecording(document, transcript, links);
  if (!recording || !recording.exists) return null;
  return recording.remote ? recording.uri.toString(true) : recording.uri.toString();
}

/** A front-matter value: an address as it is, an absolute path as a file, else a path relative to the transcript. */
function resolveNamed(transcript: vscode.Uri, value: string): vscode.Uri {
  if (isWebUrl(value)) return vscode.Uri.parse(value.trim());
  if (/^(?:\/|[A-Za-z]:[\\/])/.test(value)) return vscode.Uri.file(value);
  return vscode.Uri.joinPath(transcript, '..', ...value.split(/[\\/]/).filter(part => part !== ''));
}

async function describe(uri: vscode.Uri, origin: Recording['origin']): Promise<Recording> {
  const remote = uri.scheme === 'http' || uri.scheme === 'https';
  const label = remote ? uri.toString(true) : uri.path.slice(uri.path.lastIndexOf('/') + 1);
  return { uri, remote, origin, exists: remote || (await exists(uri)), label };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    return (stat.type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}
