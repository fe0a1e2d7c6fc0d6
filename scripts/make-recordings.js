#!/usr/bin/env node
// Writes the generated recordings of the caption files that have one: a tone per cue, one pitch per voice
// (scripts/lib/toneWav.js). Run after changing one of those caption files: `node scripts/make-recordings.js`.
'use strict';
const fs = require('fs');
const path = require('path');
const { captionRecording } = require('./lib/toneWav');

const ROOT = path.resolve(__dirname, '..');
/** Caption file -> the recording written beside it (same base name, found by the extension). */
const RECORDINGS = [
  ['samples/interview-captions.vtt', 'samples/interview-captions.wav'],
  ['test/integration/workspace/media/harbour-talk.vtt', 'test/integration/workspace/media/harbour-talk.wav'],
];

for (const [captions, recording] of RECORDINGS) {
  const wav = captionRecording(fs.readFileSync(path.join(ROOT, captions), 'utf8'));
  fs.writeFileSync(path.join(ROOT, recording), wav);
  console.log(`${recording}: ${wav.length} bytes`);
}
