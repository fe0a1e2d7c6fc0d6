/**
 * Transcript: Link Recording…: chooses the recording of the transcript in the editor (a file or an http(s)
 * address), or removes the link. The link lives in workspace state, never in the transcript.
 * A caller may pass the recording (a Uri or an address) and the transcript to skip the questions.
 */
import * as vscode from 'vscode';
import { isWebUrl, MEDIA_EXTENSIONS } from '../../core/media';
import type { PlaybackSession } from '../media/playback';
import type { RecordingLinks } from '../media/recording';

export const LINK_RECORDING_COMMAND = 'transcriptReview.linkRecording';

export function registerLinkRecordingCommand(links: RecordingLinks, session: PlaybackSession): vscode.Disposable {
  return vscode.commands.registerCommand(LINK_RECORDING_COMMAND, async (media?: vscode.Uri | string | null, transcript?: vscode.Uri) => {
    const uri = transcript instanceof vscode.Uri ? transcript : vscode.window.activeTextEditor?.document.uri;
    if (!uri) return undefined;
    const chosen = media === null ? null : media instanceof vscode.Uri ? media : typeof media === 'string' ? parseAddress(media) : await ask(uri, links);
    if (chosen === undefined) return undefined;
    await links.set(uri, chosen ?? undefined);
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (document) await session.reload(document);
    return chosen?.toString() ?? null;
  });
}

function parseAddress(value: string): vscode.Uri | undefined {
  if (isWebUrl(value)) return vscode.Uri.parse(value.trim());
  void vscode.window.showErrorMessage(`Not a recording address: ${value}. Give an http(s) address or choose a file.`);
  return undefined;
}

/** Asks for a file or an address; undefined when cancelled, null to remove the link. */
async function ask(transcript: vscode.Uri, links: RecordingLinks): Promise<vscode.Uri | null | undefined> {
  const items: (vscode.QuickPickItem & { id: 'file' | 'address' | 'remove' })[] = [
    { id: 'file', label: 'Choose a File…', description: MEDIA_EXTENSIONS.join(' ') },
    { id: 'address', label: 'Enter an Address…', description: 'https://…' },
  ];
  const current = links.get(transcript);
  if (current) items.push({ id: 'remove', label: 'Remove the Link', description: current });
  const pick = await vscode.window.showQuickPick(items, { title: 'Link Recording', placeHolder: 'Where is the recording of this transcript?' });
  if (!pick) return undefined;
  if (pick.id === 'remove') return null;
  if (pick.id === 'address') {
    const value = await vscode.window.showInputBox({
      title: 'Link Recording',
      prompt: 'Address of the recording (http or https)',
      validateInput: text => (isWebUrl(text) ? null : 'An http(s) address, e.g. https://example.org/episode.mp3'),
    });
    return value ? vscode.Uri.parse(value.trim()) : undefined;
  }
  const files = await vscode.window.showOpenDialog({
    title: 'Link Recording',
    defaultUri: vscode.Uri.joinPath(transcript, '..'),
    canSelectMany: false,
    filters: { 'Audio and video': MEDIA_EXTENSIONS.map(ext => ext.slice(1)), 'All files': ['*'] },
  });
  return files?.[0];
}
