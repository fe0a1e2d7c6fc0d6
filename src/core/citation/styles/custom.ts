/** Custom: the user's template (setting `transcriptReview.citation.template`), or the default one. */
import type { CitationContext } from '../context';
import { DEFAULT_TEMPLATE, fillTemplate } from '../template';

export function formatCustom(context: CitationContext, template: string | undefined): string {
  return fillTemplate(template && template.trim() !== '' ? template : DEFAULT_TEMPLATE, context);
}
