/**
 * Writing a sidecar so that it is never found half written: the text goes to a temporary file beside it, which
 * is then renamed over it. A write cut off (a full disk, a crash, a lost connection) leaves the old sidecar whole.
 *
 * One gap is the file system's: VS Code's file service (`workspace.fs.rename` with `overwrite`, local and remote
 * alike) replaces an existing file by deleting it and then renaming, so a write cut off between the two leaves no
 * sidecar, only the temporary file with the whole new text. `recoverableTemporary` finds that file, so the review
 * is restored from it instead of starting empty. The file operations are passed in, so this runs (and is tested)
 * without VS Code.
 */

/** What an atomic write needs from a file system; paths are `/`-separated. */
export interface AtomicWriteOps {
  writeFile(path: string, text: string): Promise<void>;
  /** Moves `from` to `to`, replacing `to` if it is there. */
  rename(from: string, to: string): Promise<void>;
  delete(path: string): Promise<void>;
}

const TEMPORARY_SUFFIX = '.tmp';

function split(path: string): [folder: string, name: string] {
  const slash = path.lastIndexOf('/');
  return [path.slice(0, slash + 1), path.slice(slash + 1)];
}

/** `dir/.NAME.UNIQUE.tmp` for `dir/NAME`: hidden, beside it (a rename within one folder stays on one device). */
export function temporaryPathFor(path: string, unique: string): string {
  const [folder, name] = split(path);
  return `${folder}.${name}.${unique}${TEMPORARY_SUFFIX}`;
}

/** Whether the file `name` (in the same folder) is a temporary file of a write of the file `target`. */
export function isTemporaryOf(target: string, name: string): boolean {
  const prefix = `.${target}.`;
  return name.startsWith(prefix) && name.endsWith(TEMPORARY_SUFFIX) && name.length > prefix.length + TEMPORARY_SUFFIX.length;
}

/** Writes `text` to `path` through a temporary file; on failure the temporary file is removed (if it can be). */
export async function writeAtomically(ops: AtomicWriteOps, path: string, text: string, unique: string): Promise<void> {
  const temporary = temporaryPathFor(path, unique);
  try {
    await ops.writeFile(temporary, text);
    await ops.rename(temporary, path);
  } catch (error) {
    await ops.delete(temporary).catch(() => undefined);
    throw error;
  }
}

export interface TemporaryFile {
  name: string;
  text: string;
  mtime: number;
}

/**
 * For a sidecar that is missing: the temporary file left by a write cut off after the old sidecar was deleted, if
 * any: the newest one whose text `isWhole` accepts (a file cut off while it was being written is passed over).
 */
export function recoverableTemporary(target: string, files: readonly TemporaryFile[], isWhole: (text: string) => boolean): TemporaryFile | undefined {
  return files
    .filter(f => isTemporaryOf(target, f.name))
    .sort((a, b) => b.mtime - a.mtime || b.name.localeCompare(a.name))
    .find(f => isWhole(f.text));
}
