// Snapshot tests: every fixture under test/grammar/fixtures/ is tokenized and compared with its
// snapshot under test/grammar/snapshots/. `UPDATE=1` rewrites the snapshots (read the diff).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repositoryRoot } from './loadGrammar';
import { firstDifference, renderSnapshot } from './snapshotFormat';
import { grammar } from './tokenAssert';

const grammarTestDir = path.join(repositoryRoot(), 'test', 'grammar');
const fixtureDir = path.join(grammarTestDir, 'fixtures');
const snapshotDir = path.join(grammarTestDir, 'snapshots');
const update = process.env.UPDATE === '1';

const fixtures = fs.readdirSync(fixtureDir).filter(name => !name.startsWith('.')).sort();
const snapshotName = (fixture: string) => `${fixture}.tokens.txt`;

describe('grammar: snapshots of the fixtures', () => {
  it('has a fixture for each convention', () => {
    assert.ok(fixtures.length >= 10, `only ${fixtures.length} fixtures in ${fixtureDir}`);
  });

  for (const fixture of fixtures) {
    it(`tokenizes ${fixture} as in its snapshot`, async () => {
      const text = fs.readFileSync(path.join(fixtureDir, fixture), 'utf8');
      const actual = renderSnapshot(fixture, (await grammar()).tokenizeDocument(text));
      const snapshotPath = path.join(snapshotDir, snapshotName(fixture));
      if (update) {
        fs.mkdirSync(snapshotDir, { recursive: true });
        fs.writeFileSync(snapshotPath, actual);
        return;
      }
      assert.ok(fs.existsSync(snapshotPath), `no snapshot ${snapshotPath}; run with UPDATE=1 to write it`);
      const expected = fs.readFileSync(snapshotPath, 'utf8');
      assert.ok(actual === expected, `${fixture} differs from its snapshot at ${firstDifference(expected, actual)}`);
    });
  }

  it('has no snapshot without a fixture', () => {
    const expected = new Set(fixtures.map(snapshotName));
    const stale = fs.readdirSync(snapshotDir).filter(name => !expected.has(name));
    assert.deepStrictEqual(stale, [], 'snapshots whose fixture is gone; delete them');
  });
});
