/**
 * YAML front matter (`---` ... `---` at the top of a file), read with the `yaml` package: folded and quoted
 * multi-line values, escapes, flow and block lists, nested maps. What the fields hold is flattened to text
 * (`speakers: [a, b]` → `a, b`); lists are also kept as lists. Malformed YAML is read key by key, each value
 * cleaned of its quoting, so that no title ever shows raw YAML; reading never throws.
 */
import { parseDocument } from 'yaml';

export interface FrontMatter {
  /** Fields with list values joined by ", "; nested maps also as `key_subkey`. */
  fields: Record<string, string>;
  /** Lists as lists (`speakers`). */
  lists: Record<string, string[]>;
  /** 0-based line of the closing fence. */
  endLine: number;
}

const MAX_FRONT_MATTER_LINES = 300;
/** Aliases expand: a "billion laughs" block must not grow without bound. */
const MAX_ALIAS_COUNT = 50;

const opensFrontMatter = (lines: readonly string[]) => lines.length >= 2 && lines[0].replace(/^\ufeff/, '').trimEnd() === '---';

/** The line closing the front matter opened on the first line, searched up to `before`; -1 when none. */
function closingFence(lines: readonly string[], before: number): number {
  const limit = Math.min(lines.length, MAX_FRONT_MATTER_LINES, before);
  for (let i = 1; i < limit; i++) {
    const trimmed = lines[i].trimEnd();
    if (trimmed === '---' || trimmed === '...') return i;
  }
  return -1;
}

/**
 * Whether an edit from line `editStart` on may open, close or change the front matter: the first line opens one
 * and no fence closes it before the edit (a `---` typed far below can close it, turning the lines above into YAML).
 */
export function editMayChangeFrontMatter(lines: readonly string[], editStart: number): boolean {
  return editStart < MAX_FRONT_MATTER_LINES && opensFrontMatter(lines) && closingFence(lines, editStart) < 0;
}

export function readFrontMatter(lines: readonly string[]): FrontMatter | null {
  if (!opensFrontMatter(lines)) return null;
  const endLine = closingFence(lines, Infinity);
  if (endLine < 0) return null;
  const body = lines.slice(1, endLine);
  const front: FrontMatter = { fields: {}, lists: {}, endLine };
  const data = parseYaml(body.join('\n'));
  if (data !== undefined) addMapping(front, data);
  else for (const [key, value] of keyByKey(body)) addMapping(front, { [key]: value });
  return front;
}

/** The document as plain data, or undefined when it is not valid YAML. */
function parseYaml(source: string): unknown {
  try {
    const doc = parseDocument(source, { uniqueKeys: false, prettyErrors: false });
    if (doc.errors.length > 0) return undefined;
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
  } catch {
    return undefined;
  }
}

function addMapping(front: FrontMatter, data: unknown): void {
  if (!isRecord(data)) return;
  for (const [rawKey, value] of Object.entries(data)) {
    const key = rawKey.trim().toLowerCase();
    if (key === '') continue;
    if (Array.isArray(value)) {
      const items = value.map(itemText).filter((item): item is string => item !== null && item !== '');
      front.lists[key] = items;
      front.fields[key] = items.join(', ');
    } else if (isRecord(value)) {
      for (const [sub, inner] of Object.entries(value)) {
        const text = scalarText(inner);
        if (text !== null) front.fields[`${key}_${sub.trim().toLowerCase()}`] = text;
      }
      const named = itemText(value);
      if (named !== null) front.fields[key] = named;
    } else {
      const text = scalarText(value);
      if (text !== null) front.fields[key] = text;
    }
  }
}

/** A list item as text: a scalar, or a map's `name` (`- name: Jane Doe` / `  role: host`). */
function itemText(value: unknown): string | null {
  if (isRecord(value)) {
    for (const key of ['name', 'title', 'label', 'text']) {
      const text = scalarText(value[key]);
      if (text) return text;
    }
    return null;
  }
  return scalarText(value);
}

/** Scalars as one line of text; dates as ISO; maps and lists are not scalars. */
function scalarText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().replace(/T00:00:00\.000Z$/, '');
  if (typeof value === 'string') return oneLine(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return null;
}

function oneLine(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

const KEY_LINE = /^([A-Za-z_][\w .-]{0,60}?)\s*:(?:\s+(.*))?$/;
const LIST_ITEM = /^\s*-\s+(.*)$/;

/**
 * Malformed YAML, read one top-level key at a time: each key's lines (the value and its indented
 * continuation, or its `- item` list) are parsed on their own, and a value that still is not YAML is
 * taken as text with its quoting removed.
 */
function keyByKey(body: readonly string[]): Array<[string, unknown]> {
  const entries: Array<[string, unknown]> = [];
  for (let i = 0; i < body.length; i++) {
    const kv = KEY_LINE.exec(body[i].trimEnd());
    if (!kv) continue;
    const block = [body[i]];
    while (i + 1 < body.length && (/^\s/.test(body[i + 1]) || LIST_ITEM.test(body[i + 1]) || body[i + 1].trim() === '')) block.push(body[++i]);
    const parsed = parseYaml(block.join('\n'));
    if (isRecord(parsed) && Object.keys(parsed).length === 1) {
      entries.push([kv[1], Object.values(parsed)[0]]);
      continue;
    }
    const items = block.slice(1).map(line => LIST_ITEM.exec(line)).filter((m): m is RegExpExecArray => m !== null);
    const rest = (kv[2] ?? '').trim();
    if (rest === '' && items.length > 0) entries.push([kv[1], items.map(m => unquote(m[1]))]);
    else entries.push([kv[1], unquote([rest, ...block.slice(1).map(line => line.trim())].join(' '))]);
  }
  return entries;
}

/** A value that is not valid YAML as text: outer quotes, escapes and flow brackets removed. */
function unquote(value: string): string {
  let text = oneLine(value);
  if (/^\[.*\]$/.test(text)) text = text.slice(1, -1);
  text = text.replace(/^["']+|["']+$/g, '');
  text = text.replace(/\\(["\\/])/g, '$1').replace(/\\[nt]/g, ' ').replace(/''/g, "'");
  return oneLine(text.replace(/\\/g, ''));
}
