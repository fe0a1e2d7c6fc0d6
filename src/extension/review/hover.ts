/**
 * Hovering a tagged passage shows its tags and its note.
 */
import * as vscode from 'vscode';
import { anchorsTouching } from '../../core/review';
import type { ReviewStore } from './reviewStore';

export function registerReviewHover(store: ReviewStore): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: 'transcript' }, {
    provideHover(document, position) {
      const entry = store.peek(document);
      if (!entry) return undefined;
      const offset = document.offsetAt(position);
      const here = anchorsTouching(entry.anchors, offset, offset).filter(a => a.start < a.end);
      if (here.length === 0) return undefined;
      const markdown = new vscode.MarkdownString();
      for (const anchor of here) {
        const { tags, note } = anchor.passage;
        if (tags.length > 0) markdown.appendMarkdown(`**Tags:** ${tags.map(t => `\`${t.replace(/`/g, "'")}\``).join(', ')}\n\n`);
        if (note) markdown.appendMarkdown(`**Note:** ${escapeMarkdown(note)}\n\n`);
      }
      const first = here[0];
      return new vscode.Hover(markdown, new vscode.Range(document.positionAt(first.start), document.positionAt(first.end)));
    },
  });
}

/** The note as written: Markdown's special characters escaped, its line breaks kept. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\r?\n/g, '  \n');
}
