/**
 * Who a citation names, read from a parsed transcript: the asker of a question (or "Question"), never the
 * event's title; interpreted speech; a selection over a question and its answer; the quote after a label
 * keeps a parenthetical the model reads as speech (issue 13 item 8).
 */
import * as assert from 'node:assert/strict';
import { cite, CITATION_STYLES, type CitationStyle } from '../../src/core/citation';
import { parseTranscript, splitLines } from '../../src/core/parse';

const TEXT = [
  'Joint Press Conference on Energy Security', '', 'May 4, 2023', '',
  'CHANCELLOR MERKEL: (As interpreted.) We will keep the pipeline closed.', '',
  'Q (Reuters): Will the sanctions be lifted this year?', '',
  'MS. PSAKI: Not this year.', '',
  'Q    (Inaudible) any consideration of a price cap?', '',
  'QUESTION (Jane Doe, CNN): And the timetable?', '',
].join('\n');

function citeLine(style: CitationStyle, startLine: number, endLine = startLine, text = TEXT, fileName = 'briefing.txt'): string {
  const lines = splitLines(text);
  const transcript = parseTranscript(text, { fileName });
  const start = { line: startLine, character: 0 };
  const end = endLine === startLine ? start : { line: endLine, character: lines[endLine].length };
  return cite(transcript, lines, { start, end }, style);
}

describe('citation voices', () => {
  it('names the asker from the label, in every style, never the title as speaker', () => {
    assert.equal(citeLine('plain', 6), '"Will the sanctions be lifted this year?" — Question (Reuters), Joint Press Conference on Energy Security, May 4, 2023 (Q1, line 7)');
    assert.match(citeLine('apa', 6), /\(Reuters, 2023, para\. 2\)\n\nReuters\. \(2023, May 4\)\. Joint Press Conference on Energy Security \[Transcript\]\./);
    assert.match(citeLine('mla', 12), /^“And the timetable\?” \(Doe\)\n\nDoe, Jane\. “Joint Press Conference on Energy Security\.” 4 May 2023\.$/);
    assert.match(citeLine('chicago', 12), /\n\nQuestion from Jane Doe, “Joint Press Conference on Energy Security” \(May 4, 2023\)/);
  });

  it('says "Question" when the text does not say who asked', () => {
    const text = 'Briefing on the Budget\n\nQ    Is the deficit growing?\n\nMS. PSAKI: No.\n';
    for (const style of CITATION_STYLES.map(s => s.id)) {
      const citation = citeLine(style, 2, 2, text);
      assert.ok(!/— Briefing on the Budget|\(Briefing on the Budget|“Briefing on the Budget”\)/.test(citation), `${style}: ${citation}`);
      if (style !== 'custom') assert.match(citation, /Question/, `${style}: ${citation}`);
    }
    assert.equal(citeLine('plain', 2, 2, text), '"Is the deficit growing?" — Question, Briefing on the Budget (Q1, line 3)');
    assert.match(citeLine('apa', 2, 2, text), /^“Is the deficit growing\?” \(Question, n\.d\., para\. 1\)\n\nBriefing on the Budget \[Transcript\]\. \(n\.d\.\)\.$/);
  });

  it('cites interpreted speech as interpreted, with the name as a reader writes it', () => {
    assert.equal(citeLine('plain', 4), '"We will keep the pipeline closed." — CHANCELLOR MERKEL (as interpreted), Joint Press Conference on Energy Security, May 4, 2023 (line 5)');
    assert.match(citeLine('apa', 4), /^“We will keep the pipeline closed\.” \(Merkel, as interpreted, 2023, para\. 1\)\n\nMerkel\. \(2023, May 4\)/);
    assert.match(citeLine('chicago', 4), /\n\nMerkel \(as interpreted\), “Joint Press Conference/);
  });

  it('reads an interpreter note at the start of the speech, in other languages too', () => {
    const text = 'Rueda de prensa\n\nSR. SÁNCHEZ: (Traducción) Seguiremos trabajando.\n\nHERR SCHOLZ (via interpreter): Wir auch.\n';
    assert.match(citeLine('apa', 2, 2, text), /\(Sánchez, as interpreted, n\.d\., para\. 1\)/);
    assert.match(citeLine('plain', 4, 4, text), /— HERR SCHOLZ \(as interpreted\), Rueda de prensa/);
  });

  it('names both voices when a selection spans a question and its answer', () => {
    const plain = citeLine('plain', 6, 8);
    assert.equal(plain, '"Q (Reuters): Will the sanctions be lifted this year?\n\nMS. PSAKI: Not this year." — Question (Reuters) and MS. PSAKI, Joint Press Conference on Energy Security, May 4, 2023 (Q1, lines 7-9)');
    assert.match(citeLine('apa', 6, 8), /\(Reuters & Psaki, 2023, para\. 2\)\n\nReuters & Psaki\. \(2023, May 4\)/);
    assert.match(citeLine('mla', 6, 8), /\(Reuters and Psaki\)\n\nReuters, and Psaki\. /);
  });

  it('keeps a parenthetical right after a label in the quote, as the model keeps it in the speech', () => {
    assert.match(citeLine('plain', 10), /^"\(Inaudible\) any consideration of a price cap\?" — Question,/);
  });

  it('cites a question in a file without a title by the file name', () => {
    const text = 'Q: Will the plant reopen?\n\nMAYOR LUCAS: Next spring.\n';
    assert.equal(citeLine('plain', 0, 0, text, 'council-2024-03-01.txt'), '"Will the plant reopen?" — Question, council-2024-03-01 (Q1, line 1)');
    for (const style of CITATION_STYLES.map(s => s.id)) {
      const citation = citeLine(style, 2, 2, text, 'council-2024-03-01.txt');
      assert.ok(!/(^|\s)\[Transcript\]\./.test(citation.replace(/council-2024-03-01 \[Transcript\]/, '')), `${style}: ${citation}`);
      if (style !== 'custom') assert.match(citation, /council-2024-03-01/, `${style}: ${citation}`);
    }
    assert.match(citeLine('apa', 2, 2, text, 'council-2024-03-01.txt'), /\(Lucas, n\.d\., para\. 2\)\n\nLucas\. \(n\.d\.\)\. council-2024-03-01 \[Transcript\]\./);
  });
});
