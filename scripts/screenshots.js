#!/usr/bin/env node
// `npm run screenshots`: the README's pictures, taken from the real workbench so they stay current.
// Opens VS Code (code-server + headless chromium, scripts/screenshot-workbench.js) with this
// repository loaded as the extension on a copy of samples/, plays each shot below with the
// keyboard, as a user would, and saves images/NAME.png.
//
//   node scripts/screenshots.js [--only NAME[,NAME]] [--verbose]
// Needs dist/extension.js (`npm run build`) and code-server and chromium (scripts/setup-code-server.sh).
// On a failure it saves what the page showed to $TMPDIR/screenshots-failure.png.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { openWorkbench } = require('./screenshot-workbench');

const ROOT = path.resolve(__dirname, '..');
const IMAGES = path.join(ROOT, 'images');
const PNG_BUDGET = 300 * 1024;

// Elena Marsh's first answer, line 23 of samples/press-conference.txt, starts with this sentence.
const SENTENCE = 'The interconnector works in both directions, and that is the whole point.';

// The same answer, misquoted: a word changed, words dropped, an elision, punctuation lost.
const MISQUOTE = '“The interconnector works both ways … over a year we expect to export as much electricity as we import”';

async function selectSentence(wb) {
  await wb.goToLine(23, 14);
  await wb.page.keyboard.down('Shift');
  for (let i = 0; i < SENTENCE.length; i++) await wb.page.keyboard.press('ArrowRight');
  await wb.page.keyboard.up('Shift');
  await wb.selection(`(${SENTENCE.length} selected)`);
}

const SHOTS = [
  { name: 'press-conference-outline', what: 'a press conference: highlighting, Outline, breadcrumbs, status bar', async take(wb) {
    await wb.open('press-conference.txt', 'Transcript');
    await wb.showOutline('Q1 ·');
    await wb.goToLine(27, 1);
    await wb.statusItem('Q2 · Jonas Weber');
    await wb.breadcrumb('Jonas Weber');
  } },
  { name: 'go-to-symbol', what: 'Go to Symbol in Editor (Ctrl+Shift+O)', async take(wb) {
    await wb.open('press-conference.txt', 'Transcript');
    await wb.goToLine(33, 1);
    await wb.page.keyboard.press('Control+Shift+O');
    await wb.quickRow('Q3 ·');
  } },
  { name: 'go-to-question', what: 'Transcript: Go to Question... (Ctrl+Alt+Q)', async take(wb) {
    await wb.open('press-conference.txt', 'Transcript');
    await wb.goToLine(11, 1);
    await wb.page.keyboard.press('Control+Alt+Q');
    await wb.quickRow('Q5 ·');
  } },
  { name: 'copy-citation-as', what: 'Transcript: Copy Citation As... on a selected sentence', async take(wb) {
    await wb.open('press-conference.txt', 'Transcript');
    await selectSentence(wb);
    await wb.command('Transcript: Copy Citation As...');
    await wb.quickRow('APA 7');
  } },
  { name: 'citations-pasted', what: 'the same sentence copied in five styles, pasted into an untitled editor', async take(wb) {
    await wb.open('press-conference.txt', 'Transcript');
    await selectSentence(wb);
    await wb.page.keyboard.press('Control+N');
    await wb.page.locator('.tab.active', { hasText: 'Untitled-1' }).waitFor();
    // Each style's label, and a piece of text only its citation has.
    const styles = [['Plain text', '— Elena Marsh,'], ['Markdown blockquote', '> — Elena Marsh'],
      ['APA 7', 'Marsh, E. (2024'], ['Chicago 17 (notes)', 'Elena Marsh, “Prime'], ['MLA 9', 'Marsh, Elena.']];
    for (const [label, marker] of styles) {
      await wb.page.locator('.tab[data-resource-name="press-conference.txt"]').click();
      await wb.selection(`(${SENTENCE.length} selected)`);
      await wb.command('Transcript: Copy Citation As...');
      await (await wb.quickRow(label)).click();
      await wb.statusItem(`Citation copied (${label})`);
      await wb.page.locator('.tab', { hasText: 'Untitled-1' }).click();
      await wb.command('Paste');
      await wb.page.locator('.editor-group-container.active .view-lines', { hasText: marker }).waitFor();
      await wb.page.keyboard.press('Enter');
      await wb.page.keyboard.press('Enter');
    }
  }, async after(wb) {
    await wb.command('View: Revert and Close Editor');
    await wb.page.locator('.tab', { hasText: 'Untitled-1' }).waitFor({ state: 'detached' });
  } },
  fileShot({ name: 'podcast', what: 'a Markdown podcast transcript: sections and turns', file: 'podcast-episode.md',
    outline: 'Feature requests', line: 26, status: 'Feature requests · Priya Raman', breadcrumb: 'Priya Raman' }),
  fileShot({ name: 'captions', what: 'WebVTT captions: cues of one voice as one turn', file: 'interview-captions.vtt',
    outline: 'Ingrid Sol', line: 22, status: 'Ingrid Sol', breadcrumb: 'Ingrid Sol' }),
  { name: 'recording', what: 'Play Recording from Here (Ctrl+Alt+P): the player beside the captions, the cue highlighted', async take(wb) {
    await wb.open('interview-captions.vtt', 'Transcript');
    await wb.goToLine(24, 20);
    await wb.page.keyboard.press('Control+Alt+P');
    // The page lives in the webview's inner frame; its time reads the cue's start once the recording has loaded.
    const player = wb.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await player.locator('#time', { hasText: /^0:2\d \/ 0:59$/ }).waitFor();
  } },
  { name: 'review', what: 'tagged passages in their colours, the Review view, and the Markdown export opened beside', async take(wb) {
    await wb.open('press-conference.txt', 'Transcript');
    await wb.command('Transcript: Export Review...');
    await (await wb.quickRow('Markdown')).click();
    // The save dialog offers press-conference.txt.review.md beside the transcript; Enter takes it.
    await wb.quickInput.locator('input').waitFor({ state: 'visible' });
    await wb.page.keyboard.press('Enter');
    await wb.page.locator('.tab[data-resource-name="press-conference.txt.review.md"]').waitFor();
    await wb.page.locator('.editor-group-container .view-lines', { hasText: '## energy (2)' }).first().waitFor();
    // Back in the transcript, at the first tagged passage (Elena Marsh's answer to Q1), its colour drawn.
    await wb.page.locator('.tab[data-resource-name="press-conference.txt"]').click();
    await wb.goToLine(22, 1);
    await wb.page.locator('.editor-group-container.active .view-overlays [class*="ced-"]').first().waitFor();
    await wb.showView('Explorer: Focus on Transcript Review View', '.pane-body .monaco-list-row', 'key quote');
  } },
  { name: 'check-quote', what: 'Check Quote...: a misquote found, the true text selected, the differences beside it', async take(wb) {
    await wb.open('press-conference.txt', 'Transcript');
    await wb.command('Transcript: Check Quote...');
    await wb.quickInput.locator('input').waitFor({ state: 'visible' });
    await wb.page.keyboard.type(MISQUOTE);
    await wb.page.keyboard.press('Enter');
    await (await wb.quickRow('press-conference.txt:23')).click();
    // The comparison is a Markdown preview: its page lives in the webview's inner frame.
    const preview = wb.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await preview.locator('h2', { hasText: 'Differences' }).waitFor();
    // The true text selected in the transcript.
    await wb.page.locator('.editor-group-container .selected-text').first().waitFor();
  } },
  fileShot({ name: 'court', what: 'a court transcript: page and line numbers, speakers', file: 'court-hearing.transcript.txt',
    outline: 'JUSTICE HALE', line: 96, status: 'MS. LINDQVIST', breadcrumb: 'MS. LINDQVIST' }),
  { name: 'workspace-speaker', what: 'the Transcripts view, and Find Turns by Speaker… with its talk share', async take(wb) {
    await wb.open('press-conference.txt', 'Transcript');
    const folder = wb.page.locator('.pane-header[aria-label="Explorer Section: samples"]');
    if (await folder.getAttribute('aria-expanded') === 'true') await folder.click();
    await wb.command('Explorer: Focus on Transcripts View');
    await wb.page.locator('.monaco-list-row', { hasText: 'Open Source Maintainers' }).first().waitFor();
    await wb.command('Transcript: Find Turns by Speaker…');
    await wb.quickRow('Elena Marsh');
    await wb.page.keyboard.type('Elena Marsh');
    await wb.page.keyboard.press('Enter');
    await wb.quickRow('of its words');
  } },
];

/** A sample opened as Transcript, with its Outline showing `outline`, the cursor on `line`, and the status item
 * and breadcrumbs showing where it is. */
function fileShot({ name, what, file, outline, line, status, breadcrumb }) {
  return { name, what, async take(wb) {
    await wb.open(file, 'Transcript');
    await wb.showOutline(outline);
    await wb.goToLine(line, 1);
    await wb.statusItem(status);
    await wb.breadcrumb(breadcrumb);
  } };
}

async function main() {
  const argv = process.argv.slice(2);
  const verbose = argv.includes('--verbose') || !!process.env.VERBOSE;
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? (argv[onlyAt + 1] || '').split(',') : null;
  const unknown = (only || []).filter(name => !SHOTS.some(shot => shot.name === name));
  if (unknown.length) throw new Error(`no shot named ${unknown.join(', ')}; shots: ${SHOTS.map(s => s.name).join(', ')}`);
  fs.mkdirSync(IMAGES, { recursive: true });
  // A copy, so nothing the workbench does can change samples/.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'transcript-shots-'));
  const folder = path.join(scratch, 'samples');
  fs.cpSync(path.join(ROOT, 'samples'), folder, { recursive: true });
  let session;
  try {
    session = await openWorkbench({ folder, verbose });
    const wb = session.workbench;
    for (const shot of SHOTS) {
      if (only && !only.includes(shot.name)) continue;
      console.log(`[screenshots] ${shot.name}: ${shot.what}`);
      await wb.closeAllEditors();
      await shot.take(wb);
      const file = path.join(IMAGES, `${shot.name}.png`);
      await wb.screenshot(file);
      const size = fs.statSync(file).size;
      console.log(`[screenshots]   ${path.relative(ROOT, file)} (${Math.round(size / 1024)} KB)`);
      if (size > PNG_BUDGET) console.warn(`[screenshots]   warning: over ${PNG_BUDGET / 1024} KB`);
      if (shot.after) await shot.after(wb);
    }
  } catch (err) {
    const failure = path.join(os.tmpdir(), 'screenshots-failure.png');
    if (session) {
      await session.workbench.screenshot(failure).then(() => console.error(`[screenshots] the page at the failure: ${failure}`), () => {});
    }
    throw err;
  } finally {
    if (session) await session.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch(err => {
  console.error(`[screenshots] failed: ${err && err.stack || err}`);
  process.exit(1);
});
