// A real VS Code workbench to take pictures of, for scripts/screenshots.js: the pinned code-server
// (tools/code-server) on a free 127.0.0.1 port with this repository loaded as the extension under
// development, opened in Debian's chromium (headless, playwright-core) at 1400x900 in Default Dark
// Modern, and a Workbench class that moves through it with the keyboard as a user would. Every move
// waits on something the workbench shows (a quick pick row, a tab, a status bar item), not on time.
//   const session = await openWorkbench({ folder, verbose }); ...session.workbench...; await session.close();
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ROOT, CODE_SERVER, freePort, startCodeServer, waitForHealthz, stopProcessGroup, workbenchUrl } = require('./lib/codeServer');
const { CHROMIUM, launchChromium } = require('./lib/chromium');

const VIEWPORT = { width: 1400, height: 900 };
const WAIT_MS = 30_000;
// The user settings of the screenshot profile: a quiet workbench, the rest VS Code's defaults.
const SETTINGS = {
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
};

/** The workbench page, with the few moves the screenshots need. */
class Workbench {
  constructor(page) {
    this.page = page;
    this.quickInput = page.locator('.quick-input-widget');
  }

  /**
   * Applies Default Dark Modern through the theme picker: code-server's web workbench starts in
   * the fallback light theme whatever the setting says, and its picker lists the built-in themes
   * only once the extensions are registered, so any transcript is opened first to wait for that.
   */
  async useDarkTheme() {
    const anyFile = this.page.locator('.explorer-folders-view .monaco-list-row').first();
    await this.open((await anyFile.innerText()).trim(), 'Transcript');
    await this.command('Preferences: Color Theme');
    await (await this.quickRow('Default Dark Modern')).click();
    await this.page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: WAIT_MS });
  }

  /** Waits for the quick input to list a row whose text contains `text`; returns that row. */
  async quickRow(text) {
    const row = this.quickInput.locator('.monaco-list-row', { hasText: text }).first();
    await row.waitFor({ state: 'visible', timeout: WAIT_MS });
    return row;
  }

  async closeQuickInput() {
    if (await this.quickInput.isVisible()) {
      await this.page.keyboard.press('Escape');
      await this.quickInput.waitFor({ state: 'hidden', timeout: WAIT_MS });
    }
  }

  /** Runs a command by its title in the Command Palette, as a user would. */
  async command(title) {
    await this.closeQuickInput();
    await this.page.keyboard.press('F1');
    await this.quickInput.locator('input').waitFor({ state: 'visible', timeout: WAIT_MS });
    await this.page.keyboard.type(title);
    const row = await this.quickRow(title);
    await row.click();
  }

  /** Opens a file of the workspace through Quick Open; waits for its tab and its language. */
  async open(fileName, language) {
    await this.closeQuickInput();
    await this.page.keyboard.press('Control+P');
    await this.quickInput.locator('input').waitFor({ state: 'visible', timeout: WAIT_MS });
    await this.page.keyboard.type(fileName);
    await (await this.quickRow(fileName)).click();
    await this.page.locator(`.tab.active[data-resource-name="${fileName}"]`).waitFor({ timeout: WAIT_MS });
    await this.page.locator('.statusbar-item[id="status.editor.mode"]', { hasText: language }).waitFor({ timeout: WAIT_MS });
    await this.waitForHighlighting();
  }

  /** Waits until the visible lines carry more than one token colour (the grammar has run). */
  async waitForHighlighting() {
    await this.page.waitForFunction(() => {
      const classes = new Set();
      for (const span of document.querySelectorAll('.editor-group-container.active .view-lines span[class^="mtk"]')) {
        classes.add(span.className);
      }
      return classes.size > 2;
    }, null, { timeout: WAIT_MS });
  }

  /** Moves the cursor to a 1-based line and column with Go to Line. */
  async goToLine(line, column = 1) {
    await this.closeQuickInput();
    await this.page.keyboard.press('Control+G');
    await this.quickInput.locator('input').waitFor({ state: 'visible', timeout: WAIT_MS });
    await this.page.keyboard.type(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.quickInput.waitFor({ state: 'hidden', timeout: WAIT_MS });
    await this.selection(`Ln ${line}, Col ${column}`);
  }

  /** Waits for the status bar's cursor item to show `text` (`Ln 3, Col 1`, `(12 selected)`). */
  async selection(text) {
    await this.page.locator('.statusbar-item[id="status.editor.selection"]', { hasText: text }).waitFor({ timeout: WAIT_MS });
  }

  /** Shows the Outline view (the folder section collapsed, so it has room) with a row holding `text`. */
  async showOutline(text) {
    const folder = this.page.locator('.pane-header[aria-label="Explorer Section: samples"]');
    if (await folder.getAttribute('aria-expanded') === 'true') await folder.click();
    await this.command('Explorer: Focus on Outline View');
    await this.page.locator('.outline-pane .monaco-list-row', { hasText: text }).first().waitFor({ timeout: WAIT_MS });
  }

  /** Shows a view of the Explorer by its focus command (the folder section collapsed, so it has room), with a row holding `text`. */
  async showView(focusCommand, rowSelector, text) {
    const folder = this.page.locator('.pane-header[aria-label="Explorer Section: samples"]');
    if (await folder.getAttribute('aria-expanded') === 'true') await folder.click();
    await this.command(focusCommand);
    await this.page.locator(rowSelector, { hasText: text }).first().waitFor({ timeout: WAIT_MS });
  }

  async breadcrumb(text) {
    await this.page.locator('.editor-group-container.active .breadcrumbs-control .monaco-breadcrumb-item', { hasText: text })
      .waitFor({ timeout: WAIT_MS });
  }

  async statusItem(text) {
    await this.page.locator('.statusbar-item', { hasText: text }).first().waitFor({ timeout: WAIT_MS });
  }

  /** Closes every editor (an unsaved one would ask first: revert it before). */
  async closeAllEditors() {
    await this.command('View: Close All Editors');
    await this.page.locator('.editor-group-container .tab').first().waitFor({ state: 'detached', timeout: WAIT_MS });
  }

  /** Saves the page as a PNG, with the mouse parked where its hover shows nothing. */
  async screenshot(file) {
    await this.page.mouse.move(VIEWPORT.width - 200, VIEWPORT.height - 150);
    await this.page.screenshot({ path: file });
  }
}

/**
 * Starts code-server on `folder` with this repository as the extension under development, opens
 * the workbench in chromium and switches it to Default Dark Modern. Resolves { workbench, close }.
 */
async function openWorkbench({ folder, verbose = false }) {
  for (const [what, p] of [['code-server', CODE_SERVER], ['chromium', CHROMIUM], ['the bundle', path.join(ROOT, 'dist/extension.js')]]) {
    if (!fs.existsSync(p)) throw new Error(`${what} not found (${p}): run npm run build and bash scripts/setup-code-server.sh`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'transcript-workbench-'));
  const authority = `127.0.0.1:${await freePort()}`;
  const server = startCodeServer({ authority, folder, stateDir: tmp, settings: SETTINGS,
    onOutput: verbose ? chunk => process.stderr.write(`[code-server] ${chunk}`) : undefined });
  let browser;
  const close = async () => {
    if (browser) await browser.close().catch(() => {});
    await stopProcessGroup(server.child);
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  try {
    await waitForHealthz(server, 60_000).catch(err => {
      throw new Error(`${err.message}:\n${server.output().slice(-5000)}`);
    });
    browser = await launchChromium({ home: path.join(tmp, 'home') });
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, colorScheme: 'dark' });
    // Copy Citation writes the clipboard and the Paste command reads it.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://${authority}` });
    const page = await context.newPage();
    if (verbose) page.on('console', m => process.stderr.write(`[browser:${m.type()}] ${m.text()}\n`));
    await page.goto(workbenchUrl(authority, { folder }));
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    const workbench = new Workbench(page);
    await workbench.useDarkTheme();
    return { workbench, close };
  } catch (err) {
    await close();
    throw err;
  }
}

module.exports = { openWorkbench, VIEWPORT };
