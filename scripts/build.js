#!/usr/bin/env node
// Builds what the extension and the command-line tool run from:
//   dist/extension.js      the extension for the Node extension host (desktop, code-server, Codespaces)
//   dist/web/extension.js  the same extension for the web worker extension host (vscode.dev, github.dev):
//                          platform browser, no Node built-ins (package.json "browser")
//   dist/cli.js            the `transcript-review` command (Node only)
//   dist/parseWorker.js    the worker that parses large Markdown off the Node extension host's thread
//   dist/vendor/*.js       libraries the Node extension loads on first use (LAZY_VENDOR below)
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

const NODE = { platform: 'node', target: 'node20', plugins: [francProfileLanguages()] };
// `worker` before `browser`: packages such as decode-named-character-reference give browsers a
// variant that needs `document`, which a web worker does not have.
const WEB = { platform: 'browser', target: 'es2022', conditions: ['worker', 'browser'], plugins: [webVariants(), francProfileLanguages()] };

/**
 * Libraries the Node extension host loads on first use, from dist/vendor/<name>.js, instead of at activation:
 * yaml for front matter (a document that opens with `---`), fflate and xmlbuilder for the REFI-QDA export, diff for
 * Check Quote's comparison and re-anchoring a review whose text moved. They are 180 KB of the bundle that most
 * sessions never run. Listed with the names the sources import; the build
 * fails when a source imports another name (the stub would not have it).
 */
const LAZY_VENDOR = { yaml: ['parseDocument'], fflate: ['strToU8', 'zipSync'], xmlbuilder: ['create'], diff: ['diffArrays', 'diffChars'] };
/**
 * Data the Node bundle loads on first use, as LAZY_VENDOR loads functions: the one object each package exports,
 * behind a Proxy. micromark's table of HTML entity names (about 28 KB) is read only when a Markdown transcript
 * writes a named character reference such as `&eacute;`.
 */
const LAZY_DATA = { 'character-entities': 'characterEntities' };

const entries = [
  { in: 'src/extension/extension.ts', out: 'dist/extension.js', external: ['vscode'], ...NODE, plugins: [...NODE.plugins, lazyVendor()] },
  { in: 'src/extension/extension.ts', out: 'dist/web/extension.js', external: ['vscode'], ...WEB },
  { in: 'src/cli/main.ts', out: 'dist/cli.js', external: [], ...NODE },
  // The worker that reads large Markdown off the Node extension host's thread (src/extension/parsing/).
  { in: 'src/worker/nodeParseWorker.ts', out: 'dist/parseWorker.js', external: [], ...NODE },
];

/**
 * franc-min's trigram data, kept for the languages that have a profile (src/core/languages/): detection asks
 * franc with `only` those (detect.ts), so the other 70-odd languages' trigrams (about 90 KB) are never read.
 * Every script keeps its entry, so a sample in another script still reads as undetermined, as before.
 */
function francProfileLanguages() {
  return {
    name: 'franc-profile-languages',
    setup(build) {
      build.onLoad({ filter: /[\\/]franc-min[\\/]data\.js$/ }, async args => {
        const { data } = await import(require('url').pathToFileURL(args.path).href);
        const kept = new Set(profileFrancCodes());
        const trimmed = Object.fromEntries(Object.entries(data).map(([script, languages]) =>
          [script, Object.fromEntries(Object.entries(languages).filter(([code]) => kept.has(code)))]));
        return { contents: `export const data = ${JSON.stringify(trimmed)};\n`, loader: 'js' };
      });
    },
  };
}

/** The franc codes of every language profile, read from the profiles themselves. */
function profileFrancCodes() {
  const out = esbuild.buildSync({
    entryPoints: [path.join(root, 'src/core/languages/profiles.ts')], bundle: true, write: false, format: 'cjs', platform: 'node',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, require);
  const codes = module.exports.LANGUAGE_PROFILES.flatMap(profile => profile.franc);
  if (codes.length === 0) throw new Error('no franc codes in the language profiles');
  return codes;
}

/**
 * In the Node extension bundle, each LAZY_VENDOR package is a stub whose functions require dist/vendor/<name>.js
 * when first called (the web worker host cannot load a second file: its bundle keeps them inline).
 */
function lazyVendor() {
  checkLazyImports();
  const names = [...Object.keys(LAZY_VENDOR), ...Object.keys(LAZY_DATA)].map(name => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return {
    name: 'lazy-vendor',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, args => ({ path: args.path, namespace: 'lazy-vendor' }));
      build.onResolve({ filter: /^\.\/vendor\// }, args => ({ path: args.path, external: true }));
      build.onLoad({ filter: /.*/, namespace: 'lazy-vendor' }, args => {
        const file = `./vendor/${args.path}.js`;
        const data = LAZY_DATA[args.path];
        if (data) {
          // Every way a reader asks the object (a property, `in`, hasOwnProperty, its keys) goes to the loaded one.
          const contents = `let loaded;\nconst load = () => loaded ??= require(${JSON.stringify(file)}).${data};\n`
            + `exports.${data} = new Proxy({}, {\n`
            + '  get: (_, key) => load()[key],\n'
            + '  has: (_, key) => key in load(),\n'
            + '  ownKeys: () => Reflect.ownKeys(load()),\n'
            + '  getOwnPropertyDescriptor: (_, key) => {\n'
            + '    const found = Object.getOwnPropertyDescriptor(load(), key);\n'
            + '    return found && { ...found, configurable: true };\n'
            + '  },\n'
            + '});\n';
          return { contents, loader: 'js', resolveDir: root };
        }
        const functions = LAZY_VENDOR[args.path].map(fn => `exports.${fn} = (...args) => load().${fn}(...args);`).join('\n');
        return { contents: `let loaded;\nconst load = () => loaded ??= require(${JSON.stringify(file)});\n${functions}\n`, loader: 'js', resolveDir: root };
      });
    },
  };
}

/** Fails the build when a source imports a name from a lazy package that its stub does not provide. */
function checkLazyImports() {
  const files = fs.readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.ts'));
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, 'src', file), 'utf8');
    for (const match of text.matchAll(/import\s*(type\s*)?\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
      const provided = LAZY_VENDOR[match[3]];
      if (!provided || match[1]) continue;
      for (const name of match[2].split(',').map(n => n.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]).filter(Boolean)) {
        if (!provided.includes(name) && !match[2].includes(`type ${name}`)) {
          throw new Error(`src/${file} imports ${name} from ${match[3]}: add it to LAZY_VENDOR in scripts/build.js`);
        }
      }
    }
    if (Object.keys(LAZY_VENDOR).some(pkg => new RegExp(`import \\* as \\w+ from '${pkg}'|require\\('${pkg}'\\)`).test(text))) {
      throw new Error(`src/${file} imports a lazy package whole: import its functions by name (scripts/build.js LAZY_VENDOR)`);
    }
  }
}

/** The LAZY_VENDOR and LAZY_DATA packages as dist/vendor/<name>.js (Node, CommonJS, minified). */
async function buildVendor() {
  for (const name of [...Object.keys(LAZY_VENDOR), ...Object.keys(LAZY_DATA)]) {
    await esbuild.build({
      stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root, loader: 'js' },
      outfile: path.join(root, 'dist', 'vendor', `${name}.js`), bundle: true, format: 'cjs', charset: 'utf8',
      minify: production, logLevel: 'warning', ...NODE, plugins: [],
    });
  }
}

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
  await buildVendor();
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
      // Non-ASCII text (franc's trigrams, the conventions table's words) as UTF-8, not \\u escapes: a third smaller.
      charset: 'utf8',
      sourcemap: !production,
      logLevel: 'warning',
      metafile: true,
    };
    for (const key of Object.keys(options)) if (options[key] === undefined) delete options[key];
    if (watch) {
      const ctx = await esbuild.context(options);
      await ctx.watch();
    } else {
      const result = await esbuild.build(options);
      if (process.env.BUILD_ANALYZE && entry.out.endsWith('extension.js')) console.log(await esbuild.analyzeMetafile(result.metafile, { verbose: false }));
    }
  }
}

main().catch(err => {
  console.error(err.message || err);
  process.exit(1);
});
