/**
 * The transcripts under the paths given on the command line: a file is read as given; a folder is searched
 * recursively (node_modules, .git and other dot-folders skipped) for files with the extension's transcript
 * extensions, and for `.txt` and `.md` files that detection reads as transcripts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { beginningLooksLikeTranscript } from '../core/detect';
import { InputError, oneLine } from './errors';
import type { CliIo } from './io';
import { loadTranscript, type LoadedTranscript } from './readTranscript';
import { isSidecarPath } from '../core/review';

/** Always transcripts (the Transcript language's extensions and caption files). */
const TRANSCRIPT_EXTENSIONS = ['.transcript', '.transcript.txt', '.transcript.md', '.vtt', '.srt'];
/** Transcripts when detection says so. */
const MAYBE_EXTENSIONS = ['.txt', '.md'];
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export function loadTranscriptsUnder(paths: readonly string[], io: CliIo): LoadedTranscript[] {
  const loaded: LoadedTranscript[] = [];
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch {
      throw new InputError(`${given}: no such file or folder`);
    }
    if (!stat.isDirectory()) {
      loaded.push(loadTranscript(given, io));
      continue;
    }
    for (const file of walk(given)) {
      const lower = file.toLowerCase();
      const sure = TRANSCRIPT_EXTENSIONS.some(ext => lower.endsWith(ext));
      if (!sure && (!MAYBE_EXTENSIONS.some(ext => lower.endsWith(ext)) || isSidecarPath(file))) continue;
      let transcript: LoadedTranscript;
      try {
        transcript = loadTranscript(file, io);
      } catch (err) {
        // One unreadable file in a folder does not stop the search of the others.
        if (!(err instanceof InputError)) throw err;
        io.stderr(`transcript-review: note: skipped ${oneLine(err.message)}\n`);
        continue;
      }
      if (sure || beginningLooksLikeTranscript(transcript.text, path.basename(file))) loaded.push(transcript);
    }
  }
  return loaded;
}

function* walk(dir: string): Generator<string> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) yield* walk(full);
    } else if (entry.isFile()) {
      yield full;
    }
  }
}
