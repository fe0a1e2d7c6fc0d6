/**
 * Which VS Code symbol kind (and so which icon, colour and Outline filter) each outline node gets.
 *
 * - title → File: the transcript as a document, the page icon.
 * - section → Namespace: a named group of what follows, the usual container icon.
 * - round → Object: one questioner's run of exchanges in a hearing or argument (`JUSTICE ALITO`), a
 *   person's group rather than a heading's, so it does not look like a section.
 * - exchange → Event: a question and its answers are something that happened at the event; the
 *   lightning icon is coloured in every built-in theme, so Q1, Q2 ... stand out in a long list.
 * - question → Key: the turn that opens (keys) the exchange; distinct from the answers under it.
 * - opening, answer and turn → String: spoken text. Together with Key this lets a reader hide all
 *   speech with the Outline's own filters (`outline.showStrings`, `outline.showKeys`) and keep only
 *   the structure: title, sections and numbered exchanges.
 * - group → Array: neighbouring exchanges or turns of a huge document shown as one row (`Q11–Q20`).
 */
import * as vscode from 'vscode';
import type { OutlineKind } from '../../core/outline';

const SYMBOL_KINDS: Record<OutlineKind, vscode.SymbolKind> = {
  title: vscode.SymbolKind.File,
  section: vscode.SymbolKind.Namespace,
  round: vscode.SymbolKind.Object,
  exchange: vscode.SymbolKind.Event,
  question: vscode.SymbolKind.Key,
  opening: vscode.SymbolKind.String,
  answer: vscode.SymbolKind.String,
  turn: vscode.SymbolKind.String,
  group: vscode.SymbolKind.Array,
};

export function symbolKindOf(kind: OutlineKind): vscode.SymbolKind {
  return SYMBOL_KINDS[kind];
}
