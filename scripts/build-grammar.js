#!/usr/bin/env node
// Builds syntaxes/transcript.tmLanguage.json from its readable source,
// syntaxes/transcript.tmLanguage.yaml.
//   - `{{name}}` in match/begin/end/while is replaced by the YAML `variables` entry `name`
//     (entries may use each other; an unknown or circular name is an error), or by a variable made from
//     the conventions table (scripts/grammar-conventions.js: question and answer markers, metadata keys,
//     stage directions), which the YAML may not define itself;
//   - every scope name must end in `.transcript`;
//   - no regular expression may use `{n,m}+`, which Oniguruma reads as a nested quantifier
//     (catastrophic backtracking), not as a possessive one;
//   - a pattern `{ merge: ['#a', '#b', ...] }` becomes one rule whose regex tries those rules'
//     regexes in order (see merge-rules.js), and repository rules no longer used are left out.
// The JSON is rewritten only when its content changes. Run directly or via scripts/build.js.
'use strict';
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const { mergePatterns, pruneRepository } = require('./merge-rules');
const { conventionVariables } = require('./grammar-conventions');

const root = path.resolve(__dirname, '..');
const defaultSource = path.join(root, 'syntaxes', 'transcript.tmLanguage.yaml');
const defaultTarget = path.join(root, 'syntaxes', 'transcript.tmLanguage.json');

const REGEX_KEYS = new Set(['match', 'begin', 'end', 'while']);
const SCOPE_KEYS = new Set(['name', 'contentName']);
const REFERENCE = /\{\{([A-Za-z][A-Za-z0-9_]*)\}\}/g;

/** Expands every variable, resolving references between variables, and returns the map. */
function resolveVariables(variables) {
  const resolved = new Map();
  const resolving = new Set();
  const resolve = name => {
    if (resolved.has(name)) return resolved.get(name);
    if (!Object.prototype.hasOwnProperty.call(variables, name)) {
      throw new Error(`grammar: unknown variable {{${name}}}`);
    }
    if (resolving.has(name)) throw new Error(`grammar: variable {{${name}}} refers to itself`);
    resolving.add(name);
    const value = String(variables[name]).replace(REFERENCE, (_, inner) => resolve(inner));
    resolving.delete(name);
    resolved.set(name, value);
    return value;
  };
  for (const name of Object.keys(variables)) resolve(name);
  return resolved;
}

function checkRegex(regex, where) {
  if (/\{\d*,?\d*\}\+/.test(regex)) {
    throw new Error(`grammar: ${where} uses {n,m}+ (a nested quantifier in Oniguruma): ${regex}`);
  }
}

function checkScopes(value, where) {
  for (const scope of String(value).split(/\s+/).filter(Boolean)) {
    if (!scope.endsWith('.transcript')) {
      throw new Error(`grammar: scope "${scope}" at ${where} does not end in .transcript`);
    }
  }
}

/** Walks the grammar, expanding regexes and checking scopes; returns a new tree. */
function transform(node, variables, where) {
  if (Array.isArray(node)) return node.map((item, i) => transform(item, variables, `${where}[${i}]`));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    const here = `${where}.${key}`;
    if (REGEX_KEYS.has(key) && typeof value === 'string') {
      const regex = value.replace(REFERENCE, (_, name) => {
        if (!variables.has(name)) throw new Error(`grammar: unknown variable {{${name}}} at ${here}`);
        return variables.get(name);
      });
      checkRegex(regex, here);
      out[key] = regex;
    } else if (SCOPE_KEYS.has(key) && typeof value === 'string' && where !== '') {
      checkScopes(value, here);
      out[key] = value;
    } else {
      out[key] = transform(value, variables, here);
    }
  }
  return out;
}

/**
 * Reads the YAML grammar, expands it and writes the JSON grammar.
 * @param {{source?: string, target?: string, write?: boolean}} [options]
 * @returns {object} the grammar as written
 */
function buildGrammar(options = {}) {
  const source = options.source || defaultSource;
  const target = options.target || defaultTarget;
  const document = YAML.parse(fs.readFileSync(source, 'utf8'));
  const { variables: own = {}, ...grammar } = document;
  const fromTable = conventionVariables();
  for (const name of Object.keys(fromTable)) {
    if (Object.prototype.hasOwnProperty.call(own, name)) {
      throw new Error(`grammar: variable {{${name}}} comes from the conventions table; remove it from the YAML`);
    }
  }
  const variables = { ...own, ...fromTable };
  const expanded = pruneRepository(mergePatterns(transform(grammar, resolveVariables(variables), '')));
  const text = JSON.stringify(expanded, null, 2) + '\n';
  if (options.write !== false) {
    const previous = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
    if (previous !== text) fs.writeFileSync(target, text);
  }
  return expanded;
}

module.exports = { buildGrammar };

if (require.main === module) {
  try {
    buildGrammar();
    console.log(`grammar: wrote ${path.relative(root, defaultTarget)}`);
  } catch (err) {
    console.error(err.message || err);
    process.exit(1);
  }
}
