/**
 * The recording beside the transcript, in the real workbench: the player panel (a webview playing a generated WAV
 * in chromium), Play from Here seeking to the cue at the cursor (read back from the page's media element), the
 * highlight following the player's time, linking a recording to a transcript timed per turn, and a missing or
 * damaged recording reported.
 * Fixtures in media/: harbour-talk.vtt with harbour-talk.wav beside it (tones written by
 * scripts/make-recordings.js; cues at 0, 2.4, 5.1, 8.7 and 12.3 s), damaged.vtt with a damaged.wav that is text,
 * ferry-call.transcript.md naming a recording that does not exist, harbour-turns.transcript timed per turn.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { setCitationSetting } from './helpers/citation';

interface MediaState {
  currentTime: number | null;
  paused: boolean;
  duration: number | null;
  error: string | null;
  follow: boolean;
  media: string;
  highlight: { first: number; last: number; line: number; interpolated: boolean } | null;
}

interface PlayResult {
  seconds?: number;
  interpolated?: boolean;
  error?: string;
}

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration workspace should be open');
  return vscode.Uri.joinPath(folder.uri, 'media', name);
}

async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixture(name));
  return vscode.window.showTextDocument(document, vscode.ViewColumn.One);
}

function lineOf(editor: vscode.TextEditor, text: string): number {
  for (let i = 0; i < editor.document.lineCount; i++) if (editor.document.lineAt(i).text.includes(text)) return i;
  throw new Error(`no line holds "${text}"`);
}

async function playFrom(editor: vscode.TextEditor, line: number, character = 0): Promise<PlayResult> {
  editor.selection = new vscode.Selection(line, character, line, character);
  const result = await vscode.commands.executeCommand<PlayResult | undefined>('transcriptReview.playFromHere');
  assert.ok(result, 'Play from Here should report what it did');
  return result;
}

function mediaState(): Thenable<MediaState | null> {
  return vscode.commands.executeCommand<MediaState | null>('transcriptReview.internal.mediaState');
}

/** Asks the player until `accept` holds, or fails at the deadline with the last state seen. */
async function waitForState(what: string, accept: (state: MediaState) => boolean, deadlineMs = 15_000): Promise<MediaState> {
  const deadline = Date.now() + deadlineMs;
  let last: MediaState | null = null;
  while (Date.now() < deadline) {
    last = await mediaState();
    if (last && accept(last)) return last;
    await new Promise(resolve => setTimeout(resolve, 50));
  }
  throw new Error(`the player never reached: ${what}; last state ${JSON.stringify(last)}`);
}

describe('recording player', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('Play from Here finds the recording beside the captions and seeks to the cue at the cursor', async () => {
    const editor = await open('harbour-talk.vtt');
    const line = lineOf(editor, 'two weeks later');
    const result = await playFrom(editor, line, 5);
    assert.deepStrictEqual(result, { seconds: 8.7, interpolated: false });
    const state = await waitForState('the cue time, read from the page', s => s.currentTime !== null && s.currentTime >= 8.7 && s.duration !== null);
    assert.strictEqual(state.error, null);
    assert.strictEqual(state.media, 'harbour-talk.wav');
    assert.ok(state.currentTime !== null && state.currentTime < 12.3, `the player is in the cue (at ${state.currentTime} s)`);
    assert.ok(state.duration !== null && Math.abs(state.duration - 15.5) < 0.1, `the whole recording is loaded (${state.duration} s)`);
  });

  it('highlights the cue the player is at, and follows the player to the next one', async () => {
    const editor = await open('harbour-talk.vtt');
    const jon = lineOf(editor, '00:00:08.700 -->');
    await playFrom(editor, jon + 1);
    const atJon = await waitForState('the highlight on the cue at 8.7 s', s => s.highlight?.first === jon);
    assert.deepStrictEqual(atJon.highlight, { first: jon, last: jon + 1, line: jon, interpolated: false });
    // The player moves on (a seek here; headless chromium may not play aloud): the highlight goes with it.
    const nadia = lineOf(editor, '00:00:12.300 -->');
    await playFrom(editor, nadia);
    const atNadia = await waitForState('the highlight on the cue at 12.3 s', s => s.highlight?.first === nadia);
    assert.ok(atNadia.currentTime !== null && atNadia.currentTime >= 12.3);
    const first = lineOf(editor, 'Welcome back');
    await playFrom(editor, first);
    await waitForState('the highlight back on the first cue', s => s.highlight?.first === first - 1);
  });

  it('plays a linked recording for a transcript timed per turn, interpolating within the turn', async () => {
    const editor = await open('harbour-turns.transcript');
    const linked = await vscode.commands.executeCommand<string | null>('transcriptReview.linkRecording', fixture('harbour-talk.wav'), editor.document.uri);
    assert.strictEqual(linked, fixture('harbour-talk.wav').toString());
    try {
      const result = await playFrom(editor, lineOf(editor, 'planned, because'));
      assert.strictEqual(result.interpolated, true, 'a line inside a turn gets an estimated time');
      assert.ok(result.seconds !== undefined && result.seconds > 10 && result.seconds < 15.5, `between Jon's start and the end (${result.seconds} s)`);
      const seconds = result.seconds;
      const jon = lineOf(editor, 'JON:');
      const state = await waitForState('the interpolated time, Jon\'s turn highlighted', s =>
        s.media === 'harbour-talk.wav' && s.currentTime !== null && s.currentTime >= seconds - 0.01 && s.highlight?.first === jon);
      assert.strictEqual(state.highlight?.last, lineOf(editor, 'planned, because'));
    } finally {
      await vscode.commands.executeCommand('transcriptReview.linkRecording', null, editor.document.uri);
    }
  });

  it('says so when the recording the front matter names does not exist', async () => {
    const editor = await open('ferry-call.transcript.md');
    const result = await playFrom(editor, lineOf(editor, 'JON:'));
    assert.match(result.error ?? '', /^The recording ferry-call-missing\.wav was not found \(front matter\)\.$/);
    const state = await waitForState('the message in the panel', s => s.media === 'ferry-call-missing.wav');
    assert.match(state.error ?? '', /ferry-call-missing\.wav was not found/);
    assert.strictEqual(state.currentTime, null, 'no player is shown for a missing file');
  });

  it('says so when the recording cannot be played', async () => {
    const editor = await open('damaged.vtt');
    const result = await playFrom(editor, lineOf(editor, 'The player says so'));
    assert.deepStrictEqual(result, { seconds: 2, interpolated: false });
    const state = await waitForState('the media element\'s error', s => s.media === 'damaged.wav' && s.error !== null);
    assert.match(state.error ?? '', /cannot be played|could not be decoded/);
  });

  it('cites the recording at the quote\'s time with {mediaUrl}: a linked address, or the file beside the captions', async () => {
    await setCitationSetting('template', '"{quote}" {time} <{mediaUrl}>');
    const turns = await open('harbour-turns.transcript');
    try {
      await vscode.commands.executeCommand('transcriptReview.linkRecording', 'https://media.example.org/harbour.mp3', turns.document.uri);
      const line = lineOf(turns, 'JON:');
      const start = turns.document.lineAt(line).text.indexOf('Thanks, Nadia');
      turns.selection = new vscode.Selection(line, start, line, start + 'Thanks, Nadia'.length);
      assert.strictEqual(await vscode.commands.executeCommand('transcriptReview.copyCitationAs', 'custom'),
        '"Thanks, Nadia" 00:00:10 <https://media.example.org/harbour.mp3#t=10>');
      const captions = await open('harbour-talk.vtt');
      const cue = lineOf(captions, 'two weeks later');
      const at = captions.document.lineAt(cue).text.indexOf('two weeks later');
      captions.selection = new vscode.Selection(cue, at, cue, at + 'two weeks later'.length);
      assert.strictEqual(await vscode.commands.executeCommand('transcriptReview.copyCitationAs', 'custom'),
        `"two weeks later" 00:00:08 <${fixture('harbour-talk.wav').toString()}#t=8>`);
    } finally {
      await vscode.commands.executeCommand('transcriptReview.linkRecording', null, turns.document.uri);
      await setCitationSetting('template', undefined);
    }
  });

  it('with Follow on, scrolls the editor to the cue being played', async () => {
    const editor = await open('long-talk.vtt');
    await vscode.commands.executeCommand('transcriptReview.linkRecording', fixture('harbour-talk.wav'), editor.document.uri);
    try {
      editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
      await playFrom(editor, 0);
      assert.strictEqual(await vscode.commands.executeCommand('transcriptReview.toggleFollowPlayback'), true);
      // Playing from a cue far down (as a CodeLens would: the cursor stays at the top) moves the view there.
      const far = lineOf(editor, 'Cue number 75 of');
      assert.ok(!editor.visibleRanges.some(r => r.contains(new vscode.Position(far, 0))), 'the far cue starts out of view');
      await vscode.commands.executeCommand('transcriptReview.playFromHere', editor.document.uri, far);
      // Playback may go on past it (cues here last 0.18 s): any cue from there on will do.
      await waitForState('the highlight on the far cue or after it', s => s.highlight !== null && s.highlight.last >= far && s.follow);
      const deadline = Date.now() + 10_000;
      while (!editor.visibleRanges.some(r => r.contains(new vscode.Position(far, 0)))) {
        assert.ok(Date.now() < deadline, `the editor never scrolled to line ${far}: ${JSON.stringify(editor.visibleRanges)}`);
        await new Promise(resolve => setTimeout(resolve, 50));
      }
      assert.strictEqual(editor.selection.active.line, 0, 'following scrolls, it does not move the cursor');
    } finally {
      assert.strictEqual(await vscode.commands.executeCommand('transcriptReview.toggleFollowPlayback'), false);
      await vscode.commands.executeCommand('transcriptReview.linkRecording', null, editor.document.uri);
    }
  });

  it('puts a play CodeLens above each turn of a transcript with a recording, and none without one', async () => {
    const editor = await open('harbour-talk.vtt');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri) ?? [];
    const ours = lenses.filter(lens => lens.command?.command === 'transcriptReview.playFromHere');
    assert.deepStrictEqual(ours.map(lens => lens.command?.title), ['▶ 0:00', '▶ 0:05', '▶ 0:12']);
    const jon = ours[1];
    assert.ok(jon.command);
    const result = await vscode.commands.executeCommand<PlayResult>(jon.command.command, ...(jon.command.arguments ?? []));
    assert.deepStrictEqual(result, { seconds: 5.1, interpolated: false });
    await waitForState('the player at Jon\'s turn', s => s.media === 'harbour-talk.wav' && s.currentTime !== null && s.currentTime >= 5.1);

    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const without = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'captions', 'harbour-talk.vtt'));
    const none = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', without.uri) ?? [];
    assert.deepStrictEqual(none.filter(lens => lens.command?.command === 'transcriptReview.playFromHere'), [], 'no recording, no lens');
  });
});
