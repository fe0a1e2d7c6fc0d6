/**
 * The glob of files a workspace scan leaves out, from settings shaped like `files.exclude` and `search.exclude`
 * (`{ "**\/node_modules": true, "**\/*.js": { "when": "$(basename).ts" } }`). VS Code's file search applies
 * `files.exclude` by itself but not `search.exclude`, and takes one exclude glob: the patterns are joined into
 * one `{a,b}` group. Patterns with a group of their own are expanded first, since groups do not nest.
 */

export type ExcludeSetting = Readonly<Record<string, unknown>> | undefined;

/** The one glob excluding every pattern set to `true` in any of the settings; undefined when there are none. */
export function excludeGlob(...settings: ExcludeSetting[]): string | undefined {
  const patterns = new Set<string>();
  for (const setting of settings) {
    for (const [pattern, value] of Object.entries(setting ?? {})) {
      // `{ when: ... }` excludes a file only when a sibling exists: not knowable here, so the file stays in.
      if (value !== true || pattern.trim() === '') continue;
      for (const expanded of expandGroups(pattern)) patterns.add(expanded);
    }
  }
  if (patterns.size === 0) return undefined;
  return `{${[...patterns].join(',')}}`;
}

/** Past this many alternatives a pattern's groups are not expanded (they are left out of the exclusion). */
const MAX_EXPANSIONS = 64;

/** `**\/*.{js,map}` → `**\/*.js`, `**\/*.map`; a pattern without groups stays as it is. */
export function expandGroups(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) return pattern.includes('}') || pattern.includes(',') ? [] : [pattern];
  const close = pattern.indexOf('}', open);
  // An unclosed or nested group is not read (left out rather than misread).
  if (close < 0 || pattern.slice(open + 1, close).includes('{')) return [];
  const before = pattern.slice(0, open);
  const after = expandGroups(pattern.slice(close + 1));
  const expanded: string[] = [];
  for (const alternative of pattern.slice(open + 1, close).split(',')) {
    for (const rest of after) expanded.push(before + alternative + rest);
    if (expanded.length > MAX_EXPANSIONS) return [];
  }
  return expanded;
}
