#!/usr/bin/env node
// Builds what the extension and the command-line tool run from:
//   dist/extension.js  the extension (CommonJS bundle; unified and remark-parse are ESM-only)
//   dist/cli.js        the `transcript-review` command
//   dist/parseWorker.js the worker that parses large Markdown off the extension host's thread
// The grammar (syntaxes/transcript.tmLanguage.json) is not rebuilt here: it is committed, and a unit test
// (test/grammar/grammarFile.test.ts) fails when it is not what its sources make of it. `npm run build:grammar`
// (or `node scripts/build.js --grammar`) rewrites it after an edit of the YAML or the conventions table.
'use strict';
const path = require('path');
const fs = require('fs');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const watch = process.argv.includes('--watch');
const production = !process.argv.includes('--dev');
const grammar = process.argv.includes('--grammar');

const entries = [
  { in: 'src/extension/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
  { in: 'src/cli/main.ts', out: 'dist/cli.js', external: [] },
  // The worker that reads large Markdown off the extension host's thread (src/extension/parsing/).
  { in: 'src/worker/nodeParseWorker.ts', out: 'dist/parseWorker.js', external: [] },
];

async function main() {
  if (grammar) require('./build-grammar').buildGrammar();
  for (const entry of entries) {
    if (!fs.existsSync(path.join(root, entry.in))) continue;
    const options = {
      entryPoints: [path.join(root, entry.in)],
      outfile: path.join(root, entry.out),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: entry.external,
      minify: production,
      sourcemap: !production,
      logLevel: 'warning',
      metafile: true,
    };
    if (watch) {
      const ctx = await esbuild.context(options);
      await ctx.watch();
    } else {
      await esbuild.build(options);
    }
  }
}

main().catch(err => {
  console.error(err.message || err);
  process.exit(1);
});
