/**
 * Each tag gets one of eight colour slots, chosen from its name so that it keeps its colour in every
 * file, session and export. The editor uses theme colours per slot (contributed in package.json, which
 * themes can change); exports that carry a colour (REFI-QDA codes) use `TAG_SLOT_RGB`.
 */
export const TAG_COLOR_SLOTS = 8;

/** The slots' colours as written to exports: amber, blue, green, red, purple, cyan, yellow, brown. */
export const TAG_SLOT_RGB = ['#f9a826', '#42a5f5', '#66bb6a', '#ef5350', '#ab47bc', '#26c6da', '#ffee58', '#a1887f'] as const;

/** 1-based slot of a tag (case-insensitive, so `Ferry` and `ferry` look alike). */
export function tagColorSlot(tag: string): number {
  let hash = 0;
  for (const char of tag.toLowerCase()) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return (hash % TAG_COLOR_SLOTS) + 1;
}
