/**
 * A recording's address with a time in it: Media Fragments `#t=SS` for files (browsers start playing there),
 * YouTube's own `t=SSs` query parameter for YouTube links (it ignores fragments).
 */
import { isYouTubeUrl } from './source';

/** `url` pointing at `seconds` (whole seconds, cut); an earlier time in the address is replaced. */
export function mediaUrlAt(url: string, seconds: number): string {
  const at = Math.max(0, Math.floor(seconds));
  const trimmed = url.trim();
  if (isYouTubeUrl(trimmed)) return youTubeAt(trimmed, at);
  const hash = trimmed.indexOf('#');
  return `${hash >= 0 ? trimmed.slice(0, hash) : trimmed}#t=${at}`;
}

function youTubeAt(url: string, seconds: number): string {
  const hash = url.indexOf('#');
  const fragment = hash >= 0 ? url.slice(hash) : '';
  const address = hash >= 0 ? url.slice(0, hash) : url;
  const query = address.indexOf('?');
  const path = query >= 0 ? address.slice(0, query) : address;
  const params = query >= 0 ? address.slice(query + 1).split('&').filter(p => p !== '' && !/^t=/.test(p)) : [];
  params.push(`t=${seconds}s`);
  // A `#t=` fragment would contradict the parameter; other fragments stay.
  return `${path}?${params.join('&')}${/^#t=/.test(fragment) ? '' : fragment}`;
}
