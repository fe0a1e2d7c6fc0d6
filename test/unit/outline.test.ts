import * as assert from 'assert';
import type { Exchange, Section, Transcript, Turn } from '../../src/core/model';
import { buildOutline, OutlineMemo, type OutlineNode } from '../../src/core/outline';
import { parseTranscript } from '../../src/core/parse';
import { comparePositions, range, type Range } from '../../src/core/position';

// Models are built by hand here so the outline is tested independently of the parsers.

function emptyTranscript(lineCount: number): Transcript {
  return {
    format: 'plain', encoding: 'utf-16',
    metadata: { title: null, date: null, time: null, place: null, publisher: null, url: null, extra: {} },
    boilerplate: [], header: null, sections: [], turns: [], exchanges: [], speakers: [], pageLines: null, lineCount,
  };
}

interface TurnSpec {
  speaker?: string | null;
  label?: string | null;
  qualifier?: string;
  addressees?: string[];
  question?: boolean;
  startTime?: string;
  /** First and last line (inclusive); the last line is 40 characters long. */
  lines: [number, number];
}

function turn(index: number, spec: TurnSpec): Turn {
  const [first, last] = spec.lines;
  const label = spec.label === undefined ? (spec.speaker ?? null) : spec.label;
  const labelLength = label ? label.length + 1 : 0;
  return {
    index,
    speaker: spec.speaker ?? null,
    label,
    qualifier: spec.qualifier ?? null,
    isQuestion: spec.question ?? false,
    isAnswer: false,
    addressees: spec.addressees ?? [],
    range: range(first, 0, last, 40),
    labelRange: label ? range(first, 0, first, labelLength) : null,
    paragraphs: [{ range: range(first, labelLength ? labelLength + 1 : 0, last, 40) }],
    startTime: spec.startTime ?? null,
  };
}

function exchange(number: number, topic: string, question: Turn, answers: Turn[]): Exchange {
  const last = answers.length > 0 ? answers[answers.length - 1] : question;
  return { number, topic, question, answers, range: { start: question.range.start, end: last.range.end } };
}

function section(title: string, level: number, first: number, last: number): Section {
  return { title, level, range: range(first, 0, last, 40), headingRange: range(first, 0, first, title.length + level + 1) };
}

/** A press conference in the example's style: header, unlabelled opening, two exchanges. */
function pressConference(): Transcript {
  const t = emptyTranscript(20);
  t.metadata.title = "Foreign Minister Sergey Lavrov's statement and answers to media questions";
  t.header = range(0, 0, 2, 18);
  const opening = turn(0, { speaker: 'Sergey Lavrov', label: null, lines: [4, 6] });
  const q1 = turn(1, { speaker: null, label: 'Question', question: true, lines: [8, 8] });
  const a1 = turn(2, { speaker: 'Sergey Lavrov', lines: [10, 11] });
  const q2 = turn(3, {
    speaker: null, label: 'Question (to both ministers)', qualifier: 'to both ministers',
    addressees: ['both ministers'], question: true, lines: [13, 13],
  });
  const a2 = turn(4, { speaker: 'Mukhtar Tleuberdi', lines: [15, 15] });
  const a3 = turn(5, { speaker: 'Sergey Lavrov', qualifier: 'speaking after Mukhtar Tleuberdi', lines: [17, 19] });
  t.turns = [opening, q1, a1, q2, a2, a3];
  t.exchanges = [exchange(1, 'Open Skies Treaty', q1, [a1]), exchange(2, 'vaccination passports', q2, [a2, a3])];
  return t;
}

/** Asserts what VS Code requires of document symbols, for the whole tree. */
function assertNested(nodes: OutlineNode[], parent?: OutlineNode): void {
  for (const node of nodes) {
    assert.ok(node.name.length > 0, 'a symbol name is never empty');
    assert.ok(inside(node.selectionRange, node.range), `${node.name}: selectionRange inside range`);
    if (parent) assert.ok(inside(node.range, parent.range), `${node.name} inside ${parent.name}`);
    assertNested(node.children, node);
  }
}

function inside(inner: Range, outer: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0
    && comparePositions(inner.start, inner.end) <= 0;
}

function shape(nodes: OutlineNode[]): unknown[] {
  return nodes.map(n => (n.children.length > 0 ? [`${n.kind}:${n.name}`, shape(n.children)] : `${n.kind}:${n.name}`));
}

describe('buildOutline', () => {
  it('shows the title, the opening and each exchange with its question and answers, with speakers and addressees as details', () => {
    const outline = buildOutline(pressConference());
    assert.deepStrictEqual(shape(outline), [
      "title:Foreign Minister Sergey Lavrov's statement and answers to media questions",
      'opening:Opening statement',
      ['exchange:Q1 · Open Skies Treaty', ['question:Question', 'answer:Sergey Lavrov']],
      ['exchange:Q2 · vaccination passports', ['question:Question', 'answer:Mukhtar Tleuberdi', 'answer:Sergey Lavrov']],
    ]);
    assertNested(outline);
    const [title, opening, q1, q2] = outline;
    assert.strictEqual(title.detail, '');
    assert.strictEqual(opening.detail, 'Sergey Lavrov');
    assert.strictEqual(q1.detail, '', 'an anonymous question without addressees has no detail');
    assert.strictEqual(q2.detail, 'to both ministers');
    assert.strictEqual(q2.children[2].detail, 'speaking after Mukhtar Tleuberdi');
  });

  it('names the asker in the exchange detail, unless it is a bare Q marker', () => {
    const t = emptyTranscript(6);
    const q = turn(0, { speaker: 'Jane Roe', question: true, addressees: ['Mr. Smith', 'Ms. Lee', 'Dr. Diaz'], lines: [0, 1] });
    const a = turn(1, { speaker: 'Mr. Smith', lines: [3, 5] });
    t.turns = [q, a];
    t.exchanges = [exchange(1, '', q, [a])];
    const [node] = buildOutline(t);
    assert.strictEqual(node.name, 'Q1', 'no topic: the number alone');
    assert.strictEqual(node.detail, 'Jane Roe to Mr. Smith, Ms. Lee and Dr. Diaz');
    assert.strictEqual(node.children[0].name, 'Jane Roe');
    // A bare marker is not an asker, and reads better spelled out.
    q.speaker = 'Q.';
    const [marked] = buildOutline(t);
    assert.strictEqual(marked.detail, 'to Mr. Smith, Ms. Lee and Dr. Diaz');
    assert.deepStrictEqual(marked.children.map(c => c.name), ['Question', 'Mr. Smith']);
  });

  it('shows the reviewer\'s names for speakers (asker, addressees, answers, opening), and memoized nodes follow a rename', () => {
    const t = emptyTranscript(10);
    const opening = turn(0, { speaker: 'PRESIDENT LINCOLN', label: null, lines: [0, 1] });
    const q = turn(1, { speaker: 'REPORTER', question: true, addressees: ['PRESIDENT LINCOLN'], lines: [3, 4] });
    const a = turn(2, { speaker: 'PRESIDENT LINCOLN', lines: [6, 9] });
    t.turns = [opening, q, a];
    t.exchanges = [exchange(1, 'the war', q, [a])];
    const memo = new OutlineMemo();
    const [openingNode, plain] = buildOutline(t, memo);
    assert.strictEqual(openingNode.detail, 'PRESIDENT LINCOLN');
    assert.deepStrictEqual([plain.detail, plain.children.map(c => c.name)], ['REPORTER to PRESIDENT LINCOLN', ['REPORTER', 'PRESIDENT LINCOLN']]);
    const names = new Map([['PRESIDENT LINCOLN', 'Abraham Lincoln']]);
    const [renamedOpening, renamed] = buildOutline(t, memo, { speakerNames: names });
    assert.strictEqual(renamedOpening.detail, 'Abraham Lincoln');
    assert.deepStrictEqual([renamed.detail, renamed.children.map(c => c.name)], ['REPORTER to Abraham Lincoln', ['REPORTER', 'Abraham Lincoln']]);
    assert.strictEqual(buildOutline(t, memo, { speakerNames: names })[1], renamed, 'the same names reuse the nodes');
    assert.deepStrictEqual(buildOutline(t, memo)[1].children.map(c => c.name), ['REPORTER', 'PRESIDENT LINCOLN'], 'no names: the labels again');
  });

  it('selects the label of a turn and the question label of an exchange', () => {
    const [, opening, q1] = buildOutline(pressConference());
    assert.deepStrictEqual(q1.range, range(8, 0, 11, 40));
    assert.deepStrictEqual(q1.selectionRange, range(8, 0, 8, 9));
    assert.deepStrictEqual(q1.children[1].selectionRange, range(10, 0, 10, 14));
    // The unlabelled opening spans lines 4-6: its selection is its start, not three lines.
    assert.deepStrictEqual(opening.selectionRange, range(4, 0, 4, 0));
  });

  it('puts exchanges under the sections that contain them, and nests headings by level', () => {
    const t = pressConference();
    t.header = null;
    t.metadata.title = null;
    t.sections = [section('Statement', 2, 3, 7), section('Questions', 2, 7, 19), section('Health', 3, 12, 19)];
    const outline = buildOutline(t);
    assert.deepStrictEqual(shape(outline), [
      ['section:Statement', ['opening:Opening statement']],
      ['section:Questions', [
        ['exchange:Q1 · Open Skies Treaty', ['question:Question', 'answer:Sergey Lavrov']],
        ['section:Health', [
          ['exchange:Q2 · vaccination passports', ['question:Question', 'answer:Mukhtar Tleuberdi', 'answer:Sergey Lavrov']],
        ]],
      ]],
    ]);
    assertNested(outline);
  });

  it('keeps a heading of the same or higher level a sibling even when ranges overlap, and nests nothing under separators', () => {
    const t = emptyTranscript(10);
    t.sections = [section('Part one', 2, 0, 9), section('Detail', 3, 2, 9), section('Part two', 2, 5, 9)];
    assert.deepStrictEqual(shape(buildOutline(t)), [
      ['section:Part one', ['section:Detail']],
      'section:Part two',
    ]);
    assertNested(buildOutline(t));
    // Separator sections (level 0) nest under headings, and nothing nests under them.
    t.sections = [section('Day one', 1, 0, 9), section('', 0, 3, 9), section('', 0, 6, 9)];
    assert.deepStrictEqual(shape(buildOutline(t)), [['section:Day one', ['section:* * *', 'section:* * *']]]);
    assertNested(buildOutline(t));
  });

  it('makes a level-1 heading that repeats the title the title node, holding the rest', () => {
    const t = pressConference();
    t.header = null;
    t.sections = [section(t.metadata.title as string, 1, 0, 19)];
    const outline = buildOutline(t);
    assert.strictEqual(outline.length, 1);
    assert.strictEqual(outline[0].kind, 'title');
    assert.deepStrictEqual(outline[0].children.map(c => c.kind), ['opening', 'exchange', 'exchange']);
    assertNested(outline);
  });

  it('points a title without a header range (front matter) at the top of the document', () => {
    const t = pressConference();
    t.header = null;
    const [title] = buildOutline(t);
    assert.strictEqual(title.kind, 'title');
    assert.deepStrictEqual(title.range, range(0, 0, 0, 0));
  });

  it('makes only the first unlabelled turn the opening, even when headings split the monologue', () => {
    const t = emptyTranscript(12);
    t.turns = [
      turn(0, { speaker: 'Dan Boneh', label: null, lines: [1, 2] }),
      turn(1, { speaker: 'Dan Boneh', label: null, lines: [4, 5] }),
      turn(2, { speaker: null, label: 'Q', question: true, lines: [7, 7] }),
      turn(3, { speaker: 'A', label: 'A', lines: [9, 11] }),
    ];
    t.turns[3].isAnswer = true;
    t.exchanges = [exchange(1, 'discrete log', t.turns[2], [t.turns[3]])];
    assert.deepStrictEqual(shape(buildOutline(t)), [
      'opening:Opening statement',
      'turn:Dan Boneh',
      ['exchange:Q1 · discrete log', ['question:Question', 'answer:Answer']],
    ]);
  });

  it('lists turns by speaker when the transcript has no questions', () => {
    const t = emptyTranscript(12);
    t.sections = [section('Intro', 2, 0, 5), section('Deep dive', 2, 6, 11)];
    t.turns = [
      turn(0, { speaker: 'Adam Stacoviak', lines: [1, 2] }),
      turn(1, { speaker: 'Mark Russinovich', lines: [3, 5] }),
      turn(2, { speaker: 'Adam Stacoviak', startTime: '00:10:02', lines: [7, 8] }),
      turn(3, { speaker: 'Mark Russinovich', lines: [9, 11] }),
    ];
    const outline = buildOutline(t);
    assert.deepStrictEqual(shape(outline), [
      ['section:Intro', ['turn:Adam Stacoviak', 'turn:Mark Russinovich']],
      ['section:Deep dive', ['turn:Adam Stacoviak', 'turn:Mark Russinovich']],
    ]);
    assert.strictEqual(outline[1].children[0].detail, '00:10:02');
    assertNested(outline);
  });

  it('names caption turns without speakers by their time and invents no opening', () => {
    const t = emptyTranscript(9);
    t.format = 'srt';
    t.turns = [
      turn(0, { label: null, startTime: '00:00:00,080', lines: [1, 2] }),
      turn(1, { label: null, startTime: '00:00:01,870', lines: [5, 6] }),
    ];
    const outline = buildOutline(t);
    assert.deepStrictEqual(shape(outline), ['turn:00:00:00,080', 'turn:00:00:01,870']);
    assert.strictEqual(outline[0].detail, '', 'the time is the name, not repeated as detail');
  });

  it('keeps turns outside any exchange, such as a second statement before the questions', () => {
    const t = pressConference();
    const statement = turn(6, { speaker: 'Mukhtar Tleuberdi', lines: [7, 7] });
    t.turns = [t.turns[0], statement, ...t.turns.slice(1)];
    const kinds = buildOutline(t).map(n => `${n.kind}:${n.name}`);
    assert.deepStrictEqual(kinds.slice(1, 3), ['opening:Opening statement', 'turn:Mukhtar Tleuberdi']);
  });

  it('clamps children that overreach their parent, so VS Code accepts every symbol', () => {
    const t = emptyTranscript(10);
    t.sections = [section('Short', 2, 0, 3)];
    const q = turn(0, { speaker: null, label: 'Q', question: true, lines: [2, 2] });
    const a = turn(1, { speaker: 'A. Witness', lines: [3, 6] });
    t.turns = [q, a];
    t.exchanges = [exchange(1, 'the contract', q, [a])];
    const outline = buildOutline(t);
    assertNested(outline);
    assert.deepStrictEqual(outline[0].children[0].range.end, range(0, 0, 3, 40).end);
  });

  it('returns an empty outline for an empty model', () => {
    assert.deepStrictEqual(buildOutline(emptyTranscript(1)), []);
  });

  it('stays nested and ordered for a caption file of thousands of turns', () => {
    const t = emptyTranscript(40000);
    t.turns = Array.from({ length: 10000 }, (_, i) => turn(i, { speaker: i % 2 ? 'Lex' : 'Guest', lines: [i * 4, i * 4 + 2] }));
    const outline = buildOutline(t);
    assert.strictEqual(outline.length, 10000);
    assert.strictEqual(outline[9999].range.start.line, 39996);
  });
});

describe('buildOutline on parsed documents', () => {
  /** Paragraphs separated by blank lines, as transcripts are written. */
  const parse = (paragraphs: string[], fileName: string) => parseTranscript(`${paragraphs.join('\n\n')}\n`, { fileName });

  it('outlines a press conference in the example style', () => {
    const outline = buildOutline(parse([
      'Ministry of Maritime Affairs',
      "Minister Ana Duarte's remarks and answers to media questions at a news conference, Port Aster, March 14, 2023",
      '14 March 202310:05',
      'Good morning,',
      'We have finished two days of talks on fisheries and on the ferry link.',
      'Question: Will the government compensate the fishermen for the new quotas?',
      'Ana Duarte: We are preparing a support package for the crews most affected.',
      'Question (to both ministers): Did you discuss the Brenna Bank fishing grounds?',
      'Pieter Halvorsen: Yes. The joint commission will prepare a proposal by the autumn.',
      'Ana Duarte: Both sides want a fair solution.',
    ], 'conference.txt'));
    assertNested(outline);
    assert.deepStrictEqual(outline.map(n => n.kind), ['title', 'opening', 'exchange', 'exchange']);
    assert.match(outline[0].name, /^Minister Ana Duarte's remarks/);
    assert.strictEqual(outline[1].detail, 'Ana Duarte', 'the opening speaker comes from the title');
    assert.match(outline[2].name, /^Q1 · \S/);
    assert.match(outline[3].name, /^Q2 · \S/);
    assert.strictEqual(outline[3].detail, 'to both ministers');
    assert.deepStrictEqual(outline[3].children.map(c => `${c.kind}:${c.name}`),
      ['question:Question', 'answer:Pieter Halvorsen', 'answer:Ana Duarte']);
    assert.deepStrictEqual(outline[2].range.start, { line: 10, character: 0 });
    assert.deepStrictEqual(outline[3].range.end.line, 18);
  });

  it('outlines a Markdown podcast by section and speaker', () => {
    const outline = buildOutline(parse([
      '---\ntitle: Small Harbours, Episode 12\n---',
      '## The old terminal',
      '**Mira Olsen:** What is actually wrong with the old terminal?',
      "**Tomas Reyes:** The pier was built in 1962 for boats half the size of today's ferries.",
      '## The works',
      '**Mira Olsen:** How long will passengers be disrupted?',
      '**Tomas Reyes:** About four months, with a temporary landing stage.',
    ], 'episode.md'));
    assertNested(outline);
    assert.deepStrictEqual(shape(outline), [
      'title:Small Harbours, Episode 12',
      ['section:The old terminal', ['turn:Mira Olsen', 'turn:Tomas Reyes']],
      ['section:The works', ['turn:Mira Olsen', 'turn:Tomas Reyes']],
    ]);
    assert.deepStrictEqual(outline[2].children[1].range.start, { line: 14, character: 0 });
  });

  it('outlines WebVTT captions by voice with their start times', () => {
    const outline = buildOutline(parse([
      'WEBVTT',
      '00:00:00.000 --> 00:00:04.000\n<v Gillian>Hi, Gillian here from Breaking Through.',
      '00:00:04.000 --> 00:00:07.500\n<v Gillian>My question is about trailers.',
      '00:00:07.500 --> 00:00:12.000\n<v Travis>Great question, Gillian.',
    ], 'episode.vtt'));
    assertNested(outline);
    assert.deepStrictEqual(outline.map(n => `${n.kind}:${n.name}`), ['turn:Gillian', 'turn:Travis']);
    assert.match(outline[1].detail, /^00:00:07\.500/);
  });
});
