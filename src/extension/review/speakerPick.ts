/**
 * The quick pick of the speaker commands: the transcript's speakers as written, each with the name and
 * role the reviewer gave it.
 */
import * as vscode from 'vscode';
import { resolveSpeaker, type SpeakerEntry } from '../../core/review';
import type { Transcript } from '../../core/model';

export async function pickSpeaker(
  transcript: Transcript,
  speakers: Readonly<Record<string, SpeakerEntry>>,
  title: string,
  exclude?: string,
): Promise<string | undefined> {
  const items = transcript.speakers.filter(s => s.name !== exclude).map(s => {
    const resolved = resolveSpeaker(speakers, s.name);
    const shown = [resolved.name !== s.name ? `→ ${resolved.name}` : '', resolved.role ?? '', `${s.turns} turns`].filter(Boolean).join(' · ');
    return { label: s.name, description: shown };
  });
  return (await vscode.window.showQuickPick(items, { title, placeHolder: 'Speaker as written in the transcript' }))?.label;
}
