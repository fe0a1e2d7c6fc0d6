'use strict';
// Review rows: 1,000 tagged passages in the 10 MB transcript. Opening: anchoring them (sidecar read, every
// passage found at its offsets, then again after a line was inserted at the top so that every offset moved)
// against the time to the Outline (cold parse + first outline). Editing: passages following a keystroke
// against a full parse.
const { parseTranscript } = require('../out/src/core/parse');
const { TranscriptDocument } = require('../out/src/core/incremental/document');
const { buildOutline, OutlineMemo } = require('../out/src/core/outline');
const { addTag, anchorPassages, followEdits, parseReview, serializeReview } = require('../out/src/core/review');
const { timeOnce } = require('./measure');

const PASSAGES = 1000;

function best(rounds, fn) {
  let ms = Infinity;
  for (let i = 0; i < rounds; i++) {
    if (global.gc) global.gc();
    ms = Math.min(ms, timeOnce(fn));
  }
  return ms;
}

/** 1,000 passages of one sentence each, spread evenly through the text. */
function sidecarFor(text) {
  let anchors = [];
  for (let i = 0; i < PASSAGES; i++) {
    let start = Math.floor(((i + 0.5) / PASSAGES) * text.length);
    while (start < text.length && !/[A-Z]/.test(text[start])) start++;
    const stop = text.indexOf('.', start + 20);
    anchors = addTag(anchors, text, start, stop + 1, `tag${i % 12}`, `p${i}`);
  }
  return serializeReview({ passages: anchors.map(a => a.passage), speakers: {} }, 'bench.txt');
}

function reviewRows(text) {
  const sidecar = sidecarFor(text);
  const timeToOutline = best(3, () => buildOutline(new TranscriptDocument(text, { fileName: 'bench.txt' }).transcript, new OutlineMemo()));
  let found = 0;
  const open = best(5, () => { found = anchorPassages(text, parseReview(sidecar).passages).filter(a => a.how === 'position').length; });
  const shifted = `Transcript re-exported with a new first line.\n${text}`;
  let moved = 0;
  const openShifted = best(5, () => { moved = anchorPassages(shifted, parseReview(sidecar).passages).filter(a => a.how !== 'orphan').length; });

  const fullParse = best(3, () => parseTranscript(text, { fileName: 'bench.txt' }));
  const anchors = anchorPassages(text, parseReview(sidecar).passages);
  const middle = Math.floor(text.length / 2);
  let current = anchors;
  let currentText = text;
  const edit = best(40, () => {
    // A keystroke in the middle, then its deletion: half the passages move each time.
    const typed = currentText.length === text.length;
    const change = typed ? { offset: middle, length: 0, text: 'x' } : { offset: middle, length: 1, text: '' };
    currentText = typed ? `${text.slice(0, middle)}x${text.slice(middle)}` : text;
    const next = currentText;
    current = followEdits(current, [change], () => next);
  });
  const note = (n, of) => (n === of ? '' : ` (NOTE: only ${n} of ${of} found)`);
  return [
    { name: 'review_open_1000_passages', budget: 0.05, candidateMs: open, baselineMs: timeToOutline, ratio: open / timeToOutline,
      baseline: `time to the Outline (cold parse + first outline)${note(found, PASSAGES)}` },
    { name: 'review_open_1000_passages_moved', budget: 0.05, candidateMs: openShifted, baselineMs: timeToOutline, ratio: openShifted / timeToOutline,
      baseline: `time to the Outline; a line inserted at the top moved every passage${note(moved, PASSAGES)}` },
    { name: 'review_edit_1000_passages', budget: 0.02, candidateMs: edit, baselineMs: fullParse, ratio: edit / fullParse,
      baseline: 'full parse (passages follow a keystroke)' },
  ];
}

module.exports = { reviewRows };
