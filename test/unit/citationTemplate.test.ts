import * as assert from 'node:assert/strict';
import { DEFAULT_TEMPLATE, fillTemplate, formatCitation, type CitationContext } from '../../src/core/citation';

const context: CitationContext = {
  quote: 'We will continue to work on this.', speaker: 'Sergey Lavrov', title: 'Joint news conference', date: '2021-04-08',
  place: 'Nur-Sultan', publisher: 'MFA', url: 'https://example.org/x', question: 'Q3', paragraph: '5', lines: '17-19',
  time: null, page: null, section: 'Open Skies Treaty',
};

describe('custom citation templates', () => {
  it('replaces every named field', () => {
    assert.equal(
      fillTemplate('{quote}|{speaker}|{title}|{date}|{place}|{publisher}|{url}|{question}|{paragraph}|{lines}|{section}', context),
      'We will continue to work on this.|Sergey Lavrov|Joint news conference|2021-04-08|Nur-Sultan|MFA|https://example.org/x|Q3|5|17-19|Open Skies Treaty',
    );
  });

  it('writes {{ and }} as single braces', () => {
    assert.equal(fillTemplate('{{quote}} is {quote}', context), '{quote} is We will continue to work on this.');
    assert.equal(fillTemplate('{{{speaker}}}', context), '{Sergey Lavrov}');
    assert.equal(fillTemplate('a }} b {{ c', context), 'a } b { c');
  });

  it('leaves unknown names and lone braces as written', () => {
    assert.equal(fillTemplate('{author} said {quote', context), '{author} said {quote');
    assert.equal(fillTemplate('{ speaker } {Speaker}', context), '{ speaker } {Speaker}');
  });

  it('evaluates nothing: code-like templates stay text', () => {
    assert.equal(fillTemplate('${quote}', context), '$We will continue to work on this.');
    assert.equal(fillTemplate('{constructor} {__proto__} {toString} {hasOwnProperty}', context),
      '{constructor} {__proto__} {toString} {hasOwnProperty}');
    assert.equal(fillTemplate('{quote.length} {speaker.toUpperCase()} `${process.exit(1)}`', context),
      '{quote.length} {speaker.toUpperCase()} `${process.exit(1)}`');
  });

  it('does not read field values as templates or replacement patterns', () => {
    const tricky = { ...context, quote: 'costs $& and $1 and {title} and ${speaker}' };
    assert.equal(fillTemplate('"{quote}" ({title})', tricky), '"costs $& and $1 and {title} and ${speaker}" (Joint news conference)');
  });

  it('removes a missing field with the punctuation that served it', () => {
    const sparse = { ...context, question: null, date: null, url: null, publisher: null };
    assert.equal(fillTemplate('({question}, lines {lines})', sparse), '(lines 17-19)');
    assert.equal(fillTemplate('{speaker}, {date}, {title}', sparse), 'Sergey Lavrov, Joint news conference');
    assert.equal(fillTemplate('"{quote}" — {publisher}', sparse), '"We will continue to work on this."');
    assert.equal(fillTemplate('{speaker} ({date}) said', sparse), 'Sergey Lavrov said');
    assert.equal(fillTemplate('[{time}] {speaker}: {quote}', sparse), 'Sergey Lavrov: We will continue to work on this.');
    assert.equal(fillTemplate('{quote}\n{url}\n— {speaker}', sparse), 'We will continue to work on this.\n— Sergey Lavrov');
    assert.equal(fillTemplate('{publisher} — {title}', sparse), 'Joint news conference');
    assert.equal(fillTemplate('{speaker} ({date}, {question}): {url}', { ...sparse, speaker: null, url: 'https://example.org/x' }),
      'https://example.org/x');
  });

  it('is what the custom style uses, with a default template when none is set', () => {
    assert.equal(formatCitation(context, 'custom', { template: '{speaker}: {quote}' }), 'Sergey Lavrov: We will continue to work on this.');
    assert.equal(formatCitation(context, 'custom', { template: '  ' }), formatCitation(context, 'custom'));
  });
});

describe('custom template: the lines word', () => {
  it('says "line" for one line and "lines" for a span', () => {
    const base = { quote: 'Hi', speaker: 'Ann', title: null, date: null, place: null, publisher: null, url: null, question: 'Q2', paragraph: null, lines: '58', time: null, page: null, section: null };
    assert.strictEqual(fillTemplate(DEFAULT_TEMPLATE, base), '"Hi" — Ann (Q2, line 58)');
    assert.strictEqual(fillTemplate(DEFAULT_TEMPLATE, { ...base, lines: '58-60' }), '"Hi" — Ann (Q2, lines 58-60)');
  });
});
