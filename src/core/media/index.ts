/**
 * The recording beside a transcript: where it is, the time at a line, the line at a time, and addresses with
 * a time in them. Pure core: the extension's player panel and the citations read it.
 */
export { isVideoName, isWebUrl, isYouTubeUrl, MEDIA_EXTENSIONS, MEDIA_KEYS, mediaFromMetadata, siblingMediaNames } from './source';
export { formatClock, parseClock } from './time';
export { buildTimeline, linesAtTime, spanAtLine, timeAtLine } from './timeline';
export type { LinesAtTime, TimeAtLine, TimedSpan, Timeline } from './timeline';
export { mediaUrlAt } from './url';
