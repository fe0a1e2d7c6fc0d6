// scripts/merge-rules.js: the build step that joins listed rules into one regex for speed.
// A wrong group count would shift every later capture's scope, so the counting and renumbering
// are checked here on the regex shapes the grammar uses.
import * as assert from 'assert';
import * as path from 'path';
import { repositoryRoot } from './loadGrammar';

const { countGroups, mergePatterns } = require(path.join(repositoryRoot(), 'scripts', 'merge-rules.js'));

describe('grammar build: merging rules', () => {
  it('counts only capturing groups, not escaped parentheses, classes or look-arounds', () => {
    assert.strictEqual(countGroups('(a)(?:b)(?=c)(?<!d)(?>e)(f)', 't'), 2);
    assert.strictEqual(countGroups('\\((x)\\)', 't'), 1);
    assert.strictEqual(countGroups('[(][^)]([()（）])', 't'), 1);
    assert.strictEqual(countGroups('[]()](y)', 't'), 1);
    assert.strictEqual(countGroups('\\p{L}[a[(]b](z)', 't'), 1);
  });

  it('refuses what renumbering would break', () => {
    assert.throws(() => countGroups('(a)\\1', 't'), /back-reference/);
    assert.throws(() => countGroups('(?<word>a)', 't'), /named group/);
  });

  it('renumbers captures after the groups before them and names each rule by a group around it', () => {
    const grammar = {
      patterns: [{ merge: ['#first', '#second'] }],
      repository: {
        first: { match: '(a)(b)', name: 'x.transcript', captures: { '2': { name: 'b.transcript' } } },
        second: { match: '(c)', captures: { '1': { name: 'c.transcript', patterns: [{ include: '#first' }] } } },
      },
    };
    const [merged] = mergePatterns(grammar).patterns;
    assert.strictEqual(merged.match, '((a)(b))|(?:(c))');
    assert.deepStrictEqual(merged.captures, {
      '1': { name: 'x.transcript' },
      '3': { name: 'b.transcript' },
      '4': { name: 'c.transcript', patterns: [{ include: '#first' }] },
    });
  });

  it('keeps a begin/while merge only when the rules share while and patterns', () => {
    const rule = (begin: string, whileRegex: string) => ({ begin, while: whileRegex, patterns: [{ include: '#inline' }] });
    const same = { patterns: [{ merge: ['#a', '#b'] }], repository: { a: rule('(a)', 'w'), b: rule('(b)', 'w') } };
    assert.strictEqual(mergePatterns(same).patterns[0].begin, '(?:(a))|(?:(b))');
    const different = { patterns: [{ merge: ['#a', '#b'] }], repository: { a: rule('(a)', 'w'), b: rule('(b)', 'v') } };
    assert.throws(() => mergePatterns(different), /same while/);
  });
});
