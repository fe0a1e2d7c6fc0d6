import * as assert from 'assert';
import { buildOutline, type OutlineNode } from '../../src/core/outline';
import { boundOutline, countNodes, LightOutlineMemo } from '../../src/core/outlineBudget';
import { parseTranscript } from '../../src/core/parse';
import { comparePositions, type Range } from '../../src/core/position';

/** A Markdown press conference of `questions` exchanges (each a question and two answers), in sections of `perSection`. */
function pressConference(questions: number, perSection = questions): string {
  const lines = ['# Press conference on the harbour', ''];
  for (let q = 1; q <= questions; q++) {
    if ((q - 1) % perSection === 0) lines.push(`## Part ${(q - 1) / perSection + 1}`, '');
    lines.push(`**Q:** Will pier ${q} be rebuilt before the storm season, minister?`, '');
    lines.push(`**Marta Lindqvist:** Pier ${q} will be rebuilt next year.`, '', `**Jon Berg:** I agree with the minister on pier ${q}.`, '');
  }
  return lines.join('\n');
}

/** A podcast of `turns` turns without questions. */
function podcast(turns: number): string {
  const lines: string[] = [];
  for (let i = 0; i < turns; i++) lines.push(`${i % 2 ? 'Anna Berg' : 'Tom Lee'}: This is turn ${i} about boats and the sea.`, '');
  return lines.join('\n');
}

const outlineOf = (text: string, fileName = 'x.md') => buildOutline(parseTranscript(text, { fileName }));
const flat = (nodes: readonly OutlineNode[]): OutlineNode[] => nodes.flatMap(n => [n, ...flat(n.children)]);
const contains = (outer: Range, inner: Range) =>
  comparePositions(inner.start, outer.start) >= 0 && comparePositions(inner.end, outer.end) <= 0;

describe('outline budget (huge documents get a lighter Outline)', () => {
  it('leaves an outline within the budget as it is, the same objects', () => {
    const outline = outlineOf(pressConference(20));
    const bounded = boundOutline(outline, 200);
    assert.strictEqual(bounded.detail, 'full');
    assert.strictEqual(bounded.nodes, outline);
  });

  it('over the budget, drops the turn rows under each exchange and keeps every exchange', () => {
    const outline = outlineOf(pressConference(100));
    assert.ok(countNodes(outline) > 300, `${countNodes(outline)} rows before`);
    const bounded = boundOutline(outline, 150);
    assert.strictEqual(bounded.detail, 'without-turns');
    const exchanges = flat(bounded.nodes).filter(n => n.kind === 'exchange');
    assert.strictEqual(exchanges.length, 100);
    assert.ok(exchanges.every(n => n.children.length === 0));
    assert.match(exchanges[99].name, /^Q100 · /);
    assert.ok(outline.some(n => n.children.length > 0 || flat(n.children).length > 0), 'the full outline is left unchanged');
    assert.ok(flat(outline).some(n => n.kind === 'exchange' && n.children.length === 3));
  });

  it('still over it, groups neighbouring exchanges by ten, named by their numbers, with their topics', () => {
    const outline = outlineOf(pressConference(1000));
    const bounded = boundOutline(outline, 500);
    assert.strictEqual(bounded.detail, 'grouped');
    assert.ok(countNodes(bounded.nodes) <= 500, `${countNodes(bounded.nodes)} rows`);
    const groups = flat(bounded.nodes).filter(n => n.kind === 'group');
    assert.strictEqual(groups[0].name, 'Q1–Q10');
    assert.strictEqual(groups[groups.length - 1].name, 'Q991–Q1000');
    assert.match(groups[0].detail, /pier 1\b.*·/i, 'the topics of the group as its detail');
    assert.ok(groups[0].detail.length <= 80);
  });

  it('groups by the smallest power of ten that fits, and keeps sections', () => {
    const bounded = boundOutline(outlineOf(pressConference(3000, 1000)), 100);
    const nodes = flat(bounded.nodes);
    assert.ok(countNodes(bounded.nodes) <= 100);
    assert.deepStrictEqual(nodes.filter(n => n.kind === 'section').map(n => n.name), ['Part 1', 'Part 2', 'Part 3']);
    assert.ok(nodes.some(n => n.name === 'Q1–Q100'), nodes.map(n => n.name).slice(0, 5).join(', '));
  });

  it('names groups of turns by the lines they span and who speaks', () => {
    const bounded = boundOutline(outlineOf(podcast(500), 'x.txt'), 100);
    const groups = flat(bounded.nodes).filter(n => n.kind === 'group');
    assert.ok(groups.length > 0 && countNodes(bounded.nodes) <= 100);
    assert.strictEqual(groups[0].name, 'Lines 1–19');
    assert.strictEqual(groups[0].detail, '10 turns · Tom Lee, Anna Berg');
  });

  it('every row of the document is inside one row of the lighter outline, in order, within its parent', () => {
    const outline = outlineOf(pressConference(1000, 250));
    const full = flat(outline).filter(n => n.kind === 'exchange');
    const bounded = boundOutline(outline, 300).nodes;
    const rows = flat(bounded);
    for (const exchange of full) {
      assert.ok(rows.some(row => row.children.length === 0 && contains(row.range, exchange.range)), `${exchange.name} reachable`);
    }
    const check = (nodes: readonly OutlineNode[], parent?: Range) => {
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i];
        assert.ok(contains(node.range, node.selectionRange), `${node.name}: selection inside range`);
        if (parent) assert.ok(contains(parent, node.range), `${node.name}: inside its parent`);
        if (i > 0) assert.ok(comparePositions(nodes[i - 1].range.start, node.range.start) <= 0, `${node.name}: in order`);
        check(node.children, node.range);
      }
    };
    check(bounded);
  });

  it('gives an unchanged exchange the same lightened row on the next outline', () => {
    const outline = outlineOf(pressConference(100));
    const memo = new LightOutlineMemo();
    const first = flat(boundOutline(outline, 150, memo).nodes).filter(n => n.kind === 'exchange');
    const second = flat(boundOutline(outline, 150, memo).nodes).filter(n => n.kind === 'exchange');
    assert.ok(first.every((node, i) => node === second[i]));
  });
});
