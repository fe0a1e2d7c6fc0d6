/**
 * The quick pick of Copy Citation As...: every style, the current default first and marked so.
 */
import * as vscode from 'vscode';
import { CITATION_STYLES, type CitationStyle } from '../../core/citation';

interface StyleItem extends vscode.QuickPickItem {
  id: CitationStyle;
}

export function styleItems(defaultStyle: CitationStyle): StyleItem[] {
  const items: StyleItem[] = CITATION_STYLES.map(style => ({
    id: style.id,
    label: style.label,
    description: style.id === defaultStyle ? `default · ${style.description}` : style.description,
  }));
  return [...items.filter(i => i.id === defaultStyle), ...items.filter(i => i.id !== defaultStyle)];
}

/** Resolves with the picked style, or undefined when dismissed. */
export function pickCitationStyle(defaultStyle: CitationStyle): Promise<CitationStyle | undefined> {
  const pick = vscode.window.createQuickPick<StyleItem>();
  pick.title = 'Copy Citation As';
  pick.placeholder = 'Citation style (transcriptReview.citation.style sets the default)';
  pick.matchOnDescription = true;
  // Items are set before show(), so the pick opens with its list in one step.
  pick.items = styleItems(defaultStyle);
  return new Promise(resolve => {
    let picked: CitationStyle | undefined;
    const subscriptions = [
      pick.onDidAccept(() => {
        picked = (pick.selectedItems[0] ?? pick.activeItems[0])?.id;
        pick.hide();
      }),
      pick.onDidHide(() => {
        for (const s of subscriptions) s.dispose();
        pick.dispose();
        resolve(picked);
      }),
    ];
    pick.show();
  });
}
