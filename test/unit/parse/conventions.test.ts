/**
 * One inline document per convention and per false-positive trap: what a reader would call the speaker,
 * the question, the time.
 */
import * as assert from 'assert';
import { parseTranscript } from '../../../src/core/parse';

function turnsOf(text: string, fileName = 'doc.txt') {
  return parseTranscript(text, { fileName }).turns.map(t => ({ speaker: t.speaker, label: t.label, isQuestion: t.isQuestion, time: t.startTime, qualifier: t.qualifier }));
}

describe('speaker labels', () => {
  it('reads Name: text with a qualifier in parentheses', () => {
    const [turn] = turnsOf('Sergey Lavrov (speaking after Mukhtar Tleuberdi): Our sanitary authorities are on it.\n');
    assert.deepStrictEqual(turn, { speaker: 'Sergey Lavrov', label: 'Sergey Lavrov (speaking after Mukhtar Tleuberdi)', isQuestion: false, time: null, qualifier: 'speaking after Mukhtar Tleuberdi' });
  });

  it('marks Question, QUESTION, Q, Q. and Q: as questions, with addressees from the qualifier', () => {
    const text = 'Question (to both ministers): One?\n\nQUESTION: Two?\n\nQ.  Three?\n\nQ: Four?\n\nQ\u00a0\u00a0 Five?\n';
    const t = parseTranscript(text);
    assert.deepStrictEqual(t.turns.map(x => x.isQuestion), [true, true, true, true, true]);
    assert.deepStrictEqual(t.turns[0].addressees, ['both ministers']);
    assert.strictEqual(t.exchanges.length, 5);
  });

  it('reads testimony answers A. and A: and keeps "A Missouri mayor" as prose', () => {
    const t = parseTranscript('Q.  Were you there?\n\nA.  Yes.\nA Missouri mayor said so.\n\nA:  Later.\n');
    assert.deepStrictEqual(t.turns.map(x => [x.label, x.isAnswer]), [['Q.', false], ['A.', true], ['A', true]]);
    assert.strictEqual(t.exchanges[0].answers.length, 2);
  });

  it('reads capitalised labels with honorifics, roles and interpreter notes', () => {
    const turns = turnsOf('MS. PSAKI:  Hi.\n\nTHE PRESIDENT: Thanks.\n\nCHANCELLOR MERKEL: (As interpreted.) Yes.\n\nWOLF BLITZER, CNN HOST: Welcome.\n');
    assert.deepStrictEqual(turns.map(t => t.speaker), ['MS. PSAKI', 'THE PRESIDENT', 'CHANCELLOR MERKEL', 'WOLF BLITZER']);
    assert.strictEqual(turns[2].qualifier, 'As interpreted.');
  });

  it('reads a label alone on its line with the text below', () => {
    const t = parseTranscript('HOLT:\n\nGood evening.\n\nWARREN:\n\nThank you.\n');
    assert.deepStrictEqual(t.turns.map(x => [x.speaker, x.range.start.line, x.range.end.line]), [['HOLT', 0, 2], ['WARREN', 4, 6]]);
  });

  it('reads names in any script and the full-width colon', () => {
    const turns = turnsOf('主持人：欢迎。\n\nShaun Apps（SA）：我先开场。\n\nSA：言归正传。\n');
    assert.deepStrictEqual(turns.map(t => t.speaker), ['主持人', 'Shaun Apps', 'SA']);
    assert.strictEqual(turns[1].qualifier, 'SA');
  });
});

describe('timestamps', () => {
  it('reads [hh:mm:ss] Name:, Name hh:mm:ss, Speaker N: hh:mm:ss and (hh:mm:ss) text', () => {
    const turns = turnsOf('[00:12:34] Ann Lee: Hello.\n\nBo Chen  00:13:00\nHi.\n\nSpeaker 1: 00:01:17\n\nText.\n\n(00:05:48) An unlabelled opening.\n');
    assert.deepStrictEqual(turns.map(t => [t.speaker, t.time]), [['Ann Lee', '00:12:34'], ['Bo Chen', '00:13:00'], ['Speaker 1', '00:01:17']]);
  });

  it('gives an unlabelled opening its time', () => {
    const t = parseTranscript('(00:05:48) Welcome to the show.\n\nAnn Lee: Thanks.\n');
    assert.strictEqual(t.turns[0].label, null);
    assert.strictEqual(t.turns[0].startTime, '00:05:48');
  });
});

describe('not speakers, whatever they look like', () => {
  const traps: Array<[string, string]> = [
    ['a clock time', '1:18 P.M. EDT\n'],
    ['a 24-hour time', '17:30 the doors open.\n'],
    ['a URL', 'https://example.org: the site.\n'],
    ['a metadata line', 'Source: Example Wire\nNote: edited for length.\nDate: 2021-04-08\n'],
    ['a Markdown metadata line', '**Date:** 2025-07-30\n'],
    ['a ratio', 'The vote was 3:1 in favour.\n'],
    ['a colon inside a sentence', 'Here is what the report says: the budget is balanced.\n'],
    ['a label longer than a name and role', 'The Committee on Budget Appropriations and Oversight of the Regional Fund: text\n'],
    ['a word-index line', 'ability 20:1,12\n'],
    ['a code-like line', 'Sign(sk, m):  output sigma\n'],
    ['a document part', 'Part II: The Economy\n'],
  ];
  for (const [what, text] of traps) {
    it(`does not take ${what} for a speaker`, () => {
      const fileName = text.startsWith('**') ? 'doc.md' : 'doc.txt';
      const t = parseTranscript(text, { fileName });
      assert.deepStrictEqual(t.turns.filter(x => x.label !== null).map(x => x.label), []);
      assert.deepStrictEqual(t.speakers.map(s => s.name), []);
    });
  }
});

describe('header and metadata', () => {
  it('reads the example header: chrome, publisher, title, glued date and time, place and opening speaker', () => {
    const text = [
      'UNITED24 - Make a charitable donation in support of Ukraine!', '', 'Weapons of Mass Destruction (WMD)', '',
      'The Ministry of Foreign Affairs of the Russian Federation', '',
      "Foreign Minister Sergey Lavrov's statement and answers to media questions at a joint news conference with Deputy Prime Minister – Foreign Minister of Kazakhstan Mukhtar Tleuberdi, Nur-Sultan, April 8, 2021",
      '', '8 April 202114:32', '', 'Ladies and gentlemen,', '', 'We had talks.', '', 'Question: Will the parade be held?', '',
      'Sergey Lavrov: Yes.', '', 'Join the GlobalSecurity.org mailing list',
    ].join('\n');
    const t = parseTranscript(text);
    assert.strictEqual(t.metadata.date, '2021-04-08');
    assert.strictEqual(t.metadata.time, '14:32');
    assert.strictEqual(t.metadata.place, 'Nur-Sultan');
    assert.strictEqual(t.metadata.publisher, 'The Ministry of Foreign Affairs of the Russian Federation');
    assert.ok(t.metadata.title?.startsWith("Foreign Minister Sergey Lavrov's statement"));
    assert.deepStrictEqual(t.boilerplate.map(r => r.start.line), [0, 2, 18]);
    assert.deepStrictEqual(t.turns.map(x => [x.label, x.speaker]), [[null, 'Sergey Lavrov'], ['Question', null], ['Sergey Lavrov', 'Sergey Lavrov']]);
    assert.deepStrictEqual(t.speakers.map(s => s.name), ['Sergey Lavrov'], 'an anonymous question marker is not a speaker');
    assert.strictEqual(t.turns[2].range.end.line, 16, 'the mailing-list line is not part of the last answer');
  });

  it('reads YAML front matter as metadata', () => {
    const t = parseTranscript('---\ntitle: "A Talk"\ndate: 2015-07-14\nsource_url: https://example.org/t\n---\n**Ann:** Hi.\n', { fileName: 'a.md' });
    assert.deepStrictEqual([t.metadata.title, t.metadata.date, t.metadata.url], ['A Talk', '2015-07-14', 'https://example.org/t']);
    assert.deepStrictEqual(t.turns.map(x => [x.speaker, x.range.start.line]), [['Ann', 5]]);
  });
});

describe('Markdown transcripts', () => {
  it('reads **Name:** and **Name**: labels from the syntax tree, with remark positions mapped to 0-based', () => {
    const t = parseTranscript('Intro line.\n\n**Jerod Santo:** Hello.\n\n**Mark R**: Hi.\nSecond line.\n', { fileName: 'p.md' });
    const labelled = t.turns.filter(x => x.label);
    assert.deepStrictEqual(labelled.map(x => [x.speaker, x.labelRange!.start.line, x.labelRange!.start.character, x.labelRange!.end.character]),
      [['Jerod Santo', 2, 0, 16], ['Mark R', 4, 0, 11]]);
    assert.deepStrictEqual(labelled[1].range.end, { line: 5, character: 12 });
  });

  it('does not read labels inside code blocks', () => {
    const t = parseTranscript('**Ann:** Look:\n\n```\nBob: not a turn\n```\n', { fileName: 'p.md' });
    assert.deepStrictEqual(t.speakers.map(s => s.name), ['Ann']);
  });

  it('makes sections of headings and separators', () => {
    const t = parseTranscript('**Ann:** Hi.\n\n## Budget\n\n**Bob:** Money.\n\n---\n\n**Ann:** Bye.\n', { fileName: 'p.md' });
    assert.deepStrictEqual(t.sections.map(s => [s.title, s.level, s.range.start.line, s.range.end.line]), [['Budget', 2, 2, 5], ['Part 2', 0, 6, 9]]);
  });
});

describe('captions', () => {
  it('joins consecutive cues of one voice into one turn that keeps its start time', () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Sarah>Hello\n\n00:00:02.000 --> 00:00:03.000\n<v Sarah>there\n\n00:00:03.000 --> 00:00:04.000\n<v Gil>Hi\n';
    const t = parseTranscript(vtt, { fileName: 'a.vtt' });
    assert.deepStrictEqual(t.turns.map(x => [x.speaker, x.startTime, x.paragraphs.length]), [['Sarah', '00:00:01.000', 2], ['Gil', '00:00:03.000', 1]]);
  });

  it('continues an SRT turn until the next Name: prefix', () => {
    const srt = '1\n00:00:00,179 --> 00:00:02,399\nTravis: When you\nstart\n\n2\n00:00:02,400 --> 00:00:04,799\nout, it is easy\n\n3\n00:00:05,000 --> 00:00:06,000\nAlban: True.\n';
    const t = parseTranscript(srt, { fileName: 'a.srt' });
    assert.deepStrictEqual(t.turns.map(x => [x.speaker, x.startTime]), [['Travis', '00:00:00.179'], ['Alban', '00:00:05.000']]);
  });

  it('invents no speakers for captions without any', () => {
    const srt = '1\n00:00:00,080 --> 00:00:01,870\nthe following is a conversation\n\n2\n00:00:01,870 --> 00:00:03,990\nwith two researchers\n';
    const t = parseTranscript(srt, { fileName: 'a.srt' });
    assert.deepStrictEqual(t.speakers, []);
    assert.ok(t.turns.every(x => x.speaker === null && x.label === null));
  });
});

describe('line endings and spaces', () => {
  it('reads LF, CRLF and CR alike', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const t = parseTranscript(['Ann Lee: One.', '', 'Bo Chen: Two.'].join(eol));
      assert.deepStrictEqual(t.turns.map(x => [x.speaker, x.range.start.line]), [['Ann Lee', 0], ['Bo Chen', 2]], JSON.stringify(eol));
    }
  });
});

describe('court transcripts', () => {
  /** A page of a court transcript: 25 numbered lines, double-spaced, then the page number. */
  function courtPage(texts: string[], page: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < 25; i++) out.push(`${String(i + 1).padStart(2)}   ${texts[i] ?? ''}`.trimEnd(), '');
    out.push(`${' '.repeat(40)}${page}`, '', `${' '.repeat(26)}Example Reporting Company`);
    return out;
  }

  it('takes the case name from the caption and makes sections of the arguments, their titles included', () => {
    const page1 = courtPage([
      'IN THE SUPREME COURT OF EXAMPLIA', '- - - - - - - - - - - - - - - - x', 'RIVER DISTRICT,                    :',
      '             Petitioner           :     No. 21-100', '       v.                          :', 'HARBOR AUTHORITY.                  :',
      '- - - - - - - - - - - - - - - - x', '                  Monday, October 4, 2021', '          CHIEF JUSTICE HALE:   We will hear',
      'argument first this morning.', '              ORAL ARGUMENT OF MARTA LINDQVIST', '                ON BEHALF OF THE PETITIONER',
      '          MS. LINDQVIST:   Thank you.', '          JUSTICE OKAFOR:   Why?',
    ], 1);
    const t = parseTranscript(page1.join('\n'), { fileName: 'court.txt' });
    assert.strictEqual(t.metadata.title, 'RIVER DISTRICT, Petitioner v. HARBOR AUTHORITY.');
    assert.strictEqual(t.metadata.date, '2021-10-04');
    assert.deepStrictEqual(t.sections.map(s => s.title), ['ORAL ARGUMENT OF MARTA LINDQVIST ON BEHALF OF THE PETITIONER']);
    assert.deepStrictEqual(t.turns.map(x => x.speaker), ['CHIEF JUSTICE HALE', 'MS. LINDQVIST', 'JUSTICE OKAFOR']);
    assert.strictEqual(t.turns[0].range.end.line, 18, 'the heading is not part of the Chief Justice\'s turn');
    assert.deepStrictEqual(t.pageLines?.at(t.turns[1].range.start.line), { page: 1, line: 13 });
  });

  it('does not take "BY MR. SMITH:" of an examination for a speaker', () => {
    const t = parseTranscript('BY MR. SMITH:\n\nQ.  Where were you?\n\nA.  At home.\n');
    assert.deepStrictEqual(t.turns.filter(x => x.label).map(x => x.label), ['Q.', 'A.']);
  });
});
