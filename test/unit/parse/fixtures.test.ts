/**
 * Every convention the parser reads has a fixture in test/fixtures/parse and a checked-in expected model.
 * `UPDATE=1 npm run test:unit` rewrites the expected files: read the diff before committing.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseTranscript } from '../../../src/core/parse';
import { summarise } from './summarise';

const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/parse');
const update = process.env.UPDATE === '1';

describe('parser fixtures', () => {
  const files = fs.readdirSync(FIXTURES).filter(f => !f.endsWith('.expected.json')).sort();
  for (const file of files) {
    it(`reads ${file} as expected`, () => {
      const text = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
      const actual = JSON.parse(JSON.stringify(summarise(parseTranscript(text, { fileName: file }))));
      const expectedFile = path.join(FIXTURES, `${file}.expected.json`);
      if (update || !fs.existsSync(expectedFile)) {
        fs.writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n');
        if (!update) assert.fail(`wrote missing ${path.basename(expectedFile)}: review it and run again`);
        return;
      }
      assert.deepStrictEqual(actual, JSON.parse(fs.readFileSync(expectedFile, 'utf8')));
    });
  }
});
