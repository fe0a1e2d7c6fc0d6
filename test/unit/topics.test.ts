import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { FALLBACK_TOPIC, topicLabel } from '../../src/core/topics';
import { rankedCandidates } from '../../src/core/topics/english';
import {
  briefingAndCall, ownQuestions, ownQuestionsByStyle, pressConference, samplePressConference, unspaced, type TopicCase,
} from './topicCases';

function expectLabel({ question, expected }: TopicCase): void {
  const accepted = typeof expected === 'string' ? [expected] : expected;
  const label = topicLabel(question);
  assert.ok(accepted.includes(label), `"${label}" is not one of ${JSON.stringify(accepted)} for: ${question}`);
}

function wordsOf(label: string): string[] {
  return label.split(/\s+/u).filter((word) => word.length > 0);
}

describe('topicLabel', () => {
  describe('finds the phrase a reader would recognise', () => {
    for (const item of [...pressConference, ...samplePressConference, ...briefingAndCall, ...ownQuestions, ...ownQuestionsByStyle, ...unspaced]) {
      it(item.question.slice(0, 70), () => expectLabel(item));
    }
  });

  describe('chooses between candidates as a reader would', () => {
    it('does not take the person addressed for the topic', () => {
      assert.equal(topicLabel('Mr. Lavrov, what about the Iran nuclear deal?'), 'Iran nuclear deal');
      assert.equal(topicLabel('Satya and Amy, how durable is the cloud migration trend?'), 'cloud migration trend');
    });

    it('prefers the object of "about" to the opening small talk', () => {
      assert.equal(topicLabel('Congratulations on a great quarter. I wanted to ask about the gaming business.'), 'gaming business');
    });

    it('does not take a news source for the topic', () => {
      assert.equal(topicLabel('Bloomberg reported that the talks on grain exports have stalled. Can you comment?'), 'grain exports');
    });

    it('lowercases a common noun that only opens a sentence, keeps the casing of names', () => {
      assert.equal(topicLabel('Vaccination certificates are discussed in Brussels. Will vaccination certificates be required?'), 'vaccination certificates');
      assert.equal(topicLabel('Bloomberg News has a new owner. What do you know about Bloomberg News?'), 'Bloomberg News');
    });

    it('keeps a currency sign and an acronym\u2019s final period', () => {
      assert.equal(topicLabel('What will the $40 billion aid package for Ukraine change?'), '$40 billion aid package');
      assert.equal(topicLabel('What do you make of the U.S.?'), 'U.S.');
    });

    it('leaves the verbs out of a phrase', () => {
      assert.equal(topicLabel('Will the ferry line between the two capitals resume this summer?'), 'ferry line');
      assert.equal(topicLabel('How will Moscow respond?'), 'Moscow');
      assert.equal(topicLabel('Do you think the Supreme Court will overturn Roe v. Wade?'), 'Roe v. Wade');
      assert.equal(topicLabel('Governor, will you sign the bill banning flavored vaping products?'), 'flavored vaping products');
      assert.equal(topicLabel('Why did the administration wait until this week to act on formula imports?'), 'formula imports');
    });

    it('joins "X of Y", without "the" before a common noun and with it before a name', () => {
      assert.equal(topicLabel('Can you comment on the murder of the journalist?'), 'murder of journalist');
      const ranked = rankedCandidates('What did the ministers say about the delimitation of the Caspian Sea?', 5).map((c) => c.label);
      assert.ok(ranked.includes('delimitation of the Caspian Sea'), ranked.join(', '));
    });

    it('keeps a name whole across "for", "of" and "v."', () => {
      assert.equal(topicLabel('Senator, would you support Medicare for All?'), 'Medicare for All');
      assert.equal(topicLabel('What is your reaction to the ruling in Roe v. Wade?'), 'Roe v. Wade');
    });

    it('weighs the preamble more when the question points back at it', () => {
      // "this issue" is the treated water; the venue where it would be raised is not the topic.
      assert.equal(topicLabel('Japan intends to release treated water into the ocean. Will Russia raise this issue at the IAEA Board of Governors?'), 'treated water');
    });

    it('weighs a second question joined by "and how" less than the first', () => {
      assert.equal(topicLabel('What are you seeing in LinkedIn hiring trends, and how is that affecting Talent Solutions?'), 'LinkedIn hiring trends');
    });

    it('ignores stage directions', () => {
      assert.equal(topicLabel('(Cross-talk by reporters.)'), FALLBACK_TOPIC);
      assert.equal(topicLabel('Can you say more about the (inaudible) summit in Madrid?'), 'summit');
    });
  });

  describe('edge cases', () => {
    it('falls back to "question" for empty text, punctuation and pure courtesy', () => {
      for (const text of ['', '   \n ', '?!...', '\u2014 \u2014', 'What do you think?', 'Thank you.', '\uff1f\u3002']) {
        assert.equal(topicLabel(text), FALLBACK_TOPIC, JSON.stringify(text));
      }
    });

    it('falls back to the first content words when nothing stands out', () => {
      assert.equal(topicLabel('Jen?'), 'Jen');
    });

    it('respects maxWords and clamps nonsense values', () => {
      const question = 'What is the status of the Missouri General Assembly Police Funding Bill of Rights Act?';
      for (const maxWords of [1, 2, 3]) assert.ok(wordsOf(topicLabel(question, { maxWords })).length <= maxWords);
      for (const maxWords of [0, -3, Number.NaN, 2.7]) {
        const words = wordsOf(topicLabel(question, { maxWords }));
        assert.ok(words.length >= 1 && words.length <= 5, `${maxWords}: ${words.join(' ')}`);
      }
    });

    it('reads a 100,000-character question in linear time', () => {
      const sentence = 'Mr. Lavrov, what about the \u201cOpen Skies Treaty\u201d and the U.S. position on arms control? ';
      const texts = [
        sentence.repeat(Math.ceil(100_000 / sentence.length)),
        'a'.repeat(100_000),
        "'-.&".repeat(25_000),
        '\u201c'.repeat(100_000),
        'Mr. '.repeat(25_000),
        '\u9650\u5236\uff0c'.repeat(33_334),
        '\u201c\u9650'.repeat(50_000),
      ];
      for (const text of texts) {
        const started = process.hrtime.bigint();
        const label = topicLabel(text);
        const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
        assert.ok(wordsOf(label).length >= 1 && wordsOf(label).length <= 5, label);
        // Generous: a quadratic step would take seconds to minutes here.
        assert.ok(milliseconds < 1000, `${milliseconds} ms for ${JSON.stringify(text.slice(0, 20))}...`);
      }
    });

    it('gives the same label every time', () => {
      const question = pressConference[0].question;
      assert.equal(topicLabel(question), topicLabel(question));
    });

    it('prints nothing', () => {
      const saved = { log: console.log, warn: console.warn, error: console.error, write: process.stdout.write };
      const printed: unknown[] = [];
      console.log = console.warn = console.error = (...args: unknown[]) => { printed.push(args); };
      process.stdout.write = ((chunk: unknown) => { printed.push(chunk); return true; }) as typeof process.stdout.write;
      try {
        for (const item of [...pressConference, ...unspaced]) topicLabel(item.question);
        topicLabel('');
      } finally {
        Object.assign(console, { log: saved.log, warn: saved.warn, error: saved.error });
        process.stdout.write = saved.write;
      }
      assert.deepEqual(printed, []);
    });
  });

  describe('properties', () => {
    const tidy = (label: string) => label === label.trim() && !/\s\s/u.test(label) && !/^[,;:!?()"\u201c\u201d\u2014-]/u.test(label);
    const pieces = fc.constantFrom(
      'Open', 'Skies', 'Treaty', 'the', 'vaccination', 'passports', 'Mr.', 'Jen', ',', '.', '?', '!', '\u201c', '\u201d', '"',
      "don't", "Russia's", 'U.S.', '$10', 'billion', '\u2014', '(inaudible)', 'on', 'about', 'will', '\n', '\u00a0',
      '\u9650\u5236', '\u6761\u6b3e', '\uff0c', '\uff1f', '\u3002', 'CAT', '\u3059\u307f\u307e\u305b\u3093', '\u3001',
    );
    const transcriptLike = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(' '));

    it('never throws and returns 1..maxWords words for any string', () => {
      fc.assert(fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), transcriptLike),
        fc.integer({ min: 1, max: 8 }),
        (text, maxWords) => {
          const label = topicLabel(text, { maxWords });
          const count = wordsOf(label).length;
          return count >= 1 && count <= maxWords && tidy(label);
        },
      ), { numRuns: 2000 });
    });

    it('uses the default of at most five words', () => {
      fc.assert(fc.property(transcriptLike, (text) => {
        const count = wordsOf(topicLabel(text)).length;
        return count >= 1 && count <= 5;
      }));
    });
  });
});
