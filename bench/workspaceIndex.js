'use strict';
// Workspace rows: indexing 200 transcripts of 300 KB each (60 MB in all, written to a temporary folder), as the
// extension's background indexer does it in the core: read the bytes, decode them, decide the file is a
// transcript, parse it, and add its summary to the index (topics, word counts, first words). Compared with
// reading + decoding + parsing + building the Outline of each (what opening every file in the editor costs), and
// with reading + decoding + parsing alone. Then the heap the index keeps, against the text's size.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { decodeBytes } = require('../out/src/core/decode');
const { buildOutline } = require('../out/src/core/outline');
const { parseTranscript } = require('../out/src/core/parse');
const { SummaryIndex } = require('../out/src/core/workspace/summaryIndex');
const { readsAsTranscript } = require('../out/src/core/workspace/transcriptFiles');
const { plainTranscript } = require('./inputs');
const { compare, withRemeasure } = require('./measure');
const { keptBytes } = require('./memory');

const FILES = 200;
const FILE_BYTES = 300 * 1024;
const LANGUAGE_EXTENSIONS = ['.transcript', '.transcript.txt', '.transcript.md', '.vtt', '.srt'];
const MB = 1024 * 1024;

/** 200 transcripts in a fresh temporary folder: half named `.transcript`, half `.txt` (which detection must read). */
function writeWorkspace() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'transcript-bench-workspace-'));
  const text = plainTranscript(FILE_BYTES);
  const files = [];
  for (let i = 0; i < FILES; i++) {
    const file = path.join(folder, `briefing-${String(i).padStart(3, '0')}${i % 2 ? '.txt' : '.transcript'}`);
    // Each its own first line, so that no two files are the same text.
    fs.writeFileSync(file, `Briefing ${i}\n\n${text}`);
    files.push(file);
  }
  return { folder, files };
}

function read(file) {
  return decodeBytes(fs.readFileSync(file));
}

function indexAll(files) {
  const index = new SummaryIndex();
  for (const file of files) {
    const { text, encoding } = read(file);
    if (!readsAsTranscript(file, text, LANGUAGE_EXTENSIONS)) continue;
    index.add(file, text, parseTranscript(text, { fileName: file, encoding }));
  }
  return index;
}

function parseAll(files, outline) {
  let turns = 0;
  for (const file of files) {
    const { text, encoding } = read(file);
    const transcript = parseTranscript(text, { fileName: file, encoding });
    turns += outline ? buildOutline(transcript).length : transcript.turns.length;
  }
  return turns;
}

function workspaceRows() {
  const { folder, files } = writeWorkspace();
  // Rows over budget are measured again after this returns: the files stay until the benchmark ends.
  process.on('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
  {
    const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);
    const indexed = indexAll(files).size;
    const note = indexed === FILES ? '' : ` (NOTE: only ${indexed} of ${FILES} read as transcripts)`;
    const rows = [
      withRemeasure({ name: 'workspace_index_200_files', budget: 2.2, baseline: `reading + parsing + the Outline of the same ${FILES} files (${(bytes / MB).toFixed(0)} MB), as opening each would${note}` },
        () => compare(() => indexAll(files), () => parseAll(files, true), { rounds: 3, warmup: 1 }),
        () => compare(() => indexAll(files), () => parseAll(files, true), { rounds: 5, warmup: 1 })),
      withRemeasure({ name: 'workspace_index_200_files_vs_parse', budget: 4, baseline: 'reading + decoding + parsing alone (the index adds detection of .txt files, topics, word counts, first words)' },
        () => compare(() => indexAll(files), () => parseAll(files, false), { rounds: 3, warmup: 1 }),
        () => compare(() => indexAll(files), () => parseAll(files, false), { rounds: 5, warmup: 1 })),
    ];
    if (typeof global.gc !== 'function') {
      rows.push({ name: 'memory_workspace_index', budget: 0.5, ratio: NaN, ours: 'no gc', base: `${(bytes / MB).toFixed(1)} MB`,
        baseline: 'run with node --expose-gc (npm run bench does)' });
    } else {
      // The texts and models are garbage once indexed: what stays is the index alone.
      const kept = keptBytes(() => indexAll(files), 1);
      rows.push({ name: 'memory_workspace_index', budget: 0.5, ratio: kept / bytes, ours: `${(kept / MB).toFixed(1)} MB`, base: `${(bytes / MB).toFixed(1)} MB`,
        baseline: 'the files\' size in bytes (heap kept by the index of all 200, texts and models collected)' });
    }
    return rows;
  }
}

module.exports = { workspaceRows };
