/**
 * YAML front matter (`---` ... `---` at the top of a file), read as the flat key/value subset transcripts use:
 * `key: value`, quoted values, and `- item` lists.
 */
export interface FrontMatter {
  /** Fields with list values joined by ", ". */
  fields: Record<string, string>;
  /** Lists as lists (`speakers`). */
  lists: Record<string, string[]>;
  /** 0-based line of the closing fence. */
  endLine: number;
}

const MAX_FRONT_MATTER_LINES = 300;

export function readFrontMatter(lines: readonly string[]): FrontMatter | null {
  if (lines.length < 2 || lines[0].replace(/^\ufeff/, '').trimEnd() !== '---') return null;
  const fields: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  let currentList: string | null = null;
  const limit = Math.min(lines.length, MAX_FRONT_MATTER_LINES);
  for (let i = 1; i < limit; i++) {
    const line = lines[i];
    const trimmed = line.trimEnd();
    if (trimmed === '---' || trimmed === '...') return { fields, lists, endLine: i };
    const item = /^\s+-\s+(.*)$|^-\s+(.*)$/.exec(line);
    if (item && currentList) {
      const value = unquote(item[1] ?? item[2] ?? '');
      lists[currentList].push(value);
      fields[currentList] = lists[currentList].join(', ');
      continue;
    }
    const kv = /^([A-Za-z_][\w .-]{0,60}?)\s*:\s*(.*)$/.exec(trimmed);
    if (kv) {
      const key = kv[1].trim().toLowerCase();
      const value = kv[2].trim();
      if (value === '') {
        currentList = key;
        lists[key] = [];
        fields[key] = '';
      } else {
        currentList = null;
        fields[key] = /^\[.*\]$/.test(value)
          ? value.slice(1, -1).split(',').map(v => unquote(v.trim())).join(', ')
          : unquote(value);
      }
    }
  }
  return null;
}

function unquote(value: string): string {
  const v = value.trim();
  let out = v;
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) {
    out = v.slice(1, -1);
    if (v.startsWith('"')) out = out.replace(/\\_/g, '\u00a0').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
    else out = out.replace(/''/g, "'");
  }
  return out.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}
