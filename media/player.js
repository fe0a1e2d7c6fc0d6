/**
 * The script of the player page: it runs in the webview, loaded by src/extension/media/playerHtml.ts with the
 * page's nonce, not in the extension host. It drives the media element
 * and reports to the extension: `time` on every time update, seek, play and pause; `error` when the element
 * cannot play; `state` in answer to a `query`. The extension sends `seek`, `query` and `follow`.
 * Autoplay may be refused (headless browsers, policies): a refused play() leaves the player paused at the
 * sought time and says so, it does not fail the seek.
 */
(function () {
  const vscode = acquireVsCodeApi();
  const media = document.getElementById('media');
  const message = document.getElementById('message');
  const follow = document.getElementById('follow');
  let failure = message.textContent || null;
  let pendingSeek = null;

  function clock(seconds) {
    if (!isFinite(seconds)) return '–:––';
    const whole = Math.max(0, Math.floor(seconds));
    const h = Math.floor(whole / 3600), m = Math.floor(whole / 60) % 60, s = String(whole % 60).padStart(2, '0');
    return h > 0 ? h + ':' + String(m).padStart(2, '0') + ':' + s : m + ':' + s;
  }
  function state() {
    return media
      ? { currentTime: media.currentTime, paused: media.paused, duration: isFinite(media.duration) ? media.duration : null, error: failure, follow: !!(follow && follow.checked) }
      : { currentTime: null, paused: true, duration: null, error: failure, follow: false };
  }
  function fail(text) {
    failure = text;
    message.textContent = text;
    vscode.postMessage({ type: 'error', message: text });
  }

  window.addEventListener('message', event => {
    const data = event.data || {};
    if (data.type === 'query') vscode.postMessage(Object.assign({ type: 'state', id: data.id }, state()));
    else if (data.type === 'follow' && follow) follow.checked = !!data.on;
    else if (data.type === 'seek' && media) seek(data.seconds, data.play);
  });

  if (!media) {
    vscode.postMessage({ type: 'ready' });
    return;
  }

  const time = document.getElementById('time');
  const play = document.getElementById('play');
  function show() {
    time.textContent = clock(media.currentTime) + ' / ' + clock(media.duration);
    play.textContent = media.paused ? 'Play' : 'Pause';
  }
  function report() {
    show();
    vscode.postMessage(Object.assign({ type: 'time' }, state()));
  }
  function start() {
    const playing = media.play();
    if (playing && playing.catch) playing.catch(err => {
      if (err && err.name === 'NotAllowedError') message.textContent = 'The browser did not allow playing without a click: press Play.';
      report();
    });
  }
  function seek(seconds, andPlay) {
    if (media.readyState < 1) { pendingSeek = { seconds: seconds, play: andPlay }; return; }
    media.currentTime = Math.max(0, Math.min(seconds, isFinite(media.duration) ? media.duration : seconds));
    if (andPlay) start();
  }

  ['timeupdate', 'seeked', 'play', 'pause', 'ratechange', 'ended'].forEach(name => media.addEventListener(name, report));
  function loaded() {
    show();
    if (pendingSeek) { const p = pendingSeek; pendingSeek = null; seek(p.seconds, p.play); }
    vscode.postMessage(Object.assign({ type: 'loaded' }, state()));
  }
  function failed() {
    const code = media.error ? media.error.code : 0;
    fail(code === 4 ? 'This recording cannot be played: the file is missing, unreadable, or in a format the player does not support.'
      : code === 3 ? 'This recording could not be decoded: the file may be damaged.'
      : code === 2 ? 'The recording could not be loaded: a network error.'
      : 'The recording could not be played.');
  }
  media.addEventListener('loadedmetadata', loaded);
  media.addEventListener('error', failed);
  // This script is a file the page loads after the media element: the element may have loaded, or failed, before
  // the listeners above existed.
  if (media.error) failed();
  else if (media.readyState >= 1) loaded();

  play.addEventListener('click', () => { if (media.paused) start(); else media.pause(); });
  document.getElementById('back').addEventListener('click', () => seek(media.currentTime - 5, false));
  document.getElementById('forward').addEventListener('click', () => seek(media.currentTime + 5, false));
  document.getElementById('speed').addEventListener('change', event => { media.playbackRate = Number(event.target.value); });
  follow.addEventListener('change', () => vscode.postMessage({ type: 'follow', on: follow.checked }));
  document.addEventListener('keydown', event => {
    // Buttons, the select and the checkbox handle their own keys.
    if (event.target && /^(SELECT|BUTTON|INPUT)$/.test(event.target.tagName)) return;
    if (event.key === ' ') { event.preventDefault(); play.click(); }
    else if (event.key === 'ArrowLeft') seek(media.currentTime - 5, false);
    else if (event.key === 'ArrowRight') seek(media.currentTime + 5, false);
  });
  show();
  vscode.postMessage({ type: 'ready' });
})();
