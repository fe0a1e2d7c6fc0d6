/**
 * Dates as transcripts in each language write them, read to ISO dates: the month and weekday names come from the
 * language profiles (src/core/languages/), so a language's dates are a row of data there.
 */
import * as assert from 'assert';
import { parseDate, parseDateLine, findDate } from '../../src/core/parse/dates';
import { LANGUAGE_PROFILES } from '../../src/core/languages';
import { parseOrThrow } from '../../src/core/parse';

const CASES: [string, string, string | null][] = [
  ['Tuesday, March 27, 2012', '2012-03-27', null],
  ['8 April 2021 at 2:30 p.m.', '2021-04-08', '14:30'],
  ['martes, 12 de marzo de 2024', '2024-03-12', null],
  ['12 de marzo de 2024', '2024-03-12', null],
  ['mardi 12 mars 2024', '2024-03-12', null],
  ['1er février 2023 à 14h30', '2023-02-01', '14:30'],
  ['Dienstag, 12. März 2024', '2024-03-12', null],
  ['3. Jänner 2022', '2022-01-03', null],
  ['12 marzo 2024', '2024-03-12', null],
  ['giovedì 5 settembre 2019', '2019-09-05', null],
  ['segunda-feira, 4 de março de 2024', '2024-03-04', null],
  ['12 марта 2024 г.', '2024-03-12', null],
  ['2024年3月12日', '2024-03-12', null],
  ['2021-04-08', '2021-04-08', null],
  ['08.04.2021', '2021-04-08', null],
];

describe('dates in every language with a profile', () => {
  for (const [text, date, time] of CASES) {
    it(`reads ${text}`, () => {
      const parsed = parseDateLine(text);
      assert.ok(parsed, `a date line: ${text}`);
      assert.strictEqual(parsed.date, date);
      assert.strictEqual(parsed.time, time);
    });
  }

  it('does not read a month name without a day and a year, nor an impossible date', () => {
    assert.strictEqual(parseDate('marzo de 2024'), null);
    assert.strictEqual(parseDate('32 de marzo de 2024'), null);
    assert.strictEqual(parseDateLine('Mayo es un buen mes'), null);
  });

  it('finds a date written inside a title', () => {
    assert.strictEqual(findDate('Rueda de prensa del Gobierno, Madrid, 12 de marzo de 2024')?.parsed.date, '2024-03-12');
    assert.strictEqual(findDate('Conférence de presse du 7 juin 2023 à Paris')?.parsed.date, '2023-06-07');
  });

  it('gives no month name two different months across the profiles', () => {
    const seen = new Map<string, number>();
    for (const profile of LANGUAGE_PROFILES) {
      assert.ok(profile.months.length === 0 || profile.months.length === 12, `${profile.code}: twelve months or none`);
      profile.months.forEach((names, i) => {
        for (const name of names.split(/\s+/)) {
          assert.strictEqual(seen.get(name) ?? i + 1, i + 1, `${name} (${profile.code}) names two months`);
          seen.set(name, i + 1);
        }
      });
    }
  });

  it('gives a Spanish transcript the date of its metadata line, which a citation then names', () => {
    const text = ['Entrevista a la ministra de Economía', 'Fecha: 12 de marzo de 2024', '', 'P. ¿Cómo valora los datos del paro?', 'R. Son buenos datos.', ''].join('\n');
    assert.strictEqual(parseOrThrow(text, { fileName: 'entrevista.txt' }).metadata.date, '2024-03-12');
  });
});
