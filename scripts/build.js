#!/usr/bin/env node
// Builds what the extension and the command-line tool run from:
//   dist/extension.js      the extension for the Node extension host (desktop, code-server, Codespaces)
//   dist/web/extension.js  the same extension for the web worker extension host (vscode.dev, github.dev):
//                          platform browser, no Node built-ins (package.json "browser")
//   dist/cli.js            the `transcript-review` command (Node only)
//   dist/parseWorker.js    the worker that parses large Markdown off the Node extension host's thread
// All bundles are CommonJS (unified and remark-parse are ESM-only; both extension hosts load CommonJS).
//
// Platform-specific modules: a module whose file name ends in `.node.ts` may use Node built-ins; the
// web bundle takes its sibling `.web.ts` instead (same exports), so `activate()` stays one wiring for
// both hosts. Anything else that reaches a Node built-in fails the web build (esbuild cannot resolve it).
//
//   --dev        unminified, with source maps
//   --watch      rebuild on change
//   --web-tests  also bundle the integration suite for the web worker host
//                (out/test/integration-web/index.js, see test/integration/web/index.ts)
//   --grammar    also rewrite syntaxes/transcript.tmLanguage.json (npm run build:grammar)
//
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
const webTests = process.argv.includes('--web-tests');
const grammar = process.argv.includes('--grammar');

const NODE = { platform: 'node', target: 'node20' };
// `worker` before `browser`: packages such as decode-named-character-reference give browsers a
// variant that needs `document`, which a web worker does not have.
const WEB = { platform: 'browser', target: 'es2022', conditions: ['worker', 'browser'], plugins: [webVariants()] };

const entries = [
  { in: 'src/extension/extension.ts', out: 'dist/extension.js', external: ['vscode'], ...NODE },
  { in: 'src/extension/extension.ts', out: 'dist/web/extension.js', external: ['vscode'], ...WEB },
  { in: 'src/cli/main.ts', out: 'dist/cli.js', external: [], ...NODE },
  // The worker that reads large Markdown off the Node extension host's thread (src/extension/parsing/).
  { in: 'src/worker/nodeParseWorker.ts', out: 'dist/parseWorker.js', external: [], ...NODE },
];

/** In the web bundle, `x.node.ts` is replaced by its sibling `x.web.ts`. */
function webVariants() {
  return {
    name: 'web-variants',
    setup(build) {
      build.onResolve({ filter: /\.node(\.ts)?$/ }, async args => {
        if (!args.path.startsWith('.')) return undefined;
        const web = path.resolve(args.resolveDir, args.path.replace(/\.node(\.ts)?$/, '.web.ts'));
        if (!fs.existsSync(web)) {
          return { errors: [{ text: `${args.path} is Node-only and has no web variant (${path.relative(root, web)})` }] };
        }
        return { path: web };
      });
    },
  };
}

/**
 * The module `virtual:integration-test-files`: load() requires every `*.test.ts` under test/integration
 * and returns their names. A test file that needs Node (its name ends in `.node.test.ts`) runs in the
 * Node extension host only, and so do the files in NODE_HOST_ONLY.
 */
const NODE_HOST_ONLY = {
  // Its first test says nothing activated the extension before a transcript was opened. The web
  // workbench fires onLanguage:plaintext for models of its own at start-up, sooner or later from one
  // run to the next (measured: half of the runs active before any document was open), so that cannot
  // be checked there; test/integration/web/index.ts checks activation by a .transcript file instead.
  'activation.test.ts': 'activation before any document is open is the workbench\'s choice on the web',
};

function integrationTestFiles() {
  const dir = path.join(root, 'test/integration');
  return {
    name: 'integration-test-files',
    setup(build) {
      build.onResolve({ filter: /^virtual:integration-test-files$/ }, args => ({ path: args.path, namespace: 'test-files' }));
      build.onLoad({ filter: /.*/, namespace: 'test-files' }, () => {
        const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .map(rel => rel.split(path.sep).join('/'))
          .filter(rel => rel.endsWith('.test.ts') && !rel.endsWith('.node.test.ts') && !(rel in NODE_HOST_ONLY))
          .sort();
        const requires = files.map(rel => `  require(${JSON.stringify(`./${rel}`)});`).join('\n');
        return {
          contents: `exports.load = () => {\n${requires}\n  return ${JSON.stringify(files)};\n};\n`,
          resolveDir: dir, loader: 'js', watchFiles: files.map(rel => path.join(dir, rel)),
        };
      });
    },
  };
}

/**
 * The integration suite for the web worker extension host: test/integration/web/index.ts plus every
 * test file, as one browser bundle. TRANSCRIPT_IT_GREP is read here, at build time: a web worker has
 * no environment.
 */
function webTestsEntry() {
  return {
    in: 'test/integration/web/index.ts', out: 'out/test/integration-web/index.js', external: ['vscode'], ...WEB,
    plugins: [...WEB.plugins, integrationTestFiles()],
    define: {
      'process.env.NODE_DEBUG': 'false', // read at load time by `util`, which the `assert` package uses
      TRANSCRIPT_IT_GREP: JSON.stringify(process.env.TRANSCRIPT_IT_GREP ?? ''),
    },
    minify: false,
  };
}

async function main() {
  if (grammar) require('./build-grammar').buildGrammar();
  const all = webTests ? [...entries, webTestsEntry()] : entries;
  for (const entry of all) {
    if (!fs.existsSync(path.join(root, entry.in))) continue;
    const options = {
      entryPoints: [path.join(root, entry.in)],
      outfile: path.join(root, entry.out),
      bundle: true,
      platform: entry.platform,
      target: entry.target,
      format: 'cjs',
      external: entry.external,
      conditions: entry.conditions,
      plugins: entry.plugins,
      define: entry.define,
      minify: entry.minify ?? production,
      sourcemap: !production,
      logLevel: 'warning',
      metafile: true,
    };
    for (const key of Object.keys(options)) if (options[key] === undefined) delete options[key];
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
