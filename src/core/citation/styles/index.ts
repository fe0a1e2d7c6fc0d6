/** The citation styles, by id, with the label a quick pick shows. */
import type { CitationContext } from '../context';
import { formatApa } from './apa';
import { formatChicago } from './chicago';
import { formatCustom } from './custom';
import { formatMarkdown } from './markdown';
import { formatMla } from './mla';
import { formatPinpoint } from './pinpoint';
import { formatPlain } from './plain';
import { formatTimestamp } from './timestamp';

export type CitationStyle = 'plain' | 'markdown' | 'apa' | 'chicago' | 'mla' | 'pinpoint' | 'timestamp' | 'custom';

export interface CitationStyleInfo {
  id: CitationStyle;
  label: string;
  description: string;
}

export const CITATION_STYLES: readonly CitationStyleInfo[] = [
  { id: 'plain', label: 'Plain text', description: '"Quote" — Speaker, Title, Place, Date (Q3, lines 40-42)' },
  { id: 'markdown', label: 'Markdown blockquote', description: '> Quote, then > — Speaker, *Title*, Place, Date (Q3, lines 40-42)' },
  { id: 'apa', label: 'APA 7', description: '“Quote” (Speaker, 2021, para. 12) and the reference entry' },
  { id: 'chicago', label: 'Chicago 17 (notes)', description: '“Quote” and the full note' },
  { id: 'mla', label: 'MLA 9', description: '“Quote” (Speaker) and the works-cited entry' },
  { id: 'pinpoint', label: 'Court pinpoint', description: '"Quote" — Speaker, Title 45:13-20' },
  { id: 'timestamp', label: 'Timestamp', description: '"Quote" — Speaker, Title [00:12:34]' },
  { id: 'custom', label: 'Custom template', description: 'The template setting, with {quote}, {speaker}, {title}, ...' },
];

export function isCitationStyle(value: unknown): value is CitationStyle {
  return CITATION_STYLES.some((style) => style.id === value);
}

export interface FormatOptions {
  /** The template for the `custom` style; the default template when absent or blank. */
  template?: string;
}

/** The citation text for one quote's context. An unknown style id falls back to plain. */
export function formatCitation(context: CitationContext, style: CitationStyle, options: FormatOptions = {}): string {
  switch (style) {
    case 'markdown': return formatMarkdown(context);
    case 'apa': return formatApa(context);
    case 'chicago': return formatChicago(context);
    case 'mla': return formatMla(context);
    case 'pinpoint': return formatPinpoint(context);
    case 'timestamp': return formatTimestamp(context);
    case 'custom': return formatCustom(context, options.template);
    default: return formatPlain(context);
  }
}
