/**
 * The reviewer's names for speakers (renamed and merged labels, kept in the review sidecar), for the features
 * that name a speaker to the user: the Outline, the status bar, Go to Question. The transcript keeps its labels.
 */
import * as vscode from 'vscode';

/** Label as written → the name to show; a label not in it is shown as written. */
export type SpeakerNameMap = ReadonlyMap<string, string>;

/** What the review store offers (kept as an interface so that those features do not depend on the store). */
export interface SpeakerNamesSource {
  /** The same map object for as long as the names stay the same; undefined when there are none. */
  speakerNames(document: vscode.TextDocument): SpeakerNameMap | undefined;
  /** Fires with a transcript's URI whenever its review changed. */
  readonly onDidChange: vscode.Event<vscode.Uri>;
}

/** Calls `listener` with a transcript's URI when the names of its speakers change (not on every review change). */
export function onDidChangeSpeakerNames(source: SpeakerNamesSource, listener: (uri: vscode.Uri) => void): vscode.Disposable {
  const last = new Map<string, SpeakerNameMap | undefined>();
  return source.onDidChange(uri => {
    const key = uri.toString();
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === key);
    const names = document ? source.speakerNames(document) : undefined;
    const before = last.get(key);
    if (names === undefined) last.delete(key);
    else last.set(key, names);
    if (!sameNames(before, names)) listener(uri);
  });
}

function sameNames(a: SpeakerNameMap | undefined, b: SpeakerNameMap | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const [label, name] of a) if (b.get(label) !== name) return false;
  return true;
}
