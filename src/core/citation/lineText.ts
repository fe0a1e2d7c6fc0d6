/**
 * Turning one line's selected columns into quotable text: excluded spans (boilerplate, a label)
 * cut out, caption markup removed, Unicode spaces made ordinary, runs of spaces collapsed.
 */

/** A half-open column span [from, to) of one line. */
export type Span = readonly [number, number];

/** No-break, figure, thin, ideographic and other Unicode spaces read as ordinary spaces in a quote. */
const UNICODE_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const INVISIBLE = /[\u200B\uFEFF\f\v]/g;
/** Runs of spaces are layout (typewriter double spaces, court padding), not words. */
const SPACE_RUN = /[ \t]+/g;

/** The columns [from, to) of `line`, each excluded span replaced by a space. */
export function sliceExcluding(line: string, from: number, to: number, excluded: readonly Span[]): string {
  let text = '';
  let cursor = from;
  const spans = excluded
    .map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as const)
    .filter(([a, b]) => a < b)
    .sort((x, y) => x[0] - y[0]);
  for (const [a, b] of spans) {
    if (a > cursor) text += line.slice(cursor, a);
    if (b > cursor) {
      text += ' ';
      cursor = b;
    }
  }
  if (cursor < to) text += line.slice(cursor, to);
  return text;
}

export function cleanLineText(text: string): string {
  return text.replace(INVISIBLE, '').replace(UNICODE_SPACES, ' ').replace(SPACE_RUN, ' ').trim();
}

const VOICE_TAG = /<v(?:\.[^\s>]*)?\s+([^>]*)>/g;
const ANY_TAG = /<\/?[A-Za-z][^>]*>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', lrm: '', rlm: '' };

/**
 * Caption cue text as a reader sees it: tags removed, entities decoded. With `voiceAsLabel`, a
 * `<v Name>` tag becomes `Name: ` (used on the first line of a turn when labels are kept).
 */
export function captionText(text: string, voiceAsLabel: boolean): string {
  let result = text.replace(VOICE_TAG, (_tag, name: string) => (voiceAsLabel ? `${name.trim()}: ` : ''));
  result = result.replace(ANY_TAG, '');
  return result.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (entity, body: string) => {
    if (body.startsWith('#x')) return codePoint(parseInt(body.slice(2), 16), entity);
    if (body.startsWith('#')) return codePoint(parseInt(body.slice(1), 10), entity);
    return ENTITIES[body] ?? entity;
  });
}

function codePoint(value: number, fallback: string): string {
  return Number.isInteger(value) && value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : fallback;
}

const CJK_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]$/u;
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;
/** A word broken by a hyphen at the line end (`well-` / `known`), not a dash (`--`, ` -`). */
const HYPHEN_BREAK = /\p{L}-$/u;

/** What goes between two wrapped lines of one paragraph. */
export function wrapJoiner(before: string, after: string): string {
  if (HYPHEN_BREAK.test(before)) return '';
  if (CJK_END.test(before) && CJK_START.test(after)) return '';
  return ' ';
}
