/**
 * The two quick picks of Find Turns by Speaker: the workspace's speakers with their counts, then one speaker's
 * turns grouped by transcript (in date order), each group headed by the speaker's talk share of that transcript.
 * The pick on screen is kept in an `OpenPick` owned by the registration, so the integration tests can read it.
 */
import * as vscode from 'vscode';
import type { SpeakerTotal, SpeakerTurn, SpeakerTurns, TalkShare } from '../../core/workspace/summaryIndex';

/** What the tests read of the pick on screen. */
export interface PickSnapshot {
  title: string;
  items: { label: string; description: string; separator: boolean }[];
  active: string | null;
}

export class OpenPick {
  current: vscode.QuickPick<vscode.QuickPickItem> | undefined;

  snapshot(): PickSnapshot | undefined {
    const pick = this.current;
    if (!pick) return undefined;
    return {
      title: pick.title ?? '',
      items: pick.items.map(i => ({ label: i.label, description: i.description ?? '', separator: i.kind === vscode.QuickPickItemKind.Separator })),
      active: pick.activeItems[0]?.label ?? null,
    };
  }
}

interface SpeakerItem extends vscode.QuickPickItem {
  speaker: SpeakerTotal;
}

interface TurnItem extends vscode.QuickPickItem {
  turn?: SpeakerTurn;
}

export function pickSpeaker(speakers: readonly SpeakerTotal[], open: OpenPick): Promise<SpeakerTotal | undefined> {
  const items: SpeakerItem[] = speakers.map(speaker => ({
    label: speaker.name,
    description: `${count(speaker.turns, 'turn')} · ${count(speaker.words, 'word')}`,
    detail: `in ${count(speaker.transcripts, 'transcript')}`,
    speaker,
  }));
  return show(items, open, {
    title: 'Find Turns by Speaker',
    placeholder: speakers.length > 0 ? 'Pick a speaker (reviewed names, merged labels together)' : 'No speakers in the workspace\'s transcripts',
  }).then(item => item?.speaker);
}

export function pickTurn(turns: SpeakerTurns, open: OpenPick): Promise<SpeakerTurn | undefined> {
  const items: TurnItem[] = [];
  const byFile = new Map<string, SpeakerTurn[]>();
  for (const turn of turns.turns) byFile.set(turn.file, [...(byFile.get(turn.file) ?? []), turn]);
  for (const share of turns.shares) {
    items.push({ label: shareLabel(share), kind: vscode.QuickPickItemKind.Separator });
    for (const turn of byFile.get(share.file) ?? []) {
      const as = turn.label !== turns.name ? ` · as ${turn.label}` : '';
      const exchange = turn.exchange ? ` · Q${turn.exchange.number} ${turn.exchange.topic}` : '';
      items.push({
        label: turn.firstWords || '(no words)',
        description: `line ${turn.startLine + 1} · ${count(turn.words, 'word')}${exchange}${as}`,
        turn,
      });
    }
  }
  const words = turns.shares.reduce((sum, s) => sum + s.words, 0);
  return show(items, open, {
    title: `${turns.name}: ${count(turns.turns.length, 'turn')}, ${count(words, 'word')} in ${count(turns.shares.length, 'transcript')}`,
    placeholder: 'Pick a turn to open it (type to filter by its words, line or question)',
  }).then(item => item?.turn);
}

/** `2021-04-08 Nur-Sultan — 12 turns · 1,234 words · 34% of its words`: short enough for the numbers to show. */
export function shareLabel(share: TalkShare): string {
  return `${share.where} — ${count(share.turns, 'turn')} · ${count(share.words, 'word')} · ${percent(share.share)} of its words`;
}

function show<T extends vscode.QuickPickItem>(items: T[], open: OpenPick, options: { title: string; placeholder: string }): Promise<T | undefined> {
  const pick = vscode.window.createQuickPick<T>();
  pick.title = options.title;
  pick.placeholder = options.placeholder;
  pick.matchOnDescription = true;
  pick.items = items;
  return new Promise(resolve => {
    let accepted: T | undefined;
    const subscriptions = [
      pick.onDidAccept(() => {
        accepted = pick.selectedItems[0] ?? pick.activeItems[0];
        pick.hide();
      }),
      pick.onDidHide(() => {
        for (const s of subscriptions) s.dispose();
        if (open.current === (pick as unknown)) open.current = undefined;
        pick.dispose();
        resolve(accepted);
      }),
    ];
    open.current = pick as unknown as vscode.QuickPick<vscode.QuickPickItem>;
    pick.show();
  });
}

function percent(share: number): string {
  if (share > 0 && share < 0.01) return '<1%';
  return `${Math.round(share * 100)}%`;
}

function count(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
