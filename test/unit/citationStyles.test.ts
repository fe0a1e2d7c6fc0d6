import * as assert from 'node:assert/strict';
import { CITATION_STYLES, formatCitation, isCitationStyle, type CitationContext } from '../../src/core/citation';

const TITLE = "Foreign Minister Sergey Lavrov's statement and answers to media questions at a joint news conference with "
  + 'Deputy Prime Minister – Foreign Minister of Kazakhstan Mukhtar Tleuberdi, Nur-Sultan, April 8, 2021';
const MFA = 'The Ministry of Foreign Affairs of the Russian Federation';
const URL = 'https://www.mid.ru/en/foreign_policy/news/4672396/';
const Q1 = 'We had very constructive and fruitful talks.';
const Q2 = 'We maintain relations of strategic partnership and alliance.';

const NONE: CitationContext = {
  quote: null, speaker: null, title: null, date: null, place: null, publisher: null, url: null,
  question: null, paragraph: null, lines: null, time: null, page: null, section: null,
};

/** The example press conference, every field known. */
const full: CitationContext = {
  ...NONE, quote: `${Q1}\n\n${Q2}`, speaker: 'Sergey Lavrov', title: TITLE, date: '2021-04-08', place: 'Nur-Sultan',
  publisher: MFA, url: URL, question: 'Q3', paragraph: '12', lines: '40-42', section: 'Open Skies Treaty',
};
/** Only the quote, its speaker and its line. */
const sparse: CitationContext = { ...NONE, quote: Q1, speaker: 'Sergey Lavrov', lines: '11' };
/** No speaker, no date, no place, no publisher, no URL. */
const untitledSpeaker: CitationContext = {
  ...NONE, quote: Q1, title: 'Briefing on the Open Skies Treaty and European security', question: 'Q2', lines: '40-42',
};
const court: CitationContext = {
  ...NONE, quote: 'Why do you define the market that broadly?', speaker: 'Justice Scalia', title: 'Tr. of Oral Arg.',
  date: '2012-03-27', place: 'Washington, D.C.', publisher: 'Alderson Reporting Company', paragraph: '33', lines: '663-669', page: '12:22-13:1',
};
const captions: CitationContext = {
  ...NONE, quote: 'My question is, do we need a podcast trailer?', speaker: 'Gillian', title: 'Podcasting Q&A: Do I need a trailer?',
  date: '2023-02', publisher: 'Buzzsprout', url: 'https://example.com/episodes/trailer', paragraph: '2', lines: '19-20', time: '00:00:19',
};

describe('citation styles', () => {
  it('lists every style once with a label', () => {
    assert.deepEqual(CITATION_STYLES.map((s) => s.id), ['plain', 'markdown', 'apa', 'chicago', 'mla', 'pinpoint', 'timestamp', 'custom']);
    assert.ok(CITATION_STYLES.every((s) => s.label.length > 0));
    assert.ok(isCitationStyle('apa'));
    assert.ok(!isCitationStyle('harvard'));
  });

  describe('plain', () => {
    it('full: quote, speaker, title (which already has the place and date), question and lines', () => {
      assert.equal(formatCitation(full, 'plain'), `"${Q1}\n\n${Q2}" — Sergey Lavrov, ${TITLE} (Q3, lines 40-42)`);
    });
    it('prints place and date when the title does not state them', () => {
      assert.equal(formatCitation(court, 'plain'),
        '"Why do you define the market that broadly?" — Justice Scalia, Tr. of Oral Arg., Washington, D.C., March 27, 2012 (12:22-13:1)');
    });
    it('sparse', () => {
      assert.equal(formatCitation(sparse, 'plain'), `"${Q1}" — Sergey Lavrov (line 11)`);
      assert.equal(formatCitation({ ...NONE, quote: Q1, lines: '3' }, 'plain'), `"${Q1}" (line 3)`);
    });
  });

  describe('markdown', () => {
    it('full: a blockquote per paragraph and the attribution, the title italic and linked', () => {
      assert.equal(formatCitation(full, 'markdown'), `> ${Q1}\n>\n> ${Q2}\n>\n> — Sergey Lavrov, *[${TITLE}](<${URL}>)* (Q3, lines 40-42)`);
    });
    it('sparse', () => {
      assert.equal(formatCitation(sparse, 'markdown'), `> ${Q1}\n>\n> — Sergey Lavrov (line 11)`);
      assert.equal(formatCitation(untitledSpeaker, 'markdown'),
        `> ${Q1}\n>\n> — *Briefing on the Open Skies Treaty and European security* (Q2, lines 40-42)`);
    });
    it('keeps a paragraph that looks like Markdown syntax as text', () => {
      assert.equal(formatCitation({ ...NONE, quote: '1. First point\n\n# not a heading' }, 'markdown'), '> 1\\. First point\n>\n> \\# not a heading');
    });
  });

  describe('apa', () => {
    it('full: parenthetical citation with the paragraph, then the reference entry', () => {
      assert.equal(formatCitation(full, 'apa'), `“${Q1}\n\n${Q2}” (Lavrov, 2021, para. 12)\n\n`
        + `Lavrov, S. (2021, April 8). ${TITLE} [Transcript]. ${MFA}. ${URL}`);
    });
    it('uses the time stamp or pages as locator', () => {
      assert.equal(formatCitation(captions, 'apa'), '“My question is, do we need a podcast trailer?” (Gillian, 2023, 00:00:19)\n\n'
        + 'Gillian. (2023, February). Podcasting Q&A: Do I need a trailer? [Transcript]. Buzzsprout. https://example.com/episodes/trailer');
      assert.match(formatCitation(court, 'apa'), /^“Why do you define the market that broadly\?” \(Scalia, 2012, pp\. 12-13\)\n\n/);
    });
    it('sparse: n.d. for the date, a description for the missing title', () => {
      assert.equal(formatCitation(sparse, 'apa'), `“${Q1}” (Lavrov, n.d.)\n\nLavrov, S. (n.d.). Untitled transcript.`);
      assert.equal(formatCitation(untitledSpeaker, 'apa'), `“${Q1}” (Briefing on the Open Skies, n.d.)\n\n`
        + 'Briefing on the Open Skies Treaty and European security [Transcript]. (n.d.).');
    });
  });

  describe('chicago', () => {
    it('full: the quote and the note, without repeating what the title states', () => {
      assert.equal(formatCitation(full, 'chicago'), `“${Q1}\n\n${Q2}”\n\n`
        + `Sergey Lavrov, “${TITLE},” ${MFA}, para. 12, ${URL}.`);
    });
    it('puts the place and date of the event in parentheses', () => {
      assert.equal(formatCitation(court, 'chicago'), '“Why do you define the market that broadly?”\n\n'
        + 'Scalia, “Tr. of Oral Arg.” (Washington, D.C., March 27, 2012), Alderson Reporting Company, 12:22-13:1.');
    });
    it('sparse', () => {
      assert.equal(formatCitation(sparse, 'chicago'), `“${Q1}”\n\nSergey Lavrov, transcript.`);
      assert.equal(formatCitation(untitledSpeaker, 'chicago'), `“${Q1}”\n\n“Briefing on the Open Skies Treaty and European security.”`);
    });
  });

  describe('mla', () => {
    it('full: author in the parenthesis, works-cited entry with the short date and the URL without its scheme', () => {
      assert.equal(formatCitation(full, 'mla'), `“${Q1}\n\n${Q2}” (Lavrov)\n\n`
        + `Lavrov, Sergey. “${TITLE}.” ${MFA}, 8 Apr. 2021, www.mid.ru/en/foreign_policy/news/4672396/.`);
    });
    it('adds a time stamp, and the place when there is no URL', () => {
      assert.equal(formatCitation(captions, 'mla'), '“My question is, do we need a podcast trailer?” (Gillian 00:00:19)\n\n'
        + 'Gillian. “Podcasting Q&A: Do I need a trailer?” Buzzsprout, Feb. 2023, example.com/episodes/trailer.');
      assert.equal(formatCitation(court, 'mla'), '“Why do you define the market that broadly?” (Scalia 12-13)\n\n'
        + 'Scalia. “Tr. of Oral Arg.” Alderson Reporting Company, 27 Mar. 2012, Washington, D.C.');
    });
    it('sparse', () => {
      assert.equal(formatCitation(sparse, 'mla'), `“${Q1}” (Lavrov)\n\nLavrov, Sergey. Transcript.`);
      assert.equal(formatCitation(untitledSpeaker, 'mla'), `“${Q1}” (“Briefing on the Open Skies”)\n\n`
        + '“Briefing on the Open Skies Treaty and European security.”');
    });
  });

  describe('pinpoint', () => {
    it('full: the page:line pinpoint right after the title', () => {
      assert.equal(formatCitation(court, 'pinpoint'), '"Why do you define the market that broadly?" — Justice Scalia, Tr. of Oral Arg. 12:22-13:1');
      assert.equal(formatCitation({ ...court, speaker: null, title: 'Smith Dep.', quote: 'I do not recall.' }, 'pinpoint'),
        '"I do not recall." — Smith Dep. 12:22-13:1');
    });
    it('falls back to line numbers', () => {
      assert.equal(formatCitation(full, 'pinpoint'), `"${Q1}\n\n${Q2}" — Sergey Lavrov, ${TITLE}, lines 40-42`);
    });
    it('sparse', () => {
      assert.equal(formatCitation(sparse, 'pinpoint'), `"${Q1}" — Sergey Lavrov, line 11`);
      assert.equal(formatCitation({ ...NONE, quote: Q1, page: '45:13-20' }, 'pinpoint'), `"${Q1}" (45:13-20)`);
    });
  });

  describe('timestamp', () => {
    it('full: the time in brackets', () => {
      assert.equal(formatCitation(captions, 'timestamp'),
        '"My question is, do we need a podcast trailer?" — Gillian, Podcasting Q&A: Do I need a trailer? [00:00:19]');
    });
    it('sparse: lines stand in for a missing time', () => {
      assert.equal(formatCitation(sparse, 'timestamp'), `"${Q1}" — Sergey Lavrov (line 11)`);
      assert.equal(formatCitation({ ...NONE, quote: Q1, time: '01:02:03' }, 'timestamp'), `"${Q1}" [01:02:03]`);
    });
  });

  describe('custom', () => {
    it('full: the default template', () => {
      assert.equal(formatCitation(full, 'custom'), `"${Q1}\n\n${Q2}" — Sergey Lavrov, ${TITLE}, 2021-04-08 (Q3, lines 40-42)`);
    });
    it('full: a template of its own', () => {
      assert.equal(formatCitation(full, 'custom', { template: '{speaker} ({date}, {question}, ¶{paragraph}): {url}' }),
        `Sergey Lavrov (2021-04-08, Q3, ¶12): ${URL}`);
    });
    it('sparse', () => {
      assert.equal(formatCitation(sparse, 'custom'), `"${Q1}" — Sergey Lavrov (line 11)`);
      assert.equal(formatCitation(sparse, 'custom', { template: '{speaker} ({date}, {question}): {url}' }), 'Sergey Lavrov');
    });
  });
});
