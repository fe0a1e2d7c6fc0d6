/**
 * GUIDs for REFI-QDA exports. A passage id that is already a UUID is used as it is; anything else
 * (a tag name, a file name, a passage id from elsewhere) gets a UUID-shaped hash of itself, so the same
 * review exports the same GUIDs every time and re-imports match.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function guidFor(kind: string, value: string): string {
  const input = `${kind}\u0000${value}`;
  const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map(seed => fnv1a(input, seed));
  const hex = words.map(w => w.toString(16).padStart(8, '0')).join('');
  // Version 5-like bits (name-based), so the string is a well-formed UUID.
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A passage's GUID: its id when that is a UUID (unique across files), else a hash of file and id. */
export function passageGuid(fileName: string, id: string): string {
  return UUID.test(id) ? id.toLowerCase() : guidFor('passage', `${fileName}\u0000${id}`);
}
