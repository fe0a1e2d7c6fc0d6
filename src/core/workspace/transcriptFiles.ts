/**
 * Which files of a workspace are transcripts: those with one of the Transcript language's extensions, and
 * plain-text and Markdown files whose beginning detection reads as a transcript (as when one is opened).
 */
import { beginningLooksLikeTranscript, DETECT_CHARACTERS } from '../detect';

/** Extensions of files that may be transcripts without saying so: detection decides. */
export const DETECTED_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown'];

/** Whether `path` ends with one of `extensions`, case aside. */
function endsWithAny(path: string, extensions: readonly string[]): boolean {
  const lower = path.toLowerCase();
  return extensions.some(ext => lower.endsWith(ext.toLowerCase()));
}

/** A transcript by its name alone (one of `languageExtensions`, e.g. `.transcript`, `.vtt`). */
export function isTranscriptByName(path: string, languageExtensions: readonly string[]): boolean {
  return endsWithAny(path, languageExtensions);
}

/** A file worth reading to see whether it is a transcript. */
export function mayBeTranscript(path: string, languageExtensions: readonly string[]): boolean {
  return isTranscriptByName(path, languageExtensions) || endsWithAny(path, DETECTED_EXTENSIONS);
}

/**
 * Whether the file is a transcript. `detect` false (the `transcriptReview.detect` setting `off`) leaves
 * plain-text and Markdown files out, as it leaves them unswitched in the editor.
 */
export function readsAsTranscript(path: string, text: string, languageExtensions: readonly string[], detect = true): boolean {
  if (isTranscriptByName(path, languageExtensions)) return true;
  if (!detect || !endsWithAny(path, DETECTED_EXTENSIONS)) return false;
  return beginningLooksLikeTranscript(text.slice(0, DETECT_CHARACTERS), path);
}
