/**
 * A document without a title anywhere is cited by its file name: `press-briefing-2022-05-13.txt` →
 * `press-briefing-2022-05-13`. Recorded apart from the title (`metadata.fileTitle`) so that a title given in
 * the settings still comes first, and the outline never reports a file name as the document's own title.
 */
import type { Transcript } from '../model';

/** Extensions of the files transcripts come in; a caption's language tag (`.en.srt`) goes with them. */
const EXTENSION = /(?:\.[a-z]{2}(?:[-_][A-Za-z]{2,4})?)?\.(?:txt|text|md|markdown|mdown|mkd|vtt|webvtt|srt|transcript)$|\.[A-Za-z0-9]{1,8}$/i;

export function titleFromFileName(fileName: string | undefined): string | null {
  if (!fileName) return null;
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const name = base.replace(EXTENSION, '').replace(/[\s\u00a0]+/g, ' ').trim();
  return name === '' || name === '-' ? null : name;
}

/** Sets `metadata.fileTitle` when the transcript has no title of its own; returns the transcript. */
export function withFileTitle(transcript: Transcript, fileName: string | undefined): Transcript {
  const metadata = transcript.metadata;
  const fileTitle = metadata.title ? null : titleFromFileName(fileName);
  if (fileTitle) metadata.fileTitle = fileTitle;
  else delete metadata.fileTitle;
  return transcript;
}
