/**
 * The navigation commands in a real editor, on navigation.transcript (the example's style):
 *   8 opening (Lena Varga, from the title), 14 Q1, 16-19 Lena Varga, 21 Q2 (to both ministers),
 *   23 Tomas Brandt, 25 Lena Varga (speaking after ...), 27 `* * *`, 29 Q3, 31 Tomas Brandt,
 *   33 Lena Varga, 35 the mailing-list line.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';

const FIXTURE = 'navigation.transcript';

interface Outcome {
  moved: boolean;
  line: number;
  character: number;
  message?: string;
}

async function openFixture(name = FIXTURE): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration workspace should be open');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, name));
  const editor = await vscode.window.showTextDocument(document);
  assert.strictEqual(document.languageId, 'transcript');
  return editor;
}

function putCursor(editor: vscode.TextEditor, line: number, character = 0): void {
  const p = new vscode.Position(line, character);
  editor.selection = new vscode.Selection(p, p);
}

function cursorOf(editor: vscode.TextEditor): [number, number] {
  const { active, anchor } = editor.selection;
  assert.ok(active.isEqual(anchor), 'navigation leaves an empty selection');
  return [active.line, active.character];
}

async function run(command: string): Promise<Outcome> {
  const outcome = await vscode.commands.executeCommand<Outcome | undefined>(`transcriptReview.${command}`);
  assert.ok(outcome, `${command} should report what it did`);
  return outcome;
}

/** Runs `command` from `fromLine` until it stops; returns the lines visited and the final outcome. */
async function walk(editor: vscode.TextEditor, command: string, fromLine: number): Promise<{ lines: number[]; last: Outcome }> {
  putCursor(editor, fromLine);
  const lines: number[] = [];
  for (let step = 0; step < 50; step++) {
    const outcome = await run(command);
    if (!outcome.moved) return { lines, last: outcome };
    const [line, character] = cursorOf(editor);
    assert.deepStrictEqual([outcome.line, outcome.character], [line, character], 'the outcome is where the cursor is');
    lines.push(line);
  }
  throw new Error(`${command} never stopped`);
}

describe('navigation commands', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openFixture();
  });

  it('Next Turn visits every turn label in order, then says it is the last and stays', async () => {
    const { lines, last } = await walk(editor, 'nextTurn', 0);
    assert.deepStrictEqual(lines, [8, 14, 16, 21, 23, 25, 29, 31, 33]);
    assert.match(last.message ?? '', /last turn/);
    assert.deepStrictEqual(cursorOf(editor), [33, 0]);
  });

  it('Previous Turn goes back to the start of the current turn, then up to the first', async () => {
    const { lines, last } = await walk(editor, 'previousTurn', 35);
    assert.deepStrictEqual(lines, [33, 31, 29, 25, 23, 21, 16, 14, 8]);
    assert.match(last.message ?? '', /first turn/);
    assert.deepStrictEqual(cursorOf(editor), [8, 0]);

    putCursor(editor, 17, 12);
    await run('previousTurn');
    assert.deepStrictEqual(cursorOf(editor), [16, 0], 'from inside a turn, its own label first');
  });

  it('Next and Previous Question go from question label to question label', async () => {
    const forward = await walk(editor, 'nextQuestion', 0);
    assert.deepStrictEqual(forward.lines, [14, 21, 29]);
    assert.match(forward.last.message ?? '', /last question/);
    assert.deepStrictEqual(cursorOf(editor), [29, 0]);

    const back = await walk(editor, 'previousQuestion', 33);
    assert.deepStrictEqual(back.lines, [29, 21, 14]);
    assert.match(back.last.message ?? '', /first question/);
    assert.deepStrictEqual(cursorOf(editor), [14, 0]);
  });

  it('Next and Previous Topic visit the questions and the separator section in document order', async () => {
    const forward = await walk(editor, 'nextTopic', 0);
    assert.deepStrictEqual(forward.lines, [14, 21, 27, 29]);
    assert.match(forward.last.message ?? '', /last topic/);

    const back = await walk(editor, 'previousTopic', 35);
    assert.deepStrictEqual(back.lines, [29, 27, 21, 14]);
    assert.match(back.last.message ?? '', /first topic/);
    assert.deepStrictEqual(cursorOf(editor), [14, 0]);
  });

  it('Next Turn by the Same Speaker follows the speaker at the cursor, qualifier or not', async () => {
    const varga = await walk(editor, 'nextTurnBySameSpeaker', 17);
    assert.deepStrictEqual(varga.lines, [25, 33]);
    assert.match(varga.last.message ?? '', /Lena Varga/);
    assert.deepStrictEqual(cursorOf(editor), [33, 0]);

    const brandt = await walk(editor, 'nextTurnBySameSpeaker', 23);
    assert.deepStrictEqual(brandt.lines, [31]);

    // The opening's speaker comes from the title.
    putCursor(editor, 10, 5);
    await run('nextTurnBySameSpeaker');
    assert.deepStrictEqual(cursorOf(editor), [16, 0]);
  });

  it('does not move, and says why, where there is no speaker', async () => {
    putCursor(editor, 4, 3);
    const outcome = await run('nextTurnBySameSpeaker');
    assert.strictEqual(outcome.moved, false);
    assert.ok(outcome.message);
    assert.deepStrictEqual(cursorOf(editor), [4, 3]);
  });

  it('reveals a target that is off screen', async () => {
    // Two speakers, then 400 lines of one long turn: the next turn starts far below the first screen.
    const body = Array.from({ length: 400 }, (_, i) => `Line ${i} of a long answer about the harbour.`).join('\n');
    const content = `Anna Berg: Welcome to the hearing.\n\nJonas Lind: Thank you.\n${body}\n\nAnna Berg: Next witness.\n`;
    const document = await vscode.workspace.openTextDocument({ language: 'transcript', content });
    const long = await vscode.window.showTextDocument(document);
    const target = new vscode.Position(404, 0);
    putCursor(long, 2);
    const shown = new Promise<void>(resolve => {
      const sub = vscode.window.onDidChangeTextEditorVisibleRanges(e => {
        if (e.textEditor === long && e.visibleRanges.some(r => r.contains(target))) {
          sub.dispose();
          resolve();
        }
      });
    });
    assert.ok(!long.visibleRanges.some(r => r.contains(target)), 'the target starts off screen');
    await run('nextTurn');
    assert.deepStrictEqual(cursorOf(long), [404, 0]);
    await shown;
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    editor = await openFixture();
  });

  describe('Go to Question...', () => {
    it('goes to the question picked in the quick pick', async () => {
      putCursor(editor, 2);
      // The pick opens on the first question after the cursor (Q1); two steps down is Q3.
      const done = vscode.commands.executeCommand<Outcome>('transcriptReview.goToQuestion');
      await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
      await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      const outcome = await done;
      assert.strictEqual(outcome.moved, true);
      assert.deepStrictEqual(cursorOf(editor), [29, 0]);
    });

    it('starts on the question at the cursor, and leaves the cursor when dismissed', async () => {
      putCursor(editor, 23, 4);
      const accepted = vscode.commands.executeCommand<Outcome>('transcriptReview.goToQuestion');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await accepted;
      assert.deepStrictEqual(cursorOf(editor), [21, 0], 'accepting at once goes to the question the cursor was in');

      putCursor(editor, 23, 4);
      const dismissed = vscode.commands.executeCommand<Outcome>('transcriptReview.goToQuestion');
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      const outcome = await dismissed;
      assert.strictEqual(outcome.moved, false);
      assert.deepStrictEqual(cursorOf(editor), [23, 4]);
    });

    it('goes straight to a question number given as argument, and says so when there is none', async () => {
      putCursor(editor, 0);
      await vscode.commands.executeCommand('transcriptReview.goToQuestion', 2);
      assert.deepStrictEqual(cursorOf(editor), [21, 0]);
      const outcome = await vscode.commands.executeCommand<Outcome>('transcriptReview.goToQuestion', 9);
      assert.strictEqual(outcome.moved, false);
      assert.match(outcome.message ?? '', /Q9/);
      assert.deepStrictEqual(cursorOf(editor), [21, 0]);
    });
  });

  describe('in a Markdown transcript with headings', () => {
    // navigation-sections.transcript.md: front matter 0-3, `## Opening statements` 5, turns 7 and 9,
    // `## Questions from residents` 11, Q1 13, answer 15, Q2 17, answer 19.
    let markdown: vscode.TextEditor;

    before(async () => {
      markdown = await openFixture('navigation-sections.transcript.md');
    });

    after(async () => {
      editor = await openFixture();
    });

    it('Next and Previous Topic visit headings and questions, landing on the heading and the label markup', async () => {
      const forward = await walk(markdown, 'nextTopic', 0);
      assert.deepStrictEqual(forward.lines, [5, 11, 13, 17]);
      assert.deepStrictEqual(cursorOf(markdown), [17, 0]);
      const back = await walk(markdown, 'previousTopic', 19);
      assert.deepStrictEqual(back.lines, [17, 13, 11, 5]);
    });

    it('Next Turn and Next Question skip the headings', async () => {
      assert.deepStrictEqual((await walk(markdown, 'nextTurn', 0)).lines, [7, 9, 13, 15, 17, 19]);
      assert.deepStrictEqual((await walk(markdown, 'nextQuestion', 6)).lines, [13, 17]);
      assert.deepStrictEqual((await walk(markdown, 'nextTurnBySameSpeaker', 7)).lines, [19]);
    });
  });

  it('are in the Command Palette only for transcripts, and bound to keys only in transcripts', async () => {
    const pkg = vscode.extensions.getExtension('transcript-review.transcript-review')?.packageJSON as {
      contributes: { commands: { command: string; category: string }[]; keybindings: { command: string; when: string }[];
        menus: { commandPalette: { command: string; when: string }[] } };
    };
    const ours = ['nextTopic', 'previousTopic', 'nextQuestion', 'previousQuestion', 'nextTurn', 'previousTurn',
      'nextTurnBySameSpeaker', 'goToQuestion'].map(c => `transcriptReview.${c}`);
    const registered = await vscode.commands.getCommands(true);
    for (const command of ours) {
      assert.ok(registered.includes(command), `${command} is registered`);
      assert.strictEqual(pkg.contributes.commands.find(c => c.command === command)?.category, 'Transcript');
      assert.match(pkg.contributes.menus.commandPalette.find(m => m.command === command)?.when ?? '', /editorLangId == transcript/);
      assert.match(pkg.contributes.keybindings.find(k => k.command === command)?.when ?? '', /editorLangId == transcript/);
    }
  });
});
