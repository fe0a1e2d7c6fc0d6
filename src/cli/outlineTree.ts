/**
 * The readable tree `transcript-review outline FILE` prints: a column of 1-based line spans,
 * then the nodes indented by depth.
 */
import type { Range } from '../core/position';
import { lineSpan } from './outlineJson';

/** The part of an outline node the tree shows (the core's OutlineNode has these fields). */
export interface TreeNode {
  name: string;
  detail?: string;
  range: Range;
  children: TreeNode[];
}

export function renderTree(nodes: readonly TreeNode[]): string {
  const rows: { lines: string; text: string }[] = [];
  const walk = (list: readonly TreeNode[], depth: number) => {
    for (const node of list) {
      const { startLine, endLine } = lineSpan(node.range);
      const lines = startLine === endLine ? `${startLine}` : `${startLine}-${endLine}`;
      const detail = node.detail ? `  (${node.detail})` : '';
      rows.push({ lines, text: `${'  '.repeat(depth)}${oneLine(node.name)}${detail}` });
      walk(node.children, depth + 1);
    }
  };
  walk(nodes, 0);
  const width = Math.max(0, ...rows.map(r => r.lines.length));
  return rows.map(r => `${r.lines.padStart(width)}  ${r.text}\n`).join('');
}

/** Names come from the document: keep each on one row, and cut a runaway one (a wall of text taken for a heading). */
function oneLine(name: string): string {
  const flat = name.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
}
