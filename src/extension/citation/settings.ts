/**
 * The citation settings (`transcriptReview.citation.*`) for one document, read fresh on each copy
 * so a change applies at once. Resource-scoped: a folder can set its own style or publisher.
 */
import * as vscode from 'vscode';
import { isCitationStyle, type CitationOverrides, type CitationStyle } from '../../core/citation';

export interface CitationSettings {
  style: CitationStyle;
  /** The custom style's template; empty means the built-in default template. */
  template: string;
  /** Values that fill what the file itself lacks (a URL, a publisher). */
  overrides: CitationOverrides;
}

export function readCitationSettings(document: vscode.TextDocument): CitationSettings {
  const config = vscode.workspace.getConfiguration('transcriptReview.citation', document.uri);
  const style = config.get<string>('style');
  return {
    style: isCitationStyle(style) ? style : 'plain',
    template: config.get<string>('template') ?? '',
    overrides: {
      url: config.get<string>('url') || null,
      publisher: config.get<string>('publisher') || null,
    },
  };
}
