import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CITATION_STYLES, extractQuote, formatCitation, type CitationContext } from '../../src/core/citation';
import { makeTranscript } from './citationModel';

const some = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: null });

/** Realistic values, awkward ones included: abbreviations, a question mark, all capitals, CJK. */
const contexts: fc.Arbitrary<CitationContext> = fc.record({
  quote: some(['We had very constructive talks.', 'Why do you -- why do you define it?\n\nHealth care.', '我先做个开场吧。', 'Yes']),
  speaker: some(['Sergey Lavrov', 'MS. PSAKI', 'JUSTICE SCALIA', 'Martin Luther King Jr.', 'Speaker 1', '主持人', 'Ursula von der Leyen']),
  title: some(['Joint news conference', 'Smith Dep.', 'Podcasting Q&A: Do I need a trailer?',
    'Statement at a joint news conference with the Deputy Prime Minister, Nur-Sultan, April 8, 2021']),
  date: some(['2021-04-08', '2023-02', '2012', 'Spring 2020']),
  place: some(['Nur-Sultan', 'Washington, D.C.', 'Moscow']),
  publisher: some(['The Ministry of Foreign Affairs of the Russian Federation', 'Alderson Reporting Company', 'Acme Inc.']),
  url: some(['https://www.mid.ru/en/foreign_policy/news/4672396/', 'http://example.com/a_(b)']),
  question: some(['Q1', 'Q12']),
  paragraph: some(['1', '27']),
  lines: some(['7', '40-42']),
  time: some(['00:12:34', '01:02:03']),
  page: some(['45:13-20', '45:13-46:2', '3:1']),
  section: some(['Open Skies Treaty']),
});

const FIELD_NAMES = ['speaker', 'title', 'date', 'place', 'publisher', 'url', 'question', 'paragraph', 'lines', 'time', 'page', 'section'];
const field = fc.constantFrom(...FIELD_NAMES).map((name) => `{${name}}`);
/** Well-formed templates: fields, bracketed groups of fields, joined by the usual separators. */
const templateItem = fc.oneof(
  field,
  fc.array(field, { minLength: 1, maxLength: 3 }).map((fields) => `(${fields.join(', ')})`),
  field.map((f) => `[${f}]`),
  field.map((f) => `lines ${f}`),
);
const templates = fc.oneof(
  fc.constantFrom(undefined, '{speaker} ({date}, {question}): {url}', '[{time}] {speaker} — {title}, {place}; {publisher}\n{quote}\n{url}'),
  fc.tuple(fc.boolean(), fc.array(fc.tuple(templateItem, fc.constantFrom(', ', ' — ', ': ', ' ', '; ', '\n')), { minLength: 1, maxLength: 6 }))
    .map(([quoted, items]) => (quoted ? '"{quote}" — ' : '') + items.map(([item, sep]) => item + sep).join('').replace(/[\s,;:—]+$/, '')),
);

function problems(text: string): string[] {
  const found: string[] = [];
  const checks: [RegExp, string][] = [
    [/\bundefined\b/, 'undefined'], [/\bnull\b/, 'null'], [/\bNaN\b/, 'NaN'], [/\(\s*\)/, 'empty ()'], [/\[\s*\]/, 'empty []'],
    [/“”|""/, 'empty quotes'], [/,\s*,/, 'doubled comma'], [/ {2}/, 'double space'], [/ [,.;:]/, 'space before punctuation'],
    [/[ \t]$/m, 'trailing space'], [/^[ \t]*[,;.:]/m, 'line starting with punctuation'], [/[,;:]$/m, 'dangling separator'],
    [/\.\./, 'doubled period'], [/(?:^|\n)\s*—\s*(?:\n|$)/, 'dangling dash'], [/\uE000/, 'internal gap marker'],
  ];
  for (const [pattern, name] of checks) if (pattern.test(text)) found.push(name);
  return found;
}

describe('citation properties', () => {
  it('no style prints a trace of missing metadata', () => {
    fc.assert(fc.property(contexts, templates, (context, template) => {
      for (const style of CITATION_STYLES) {
        const text = formatCitation(context, style.id, { template });
        assert.deepEqual(problems(text), [], `${style.id}: ${JSON.stringify(text)}`);
      }
    }), { numRuns: 1000 });
  });

  it('quoting any selection of any text gives clean text and lines inside the document', () => {
    const lineText = fc.stringMatching(/^[A-Za-z0-9 ,.:\u00A0\t\f-]{0,30}$/);
    fc.assert(fc.property(fc.array(lineText, { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), fc.nat(), fc.nat(),
      (lines, a, b, c, d) => {
        const transcript = makeTranscript(lines);
        const start = { line: a % lines.length, character: b % 40 };
        const end = { line: c % lines.length, character: d % 40 };
        const quote = extractQuote(transcript, lines, { start, end });
        assert.ok(!/\n{3}| {2}|\u00A0|\f|^\s|\s$/.test(quote.text), JSON.stringify(quote.text));
        assert.ok(quote.lines.start >= 1 && quote.lines.end <= lines.length && quote.lines.start <= quote.lines.end);
      }), { numRuns: 1000 });
  });
});
