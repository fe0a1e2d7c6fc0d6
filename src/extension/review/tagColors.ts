/**
 * The theme colours of the tag colour slots (see core/review/tagPalette.ts): `transcriptReview.tag1Background`
 * ... `tag8Background` and their overview-ruler companions, contributed with values for dark, light and
 * high-contrast themes; any theme or user can change them.
 */
export { TAG_COLOR_SLOTS, tagColorSlot } from '../../core/review/tagPalette';

export function tagBackgroundColorId(slot: number): string {
  return `transcriptReview.tag${slot}Background`;
}

export function tagRulerColorId(slot: number): string {
  return `transcriptReview.tag${slot}Ruler`;
}
