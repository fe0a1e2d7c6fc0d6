/**
 * Markdown: the quote as a blockquote, one `>` paragraph per paragraph, then the attribution as
 * the blockquote's last line, with the title in italics (linked to the URL when there is one):
 *
 *     > First paragraph.
 *     >
 *     > — Sergey Lavrov, *Title*, Nur-Sultan, April 8, 2021 (Q3, lines 40-42)
 */
import type { CitationContext } from '../context';
import { attributionHead, locator } from './attribution';
import { inParens, joinParts } from '../compose';

export function formatMarkdown(context: CitationContext): string {
  const title = context.title ? italicTitle(context.title, context.url) : null;
  const attribution = joinParts([attributionHead(context, title), inParens(locator(context))], ' ');
  const paragraphs = context.quote ? context.quote.split(/\n{2,}/).map(escapeBlockStart) : [];
  const lines = paragraphs.map((p) => `> ${p}`);
  if (attribution) lines.push(`> — ${attribution}`);
  return lines.join('\n>\n');
}

function italicTitle(title: string, url: string | null): string {
  const text = title.replace(/[\\*_[\]`]/g, (c) => `\\${c}`);
  return url ? `*[${text}](<${url.replace(/[<>]/g, encodeURIComponent)}>)*` : `*${text}*`;
}

/**
 * A paragraph that starts like Markdown block syntax (`# `, `- `, `1. `, `> `) would stop being
 * a quoted paragraph; escaping its first character keeps it text.
 */
function escapeBlockStart(paragraph: string): string {
  if (/^(?:#{1,6}(?:\s|$)|[-+*](?:\s|$)|>|=+\s*$)/.test(paragraph)) return `\\${paragraph}`;
  return paragraph.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}
