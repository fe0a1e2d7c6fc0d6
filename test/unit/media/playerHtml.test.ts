/**
 * The player page's Content Security Policy and markup (the page itself runs in the integration tests): scripts
 * and styles only with the page's nonce, media only from the webview's resource roots or https, nothing inline
 * without the nonce, names escaped.
 */
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { makeNonce, playerHtml } from '../../../src/extension/media/playerHtml';

// The page builder reads only `cspSource` of the webview.
const webview = { cspSource: 'https://file+.vscode-resource.example' } as unknown as vscode.Webview;

function policy(html: string): Map<string, string> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
  assert.ok(content, 'the page has a Content Security Policy');
  return new Map(content.split(';').map(part => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
}

describe('media: the player page', () => {
  const nonce = makeNonce();
  const page = {
    src: 'https://file+.vscode-resource.example/talk.wav', video: false, label: 'talk <1>.wav', message: null, follow: false,
    script: 'https://file+.vscode-resource.example/ext/media/player.js',
  };

  it('allows scripts and styles only with its nonce, media only from the resource roots and https', () => {
    const csp = policy(playerHtml(webview, page, nonce));
    assert.equal(csp.get('default-src'), "'none'");
    assert.equal(csp.get('script-src'), `'nonce-${nonce}'`);
    assert.equal(csp.get('style-src'), `'nonce-${nonce}'`);
    assert.equal(csp.get('media-src'), 'https://file+.vscode-resource.example https:');
    assert.doesNotMatch(playerHtml(webview, page, nonce), /unsafe-inline|unsafe-eval/);
  });

  it('gives every script and style element the nonce and uses no inline handlers', () => {
    const html = playerHtml(webview, page, nonce);
    for (const tag of html.match(/<(script|style)\b[^>]*>/g) ?? []) assert.match(tag, new RegExp(`nonce="${nonce}"`));
    assert.doesNotMatch(html, /\son[a-z]+=/i);
  });

  it('plays audio in <audio> and video in <video>, and shows a message without a player for a missing file', () => {
    assert.match(playerHtml(webview, page, nonce), /<audio id="media" preload="auto" src="https:\/\/file\+\.vscode-resource\.example\/talk\.wav"><\/audio>/);
    assert.match(playerHtml(webview, { ...page, video: true }, nonce), /<video id="media"/);
    const missing = playerHtml(webview, { ...page, src: null, message: 'The recording gone.wav was not found.' }, nonce);
    assert.doesNotMatch(missing, /<audio|<video|id="play"/);
    assert.match(missing, /<p id="message" role="alert">The recording gone\.wav was not found\.<\/p>/);
  });

  it('loads its script from the extension\'s media folder, with the nonce', () => {
    const html = playerHtml(webview, page, nonce);
    assert.match(html, new RegExp(`<script nonce="${nonce}" src="https://file\\+\\.vscode-resource\\.example/ext/media/player\\.js"></script>`));
  });

  it('escapes the recording\'s name', () => {
    assert.match(playerHtml(webview, page, nonce), /<h1>talk &lt;1&gt;\.wav<\/h1>/);
  });

  it('makes a different 128-bit nonce each time', () => {
    const other = makeNonce();
    assert.match(nonce, /^[0-9a-f]{32}$/);
    assert.notEqual(nonce, other);
  });
});
