/**
 * Where a transcript's recording is: named in its front matter (`media:`, `audio:`, `video:`), or a file of
 * the same base name beside it (`episode.vtt` + `episode.mp3`). The extension checks which candidate exists;
 * this module only says which to try, in order.
 */
import type { Metadata } from '../model';

/** Front-matter keys that name the recording, in the order they are preferred. */
export const MEDIA_KEYS: readonly string[] = ['media', 'audio', 'video'];

/** Extensions of a recording found beside its transcript, in the order they are tried. */
export const MEDIA_EXTENSIONS: readonly string[] = ['.mp3', '.m4a', '.wav', '.ogg', '.oga', '.webm', '.mp4'];

/** Extensions a transcript's file name ends with; the longest match is cut to find its base name. */
const TRANSCRIPT_EXTENSIONS: readonly string[] = [
  '.transcript.txt', '.transcript.md', '.transcript', '.vtt', '.srt', '.txt', '.md', '.markdown',
];

/** Extensions of video containers: the player shows a picture for them. */
const VIDEO_EXTENSIONS: readonly string[] = ['.mp4', '.webm', '.mov', '.m4v', '.ogv', '.mkv'];

/** A web address the player can stream (http or https). */
export function isWebUrl(value: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(value.trim());
}

/** The recording the front matter names, as written (a path relative to the transcript, or a URL), or null. */
export function mediaFromMetadata(metadata: Metadata): string | null {
  for (const key of MEDIA_KEYS) {
    const value = metadata.extra[key]?.trim();
    if (value) return value;
  }
  return null;
}

/** File names beside `transcriptName` (a base name, no folder) that would be its recording, in order. */
export function siblingMediaNames(transcriptName: string): string[] {
  const lower = transcriptName.toLowerCase();
  const cut = TRANSCRIPT_EXTENSIONS.filter(ext => lower.endsWith(ext) && lower.length > ext.length)
    .reduce((longest, ext) => Math.max(longest, ext.length), 0);
  const dot = transcriptName.lastIndexOf('.');
  const base = cut > 0 ? transcriptName.slice(0, -cut) : dot > 0 ? transcriptName.slice(0, dot) : transcriptName;
  return MEDIA_EXTENSIONS.map(ext => base + ext);
}

/** True when the recording is a video by its name (the player then shows a picture). */
export function isVideoName(nameOrUrl: string): boolean {
  const path = nameOrUrl.split(/[?#]/)[0].toLowerCase();
  return VIDEO_EXTENSIONS.some(ext => path.endsWith(ext)) || isYouTubeUrl(nameOrUrl);
}

/** YouTube watch, short and embed links. */
export function isYouTubeUrl(value: string): boolean {
  return /^https?:\/\/(?:(?:www|m|music)\.)?(?:youtube\.com|youtu\.be)\//i.test(value.trim());
}
