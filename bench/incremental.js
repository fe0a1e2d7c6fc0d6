'use strict';
// Row 3: a one-character edit in the middle of a large transcript, then the outline again, against opening the
// same text cold (a full parse and its first outline, as a user waits for them on opening the file).
const { TranscriptDocument } = require('../out/src/core/incremental/document');
const { buildOutline, OutlineMemo } = require('../out/src/core/outline');
const { timeOnce } = require('./measure');

function middleLine(doc, lines) {
  let line = Math.floor(doc.lineCount / 2);
  while (line < lines.length - 1 && lines[line].length < 10) line++;
  return line;
}

function incrementalRow(name, text, fileName) {
  const lines = text.split(/\r\n|\r|\n/);
  let doc = null;
  let memo = null;
  let cold = Infinity;
  for (let i = 0; i < 3; i++) {
    if (global.gc) global.gc();
    cold = Math.min(cold, timeOnce(() => {
      doc = new TranscriptDocument(text, { fileName });
      memo = new OutlineMemo();
      buildOutline(doc.transcript, memo);
    }));
  }
  const line = middleLine(doc, lines);
  const at = { line, character: 3 };
  let edit = Infinity;
  let incremental = true;
  // Typing makes many edits in a row: the best of 40 is the steady cost of a keystroke once the code is warm.
  for (let i = 0; i < 40; i++) {
    // Type a character, then delete it: the text returns to where it was every second round.
    const change = i % 2 === 0
      ? { range: { start: at, end: at }, text: 'x' }
      : { range: { start: at, end: { line, character: 4 } }, text: '' };
    edit = Math.min(edit, timeOnce(() => {
      doc.update([change]);
      buildOutline(doc.transcript, memo);
    }));
    incremental = incremental && doc.lastUpdate === 'incremental';
  }
  return {
    name, budget: 0.02, candidateMs: edit, baselineMs: cold, ratio: edit / cold,
    baseline: `cold parse + first outline${incremental ? '' : ' (NOTE: an edit fell back to a full parse)'}`,
  };
}

module.exports = { incrementalRow };
