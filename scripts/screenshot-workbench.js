// A real VS Code workbench to take pictures of, for scripts/screenshots.js: the pinned code-server
// (tools/code-server) on a free 127.0.0.1 port with this repository loaded as the extension under
// development, opened in Debian's chromium (headless, playwright-core) at 1400x900 in Default Dark
// Modern, and a Workbench class that moves through it with the keyboard as a user would. Every move
// waits on something the workbench shows (a quick pick row, a tab, a status bar item), not on time.
//   const session = await openWorkbench({ folder, verbose }); ...session.workbench...; await session.close();
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const CODE_SERVER = path.join(ROOT, 'tools/code-server/node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
// As scripts/run-integration.js: flags that work as root here and keep chromium off the network.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage', '--disable-crash-reporter', '--disable-breakpad'];
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

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when code-server prints that it listens (its own readiness signal). */
function listening(child) {
  return new Promise((resolve, reject) => {
    let log = '';
    const onData = chunk => {
      log = (log + chunk).slice(-5000);
      if (/HTTP server listening/.test(log)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', code => reject(new Error(`code-server exited (${code}):\n${log}`)));
  });
}

function startCodeServer(authority, tmp, folder, verbose) {
  const env = { ...process.env };
  for (const [name, sub] of Object.entries({ HOME: 'home', TMPDIR: 'tmp', XDG_CONFIG_HOME: 'config', XDG_DATA_HOME: 'data' })) {
    env[name] = path.join(tmp, sub);
    fs.mkdirSync(env[name], { recursive: true });
  }
  const userDir = path.join(tmp, 'user-data/User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  const args = [CODE_SERVER, '--auth', 'none', '--bind-addr', authority,
    '--user-data-dir', path.join(tmp, 'user-data'), '--extensions-dir', path.join(tmp, 'extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened', folder];
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  if (verbose) {
    child.stdout.on('data', c => process.stderr.write(`[code-server] ${c}`));
    child.stderr.on('data', c => process.stderr.write(`[code-server] ${c}`));
  }
  return child;
}

/** Ends code-server's process group (server and extension host). */
function stopGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise(resolve => child.once('exit', resolve));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { return Promise.resolve(); }
  const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
  return exited.finally(() => clearTimeout(timer));
}

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
  const server = startCodeServer(authority, tmp, folder, verbose);
  let browser;
  const close = async () => {
    if (browser) await browser.close().catch(() => {});
    await stopGroup(server);
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  try {
    await listening(server);
    const { chromium } = require('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS,
      env: { ...process.env, HOME: path.join(tmp, 'home') } });
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, colorScheme: 'dark' });
    // Copy Citation writes the clipboard and the Paste command reads it.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://${authority}` });
    const page = await context.newPage();
    if (verbose) page.on('console', m => process.stderr.write(`[browser:${m.type()}] ${m.text()}\n`));
    const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://${authority}${ROOT}`]]);
    await page.goto(`http://${authority}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`);
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
