'use strict';
// A keystroke in a 1.6 MB caption file (YouTube auto-captions: rolling cues, no speakers), read again
// incrementally with its outline, against a full parse of the same text. The file is the shared corpus's when it
// is beside the repository; otherwise one of the same shape and size is generated.
const fs = require('fs');
const path = require('path');
const { TranscriptDocument } = require('../out/src/core/incremental/document');
const { parseTranscript } = require('../out/src/core/parse');
const { buildOutline, OutlineMemo } = require('../out/src/core/outline');
const { timeOnce } = require('./measure');
const { ROOT } = require('./inputs');

const NAME = 'LARGE_podcast_lexfridman_459_youtube_autocaption_en.srt';
const CANDIDATES = [path.resolve(ROOT, '..', 'shared', 'corpus', NAME), path.resolve(ROOT, '..', '..', 'shared', 'corpus', NAME)];

function stamp(ms) {
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3600000))}:${pad(Math.floor(ms / 60000) % 60)}:${pad(Math.floor(ms / 1000) % 60)},${pad(ms % 1000, 3)}`;
}

/** Rolling auto-captions of about `bytes`: each line shown in a cue, then again at the start of the next. */
function rollingCaptions(bytes) {
  const words = 'so the thing about these models is that they keep getting better at reasoning and cheaper to run'.split(' ');
  const parts = [];
  let size = 0;
  let previous = '';
  for (let n = 0, ms = 80; size < bytes; n++, ms += 2500) {
    const line = Array.from({ length: 7 }, (_, i) => words[(n * 7 + i) % words.length]).join(' ');
    const cue = `${2 * n + 1}\n${stamp(ms)} --> ${stamp(ms + 2490)}\n${previous}${previous ? '\n' : ''}${line}\n\n`
      + `${2 * n + 2}\n${stamp(ms + 2490)} --> ${stamp(ms + 2500)}\n${line}\n \n\n`;
    parts.push(cue);
    size += cue.length;
    previous = line;
  }
  return parts.join('');
}

function captionText() {
  const found = CANDIDATES.find(file => fs.existsSync(file));
  return found ? { text: fs.readFileSync(found, 'utf8'), source: 'corpus' } : { text: rollingCaptions(1644995), source: 'generated' };
}

function captionEditRow() {
  const { text, source } = captionText();
  const fileName = 'captions.srt';
  let full = Infinity;
  for (let i = 0; i < 5; i++) {
    if (global.gc) global.gc();
    full = Math.min(full, timeOnce(() => parseTranscript(text, { fileName })));
  }
  const doc = new TranscriptDocument(text, { fileName });
  const memo = new OutlineMemo();
  buildOutline(doc.transcript, memo);
  // A text line of a cue in the middle of the file.
  const cue = doc.transcript.cues[Math.floor(doc.transcript.cues.length / 2)];
  const line = cue.lastLine;
  const at = { line, character: 3 };
  let edit = Infinity;
  let incremental = true;
  for (let i = 0; i < 40; i++) {
    const change = i % 2 === 0 ? { range: { start: at, end: at }, text: 'x' } : { range: { start: at, end: { line, character: 4 } }, text: '' };
    edit = Math.min(edit, timeOnce(() => {
      doc.update([change]);
      buildOutline(doc.transcript, memo);
    }));
    incremental = incremental && doc.lastUpdate === 'incremental';
  }
  return {
    name: 'srt_1_6mb_keystroke', budget: 0.08, candidateMs: edit, baselineMs: full, ratio: edit / full,
    baseline: `full parse of the same captions (${source})${incremental ? '' : ' (NOTE: an edit fell back to a full parse)'}`,
  };
}

module.exports = { captionEditRow, rollingCaptions };
