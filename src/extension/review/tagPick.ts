/**
 * The quick pick of Tag Selection…: the transcript's tags first, then the other tags of the workspace's
 * reviews, and what was typed as a new tag.
 */
import * as vscode from 'vscode';
import { parseReview, tagCounts } from '../../core/review';
import { readSidecar } from './sidecarFiles';
import type { ReviewStore } from './reviewStore';
import { findSidecars } from './workspaceSidecars';

interface TagItem extends vscode.QuickPickItem {
  tag: string;
}

/** Every tag in the workspace's sidecars (unreadable ones are passed over here; they are reported when opened). */
export async function workspaceTags(store: ReviewStore): Promise<Set<string>> {
  const tags = new Set<string>();
  for (const entry of store.all()) for (const a of entry.anchors) for (const t of a.passage.tags) tags.add(t);
  for (const file of await findSidecars()) {
    try {
      const text = await readSidecar(file);
      if (text) for (const p of parseReview(text).passages) for (const t of p.tags) tags.add(t);
    } catch {
      // Reported when its transcript is opened.
    }
  }
  return tags;
}

export async function pickTag(store: ReviewStore, document: vscode.TextDocument): Promise<string | undefined> {
  const own = tagCounts(store.peek(document)?.anchors.map(a => a.passage) ?? []);
  const pick = vscode.window.createQuickPick<TagItem>();
  pick.title = 'Tag Selection';
  pick.placeholder = 'Pick a tag or type a new one';
  const fixed: TagItem[] = [...own].map(([tag, n]) => ({ tag, label: tag, description: `${n} in this transcript` }));
  pick.items = fixed;
  let hidden = false;
  void workspaceTags(store).then(all => {
    if (hidden) return;
    const rest = [...all].filter(t => !own.has(t)).sort().map(tag => ({ tag, label: tag, description: 'workspace' }));
    fixed.push(...rest);
    update();
  });
  const update = () => {
    const typed = pick.value.trim();
    const exists = fixed.some(i => i.tag === typed);
    pick.items = typed && !exists ? [{ tag: typed, label: typed, description: 'new tag' }, ...fixed] : fixed;
  };
  return new Promise(resolve => {
    let picked: string | undefined;
    const subscriptions = [
      pick.onDidChangeValue(update),
      pick.onDidAccept(() => {
        picked = (pick.selectedItems[0] ?? pick.activeItems[0])?.tag ?? (pick.value.trim() || undefined);
        pick.hide();
      }),
      pick.onDidHide(() => {
        hidden = true;
        for (const s of subscriptions) s.dispose();
        pick.dispose();
        resolve(picked);
      }),
    ];
    pick.show();
  });
}
