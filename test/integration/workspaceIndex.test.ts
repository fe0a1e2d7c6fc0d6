/**
 * The workspace of transcripts in the real extension host: the Transcripts view (rows, sort, exclusions, files
 * added, changed and deleted, an open editor's unsaved text), workspace symbols, and Find Turns by Speaker driven
 * through its quick picks, with the speaker names of a review sidecar. Fixtures: workspace/briefings/; files
 * written at run time go to workspace/index-scratch/ and are removed afterwards.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor, writeText } from './helpers/review';
import { setGlobalSetting } from './helpers/settings';
import { acceptItem, listed, pickTitled, rowsUnder, rowsUntil, workspaceFolder } from './helpers/workspaceIndex';

const briefings = vscode.Uri.joinPath(workspaceFolder(), 'briefings');
const scratch = vscode.Uri.joinPath(workspaceFolder(), 'index-scratch');
const APRIL = 'Joint news conference of the foreign ministers, Kestrel Bay';
const MAY = 'Harbour briefing on the first sailings';
const COUNCIL = 'Port council, special session on dredging the channel';
const ARCHIVE = 'Harbour board meeting, Kestrel Bay';

const BY_DATE = [
  `${ARCHIVE} — 2019-11-02 · plain text · 1 speaker · 1 question`,
  `${APRIL} — 2021-04-08 · plain text · 2 speakers · 3 questions`,
  `${MAY} — 2021-05-12 · Markdown · 1 speaker · 2 questions`,
  `${COUNCIL} — no date · plain text · 2 speakers · 0 questions`,
];

function symbols(query: string): Thenable<vscode.SymbolInformation[]> {
  return vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query);
}

describe('workspace: the Transcripts view, workspace symbols and Find Turns by Speaker', function () {
  this.timeout(60_000);

  before(async () => {
    await vscode.workspace.fs.delete(scratch, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(scratch, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await vscode.commands.executeCommand('transcriptReview.sortTranscriptsByDate');
  });

  it('lists each transcript with its date, format, speakers and questions, oldest first; a .txt that is no transcript is left out', async () => {
    assert.deepStrictEqual(await listed(briefings), BY_DATE);
    const rows = await rowsUnder(briefings);
    assert.ok(!rows.some(r => r.opens?.endsWith('shopping-notes.txt')), 'the shopping list is not a transcript');
    const april = rows[1];
    assert.strictEqual(april.opens, vscode.Uri.joinPath(briefings, 'kestrel-2021-04-08.transcript').toString(), 'a click opens the file');
    assert.deepStrictEqual(april.children.map(c => `${c.label} — ${c.description}`), ['Lena Varga — 3 turns · 43 words', 'Tomas Brandt — 2 turns · 30 words']);
  });

  it('sorts by title, and by date again, from the view title', async () => {
    await vscode.commands.executeCommand('transcriptReview.sortTranscriptsByTitle');
    assert.deepStrictEqual((await listed(briefings)).map(r => r.split(' — ')[0]), [ARCHIVE, MAY, APRIL, COUNCIL]);
    await vscode.commands.executeCommand('transcriptReview.sortTranscriptsByDate');
    assert.deepStrictEqual(await listed(briefings), BY_DATE);
  });

  it('leaves out what search.exclude and files.exclude exclude, and takes it back when they no longer do', async () => {
    await setGlobalSetting('search', 'exclude', { '**/briefings/archive': true });
    await rowsUntil(briefings, 'the archive to leave the view', rows => rows.length === 3);
    assert.deepStrictEqual(await listed(briefings), BY_DATE.slice(1));
    await setGlobalSetting('search', 'exclude', undefined);
    await setGlobalSetting('files', 'exclude', { '**/port-council.txt': true });
    await rowsUntil(briefings, 'the archive back and the council gone', rows => rows.length === 3 && rows[0] === BY_DATE[0]);
    assert.deepStrictEqual(await listed(briefings), BY_DATE.slice(0, 3));
    await setGlobalSetting('files', 'exclude', undefined);
    await rowsUntil(briefings, 'every briefing back', rows => rows.length === 4);
  });

  it('offers speakers and exchanges as workspace symbols, named with date and place, ranked by the query', async () => {
    const passports = await symbols('vacc passp');
    const april = vscode.Uri.joinPath(briefings, 'kestrel-2021-04-08.transcript').toString();
    const first = passports[0];
    assert.strictEqual(first?.name, 'Q2 · vaccination passports — 2021-04-08 Joint news conference of the foreign ministers, K…');
    assert.strictEqual(first.kind, vscode.SymbolKind.Event);
    assert.strictEqual(first.location.uri.toString(), april);
    assert.strictEqual(first.location.range.start.line, 10);
    const fares = await symbols('fares');
    assert.strictEqual(fares[0]?.name, 'Q2 · fares rise — 2021-05-12 Kestrel Bay', 'the whole word ranks first');
    const ortiz = await symbols('ortiz');
    assert.deepStrictEqual(ortiz.slice(0, 1).map(s => [s.name, s.kind, s.location.range.start.line]), [['ORTIZ — Port council, special session on dredging the cha…', vscode.SymbolKind.Object, 4]]);
    assert.deepStrictEqual(await symbols('zzqx'), [], 'a query that matches nothing finds nothing');
  });

  it('Find Turns by Speaker…: picks a speaker, shows the talk share of each transcript, and opens the chosen turn', async () => {
    const done = vscode.commands.executeCommand<{ file: string; line: number } | undefined>('transcriptReview.findTurnsBySpeaker');
    const speakers = await pickTitled(/^Find Turns by Speaker$/);
    const ortiz = speakers.items.find(i => i.label === 'ORTIZ');
    assert.strictEqual(ortiz?.description, '3 turns · 42 words');
    await acceptItem('ORTIZ');
    const turns = await pickTitled(/^ORTIZ:/);
    assert.deepStrictEqual(turns.title, 'ORTIZ: 3 turns, 42 words in 1 transcript');
    assert.deepStrictEqual(turns.items.map(i => i.separator ? `-- ${i.label}` : `${i.label} (${i.description})`), [
      '-- Port council, special session on dredging the cha… — 3 turns · 42 words · 65% of its words',
      'Thank you. The channel has… (line 5 · 20 words)',
      'Six weeks, if the contract… (line 9 · 9 words)',
      'About four million, most of… (line 13 · 13 words)',
    ]);
    await acceptItem('Six weeks, if the contract…');
    const went = await done;
    const council = vscode.Uri.joinPath(briefings, 'port-council.txt');
    assert.deepStrictEqual(went, { file: council.toString(), line: 8 });
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.uri.toString(), council.toString());
    assert.strictEqual(editor.selection.active.line, 8);
  });

  it('counts a speaker under the name a review sidecar gives, merged labels together', async () => {
    const file = vscode.Uri.joinPath(scratch, 'ferry-hearing.transcript');
    await writeText(file, [
      'Ferry hearing, Kestrel Bay', '', '3 June 2021', '',
      'L. VARGA: The ferry has run every day since it reopened.', '',
      'Question: Were there delays?', '',
      'LENA VARGA: Two, both in fog.', '',
      'T. BRANDT: The customs posts were never the cause.', '',
    ].join('\n'));
    await writeText(vscode.Uri.joinPath(scratch, 'ferry-hearing.transcript.review.json'), JSON.stringify({
      format: 'transcript-review/review', version: 1, transcript: 'ferry-hearing.transcript', passages: [],
      speakers: { 'L. VARGA': { sameAs: 'LENA VARGA' }, 'LENA VARGA': { name: 'Lena Varga' }, 'T. BRANDT': { name: 'Tomas Brandt' } },
    }));
    const rows = await waitFor('the hearing with its reviewed speakers', async () => {
      const found = await rowsUnder(scratch);
      return found.length === 1 && found[0].children.length === 2 ? found : undefined;
    });
    assert.deepStrictEqual(rows[0].children.map(c => `${c.label} — ${c.description}`), ['Lena Varga — 2 turns · 13 words', 'Tomas Brandt — 1 turn · 7 words']);
    const done = vscode.commands.executeCommand('transcriptReview.findTurnsBySpeaker', 'Lena Varga');
    const turns = await pickTitled(/^Lena Varga:/);
    const hearing = turns.items.findIndex(i => i.separator && i.label.startsWith('2021-06-03 Ferry hearing, Kestrel Bay — 2 turns · 13 words · 57% of its words'));
    assert.ok(hearing >= 0, `the hearing's talk share is a group: ${JSON.stringify(turns.items.filter(i => i.separator))}`);
    assert.deepStrictEqual(turns.items.slice(hearing + 1, hearing + 3).map(i => `${i.label} (${i.description})`), [
      'The ferry has run every… (line 5 · 9 words · as L. VARGA)',
      'Two, both in fog. (line 9 · 4 words · Q1 delays · as LENA VARGA)',
    ]);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await done, undefined, 'dismissing the pick goes nowhere');
  });

  it('reads a large Markdown transcript (parsed off the host\'s thread where a worker is), and names a transcript it cannot read', async () => {
    const lines = ['---', 'title: Long hearing on the piers', 'date: 2021-07-01', '---', ''];
    for (let i = 0; lines.length < 4000; i++) {
      lines.push(i % 2 === 0 ? `**Question:** Will pier ${i} be rebuilt before the winter storms?` : `**Marta Lindqvist:** Pier ${i} will be rebuilt next year, as the harbour board planned in the spring.`, '');
    }
    const text = lines.join('\n');
    assert.ok(text.length > 100_000, 'large enough for the parse worker');
    await writeText(vscode.Uri.joinPath(scratch, 'long-hearing.transcript.md'), text);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(scratch, 'broken.transcript'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0x08, 0, 0]));
    const rows = await rowsUntil(scratch, 'the long hearing', found => found.some(r => r.startsWith('Long hearing on the piers')));
    assert.ok(rows.includes('Long hearing on the piers — 2021-07-01 · Markdown · 1 speaker · 999 questions'), JSON.stringify(rows));
    assert.ok(!rows.some(r => r.startsWith('broken')), 'a binary file is not listed');
    const view = await waitFor('the view to name the unreadable file', async () => {
      const shown = await vscode.commands.executeCommand<{ message: string | null }>('transcriptReview.internal.transcriptsTree');
      return shown.message?.includes('broken.transcript') ? shown : undefined;
    });
    assert.match(view.message ?? '', /^One file could not be read: index-scratch\/broken\.transcript \(this is a binary file, not a transcript \(it contains a NUL byte at offset 4\)\)\.$/);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(scratch, 'broken.transcript'), { useTrash: false });
    await waitFor('the message to go with the file', async () => {
      const shown = await vscode.commands.executeCommand<{ message: string | null }>('transcriptReview.internal.transcriptsTree');
      return shown.message === null ? true : undefined;
    });
  });

  it('keeps up with files added, changed on disk, edited in an editor without saving, and deleted', async () => {
    const file = vscode.Uri.joinPath(scratch, 'late-briefing.transcript');
    const text = (title: string) => `${title}\n\n9 June 2021\n\nLena Varga: The timetable is final.\n\nQuestion: Is it?\n\nLena Varga: It is.\n`;
    await writeText(file, text('Late briefing'));
    await rowsUntil(scratch, 'the new file', rows => rows.some(r => r.startsWith('Late briefing — 2021-06-09')));
    await writeText(file, text('Late briefing, revised'));
    await rowsUntil(scratch, 'the changed title', rows => rows.some(r => r.startsWith('Late briefing, revised —')));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    await editor.edit(b => b.replace(new vscode.Range(0, 0, 0, editor.document.lineAt(0).text.length), 'Late briefing, unsaved'));
    await rowsUntil(scratch, 'the unsaved title', rows => rows.some(r => r.startsWith('Late briefing, unsaved —')));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await rowsUntil(scratch, 'the title on disk again', rows => rows.some(r => r.startsWith('Late briefing, revised —')));
    await vscode.workspace.fs.delete(file, { useTrash: false });
    await rowsUntil(scratch, 'the deleted file to go', rows => !rows.some(r => r.startsWith('Late briefing')));
  });
});
