// Debian's chromium, headless, driven by playwright-core: the browser that opens code-server's
// workbench for run-integration.js and screenshot-workbench.js.
'use strict';
const fs = require('fs');
const path = require('path');

const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
// Flags that work for chromium as root on these machines; the background-networking ones keep
// it from dialling hosts that the closed network refuses.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage', '--disable-crash-reporter', '--disable-breakpad'];

/**
 * Launches headless chromium with HOME set to `home`; resolves playwright's Browser.
 * `handleSignals: false` leaves SIGINT/SIGTERM/SIGHUP to the caller (who must close the browser).
 */
function launchChromium({ home, handleSignals = true }) {
  if (!fs.existsSync(CHROMIUM)) {
    return Promise.reject(new Error(`chromium not found (${CHROMIUM}); run: bash scripts/setup-code-server.sh`));
  }
  fs.mkdirSync(home, { recursive: true });
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS,
    env: { ...process.env, HOME: path.resolve(home) },
    handleSIGINT: handleSignals, handleSIGTERM: handleSignals, handleSIGHUP: handleSignals });
}

module.exports = { CHROMIUM, CHROMIUM_ARGS, launchChromium };
