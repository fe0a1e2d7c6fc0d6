/**
 * The player panel's page: the browser's own <audio> or <video> with a few controls, themed with VS Code's
 * colour variables, driven by media/player.js. A strict Content Security Policy: scripts and styles only with this
 * page's nonce, media only from the webview's resource roots (the recording's folder) or https.
 */
import type * as vscode from 'vscode';

export interface PlayerPage {
  /** The address the media element loads, already through `asWebviewUri` for files; null shows only `message`. */
  src: string | null;
  video: boolean;
  /** What is playing, for the heading. */
  label: string;
  /** Shown instead of a player (a missing file), or above it. */
  message: string | null;
  follow: boolean;
  /** The page's script, media/player.js, through `asWebviewUri`. */
  script: string;
}

export function playerHtml(webview: vscode.Webview, page: PlayerPage, nonce: string): string {
  const csp = [
    "default-src 'none'",
    `media-src ${webview.cspSource} https:`,
    `img-src ${webview.cspSource} https: data:`,
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const tag = page.video ? 'video' : 'audio';
  const media = page.src === null ? '' : `<${tag} id="media" preload="auto" src="${escapeAttribute(page.src)}"></${tag}>`;
  const controls = page.src === null ? '' : `
  <div class="controls">
    <button id="back" title="Back 5 seconds (Left)">−5 s</button>
    <button id="play" title="Play or pause (Space)">Play</button>
    <button id="forward" title="Forward 5 seconds (Right)">+5 s</button>
    <span id="time" aria-live="off">0:00</span>
    <label>Speed <select id="speed">${[0.75, 1, 1.25, 1.5, 1.75, 2].map(rate => `<option value="${rate}"${rate === 1 ? ' selected' : ''}>${rate}×</option>`).join('')}</select></label>
    <label title="Scroll the transcript to what is playing"><input type="checkbox" id="follow"${page.follow ? ' checked' : ''}> Follow</label>
  </div>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Recording</title>
<style nonce="${nonce}">
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 8px 12px; }
  h1 { font-size: 1em; font-weight: 600; margin: 0 0 8px; overflow-wrap: anywhere; }
  video { width: 100%; max-height: 60vh; background: #000; }
  .controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-top: 8px; }
  button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: 4px 10px; cursor: pointer; min-width: 4em; }
  button:hover { background: var(--vscode-button-hoverBackground); }
  button:focus-visible, select:focus-visible, input:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
  select { color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background); border: 1px solid var(--vscode-dropdown-border); }
  #time { font-variant-numeric: tabular-nums; min-width: 7em; }
  #message { color: var(--vscode-errorForeground); background: var(--vscode-inputValidation-errorBackground); border: 1px solid var(--vscode-inputValidation-errorBorder); padding: 6px 8px; }
  #message:empty { display: none; }
</style>
</head>
<body>
  <h1>${escapeText(page.label)}</h1>
  <p id="message" role="alert">${escapeText(page.message ?? '')}</p>
  ${media}${controls}
  <script nonce="${nonce}" src="${escapeAttribute(page.script)}"></script>
</body>
</html>`;
}

/** A fresh nonce per page: 128 random bits. `crypto` is global in Node 20 and in web workers alike. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
