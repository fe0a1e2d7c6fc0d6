/**
 * The review sidecars of the whole workspace, for the Review view (the open transcripts' reviews come from the
 * review store; this covers the others). Finding them is one file search (honouring `files.exclude`), made in the
 * background; reading them waits until the view asks. The file watcher reports new, changed and deleted sidecars
 * (and refreshes the view); since watchers can miss events (network drives, containers, a busy machine), each
 * sidecar is also stat'ed when the view is drawn, and read again only when its size or time changed.
 */
import * as vscode from 'vscode';
import { parseReview, SIDECAR_SUFFIX, type Review } from '../../core/review';
import { readSidecar } from './sidecarFiles';

const SIDECAR_GLOB = `**/*${SIDECAR_SUFFIX}`;

/** One sidecar as read from disk: its review, or why it cannot be read. */
export type SidecarReading = { sidecar: vscode.Uri; review: Review; error: null } | { sidecar: vscode.Uri; review: null; error: string };

/** Folders whose sidecars are not the user's own (a package's fixtures, say). */
function ignored(uri: vscode.Uri): boolean {
  return uri.path.includes('/node_modules/');
}

/**
 * Every sidecar in the workspace, found with `findFiles`: passing no exclude pattern is what makes it honour
 * `files.exclude` (a pattern of our own would replace it).
 */
export async function findSidecars(): Promise<vscode.Uri[]> {
  return (await vscode.workspace.findFiles(SIDECAR_GLOB)).filter(uri => !ignored(uri));
}

interface KnownSidecar {
  uri: vscode.Uri;
  /** Size and time when last read. */
  stamp?: string;
  reading?: Promise<SidecarReading>;
}

export class WorkspaceSidecars implements vscode.Disposable {
  /** The sidecars found, by URI; a value is the file's reading once read, undefined until then. */
  private known: Map<string, KnownSidecar> | undefined;
  private finding: Promise<void> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a sidecar was found, changed or went. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(SIDECAR_GLOB);
    this.subscriptions.push(
      watcher,
      this.changed,
      watcher.onDidCreate(uri => void this.created(uri)),
      watcher.onDidChange(uri => this.forget(uri, true)),
      watcher.onDidDelete(uri => this.forget(uri, false)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rediscover()),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('files.exclude')) this.rediscover();
      }),
    );
  }

  /** How many sidecars there are (finding them first, if not yet done). */
  async count(): Promise<number> {
    await this.find();
    return this.known?.size ?? 0;
  }

  /** Every sidecar but those in `skip` (URIs as strings), each read (once, then from memory until it changes). */
  async read(skip: ReadonlySet<string>): Promise<SidecarReading[]> {
    await this.find();
    const wanted = [...(this.known?.entries() ?? [])].filter(([key]) => !skip.has(key)).map(([, file]) => this.current(file));
    return (await Promise.all(wanted)).filter((r): r is SidecarReading => r !== undefined);
  }

  /** The file's reading, made again if its size or time changed since; undefined (and forgotten) if it is gone. */
  private async current(file: KnownSidecar): Promise<SidecarReading | undefined> {
    const stat = await vscode.workspace.fs.stat(file.uri).then(s => s, () => undefined);
    if (!stat) {
      if (this.known?.get(file.uri.toString()) === file) this.known.delete(file.uri.toString());
      return undefined;
    }
    const stamp = `${stat.size}:${stat.mtime}`;
    if (file.stamp !== stamp) {
      file.stamp = stamp;
      file.reading = readOne(file.uri);
    }
    return file.reading;
  }

  private find(): Promise<void> {
    this.finding ??= findSidecars().then(
      uris => {
        this.known = new Map(uris.map(uri => [uri.toString(), { uri }]));
        this.changed.fire();
      },
      error => {
        // Without a search provider (some virtual workspaces) the view shows the open transcripts only.
        console.error('Transcript Review: cannot list the workspace\'s review files', error);
        this.known = new Map();
      },
    );
    return this.finding;
  }

  private rediscover(): void {
    this.finding = undefined;
    this.known = undefined;
    void this.find();
  }

  /** A new sidecar is listed only if a search finds it (so `files.exclude` holds for it too). */
  private async created(uri: vscode.Uri): Promise<void> {
    if (!this.finding || ignored(uri)) return;
    await this.finding;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!this.known || !folder) return;
    // The file's own path as a pattern, its glob characters taken literally.
    const path = vscode.workspace.asRelativePath(uri, false).replace(/[*?[\]{}]/g, c => `[${c}]`);
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, path));
    if (!this.known || !found.some(f => f.toString() === uri.toString())) return;
    this.known.set(uri.toString(), { uri });
    this.changed.fire();
  }

  private forget(uri: vscode.Uri, stillThere: boolean): void {
    const file = this.known?.get(uri.toString());
    if (!file) return;
    if (stillThere) file.stamp = undefined;
    else this.known?.delete(uri.toString());
    this.changed.fire();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

async function readOne(sidecar: vscode.Uri): Promise<SidecarReading> {
  try {
    const text = await readSidecar(sidecar);
    // Gone between the search and the read: an empty review.
    return { sidecar, review: text === undefined ? { passages: [], speakers: {} } : parseReview(text), error: null };
  } catch (error) {
    return { sidecar, review: null, error: error instanceof TypeError ? 'it is not UTF-8 text' : (error as Error).message };
  }
}
