/**
 * Each tag gets one of eight colour slots, chosen from its name so that it keeps its colour in every
 * file and session. The colours themselves are theme colours the extension contributes
 * (`transcriptReview.tag1Background` ... `tag8Background` and their overview-ruler companions), with
 * values for dark, light and high-contrast themes, and any theme or user can change them.
 */
export const TAG_COLOR_SLOTS = 8;

export function tagColorSlot(tag: string): number {
  let hash = 0;
  for (const char of tag.toLowerCase()) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return (hash % TAG_COLOR_SLOTS) + 1;
}

export function tagBackgroundColorId(slot: number): string {
  return `transcriptReview.tag${slot}Background`;
}

export function tagRulerColorId(slot: number): string {
  return `transcriptReview.tag${slot}Ruler`;
}
