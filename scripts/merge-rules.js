// Merging of grammar rules, used by build-grammar.js.
//
// Why: for lines under 1,000 bytes vscode-oniguruma searches all the regexes of a pattern list
// together, position by position, and pays for every regex at every position it may match; a list
// of 15 regexes costs far more than one regex with 15 alternatives that start with the same few
// characters. So the YAML keeps one documented rule per construct, and lists to merge:
//   - { merge: ['#a', '#b'] } in a `patterns` list becomes one rule: its regex is `(a)|(b)`, each
//     rule's captures renumbered after the groups before it. Rules are tried in the listed order at
//     each position, as the pattern list would try them. A reference to a rule holding only
//     `patterns` stands for all of them.
//   - all merged rules are `match` rules, or all are `begin`/`while` rules with the same `while`
//     and `patterns` and no `name` (a begin/while `name` covers the whole region, not the match).
//   - a rule's `name` (match rules) and `captures['0']` go to a group around its regex (and to
//     its captures that have `patterns`, which vscode-textmate reads under the rule's scopes only).
//   - no back-references or named groups (renumbering would break them).
'use strict';

/** Number of capturing groups in an Oniguruma regex; throws on what merging cannot renumber. */
function countGroups(regex, where) {
  let groups = 0;
  for (let i = 0; i < regex.length; i++) {
    const c = regex[i];
    if (c === '\\') {
      const next = regex[i + 1];
      if (/[1-9k]/.test(next)) throw new Error(`grammar: ${where}: a back-reference cannot be merged: ${regex}`);
      i++;
    } else if (c === '[') {
      i = endOfClass(regex, i);
    } else if (c === '(') {
      if (regex[i + 1] !== '?') groups++;
      else if (/^\(\?(<[A-Za-z]|P<|')/.test(regex.slice(i))) throw new Error(`grammar: ${where}: a named group cannot be merged: ${regex}`);
      else if (i === 0 && /^\(\?[imx-]+\)/.test(regex)) throw new Error(`grammar: ${where}: leading options cannot be merged: ${regex}`);
    }
  }
  return groups;
}

/** Index of the `]` closing the class opened at `start` (classes may nest in Oniguruma). */
function endOfClass(regex, start) {
  let depth = 0;
  for (let i = start; i < regex.length; i++) {
    const c = regex[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') {
      depth++;
      if (regex[i + 1] === '^') i++;
      if (regex[i + 1] === ']') i++; // a `]` first in a class is literal
    } else if (c === ']' && --depth === 0) return i;
  }
  throw new Error(`grammar: unclosed character class in ${regex}`);
}

/** The leaf rules a merge entry stands for, in order. */
function resolve(reference, repository, where) {
  if (typeof reference === 'object') return [reference];
  const name = String(reference).replace(/^#/, '');
  const rule = repository[name];
  if (!rule) throw new Error(`grammar: ${where}: no rule ${reference} to merge`);
  if (rule.match || rule.begin) return [rule];
  return (rule.patterns || []).flatMap(p => (p.include ? resolve(p.include, repository, where) : resolve(p, repository, where)));
}

function mergeRules(rules, where) {
  const isMatch = rules.every(r => typeof r.match === 'string');
  const isWhile = rules.every(r => typeof r.begin === 'string' && typeof r.while === 'string');
  if (!isMatch && !isWhile) throw new Error(`grammar: ${where}: merge takes only match rules or only begin/while rules`);
  const key = isMatch ? 'match' : 'begin';
  const capturesKey = isMatch ? 'captures' : 'beginCaptures';
  const alternatives = [];
  const captures = {};
  let offset = 0;
  for (const rule of rules) {
    const own = rule[capturesKey] || rule.captures || {};
    const whole = isMatch ? rule.name : undefined;
    if (whole && own['0']) throw new Error(`grammar: ${where}: a rule with both name and captures 0 cannot be merged`);
    if (!isMatch && (rule.name || rule.contentName)) throw new Error(`grammar: ${where}: a begin/while rule with a name cannot be merged`);
    const wrapped = Boolean(whole || own['0']);
    if (wrapped) captures[String(++offset)] = whole ? { name: whole } : own['0'];
    const base = offset;
    const wholeName = whole || (own['0'] && own['0'].name);
    for (const [index, capture] of Object.entries(own)) {
      if (index === '0') continue;
      // vscode-textmate tokenizes a capture with `patterns` under the rule's scopes only, not
      // under the captures around it, so the group standing for the whole rule names it too.
      const renamed = capture.patterns && wholeName
        ? { ...capture, name: capture.name ? `${wholeName} ${capture.name}` : wholeName } : capture;
      captures[String(base + Number(index))] = renamed;
    }
    offset += countGroups(rule[key], where);
    alternatives.push(wrapped ? `(${rule[key]})` : `(?:${rule[key]})`);
  }
  const merged = { [key]: alternatives.join('|'), [capturesKey]: captures };
  if (isWhile) {
    const [first] = rules;
    for (const rule of rules) {
      if (rule.while !== first.while || JSON.stringify(rule.patterns) !== JSON.stringify(first.patterns)) {
        throw new Error(`grammar: ${where}: merged begin/while rules need the same while and patterns`);
      }
    }
    merged.while = first.while;
    if (first.patterns) merged.patterns = first.patterns;
  }
  return merged;
}

/** Replaces every `{ merge: [...] }` pattern of the grammar by its merged rule. */
function mergePatterns(grammar) {
  const repository = grammar.repository || {};
  const visit = (node, where) => {
    if (Array.isArray(node)) {
      return node.map((item, i) => (item && item.merge
        ? mergeRules(item.merge.flatMap(ref => resolve(ref, repository, `${where}[${i}]`)), `${where}[${i}]`)
        : visit(item, `${where}[${i}]`)));
    }
    if (node === null || typeof node !== 'object') return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) out[key] = visit(value, `${where}.${key}`);
    return out;
  };
  return visit(grammar, '');
}

/** Drops repository rules that no include reaches any more (those only merged). */
function pruneRepository(grammar) {
  if (!grammar.repository) return grammar;
  const used = new Set();
  const walk = node => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (typeof node.include === 'string' && node.include.startsWith('#')) {
        const name = node.include.slice(1);
        if (!used.has(name) && grammar.repository[name]) {
          used.add(name);
          walk(grammar.repository[name]);
        }
      }
      for (const [key, value] of Object.entries(node)) if (key !== 'repository') walk(value);
    }
  };
  walk(grammar);
  const repository = {};
  for (const [name, rule] of Object.entries(grammar.repository)) if (used.has(name)) repository[name] = rule;
  return { ...grammar, repository };
}

module.exports = { mergePatterns, pruneRepository, countGroups };
