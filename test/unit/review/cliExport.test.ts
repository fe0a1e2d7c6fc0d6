import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import { runCli } from '../../../src/cli/main';
import { addTag, serializeReview, setNote } from '../../../src/core/review';

const ROOT = path.resolve(__dirname, '../../../..');
const PRESS = fs.readFileSync(path.join(ROOT, 'test/fixtures/cli/press.txt'), 'utf8');
const SCHEMA = fs.readFileSync(path.join(ROOT, 'test/fixtures/refi-qda/Project-mrt2019.xsd'), 'utf8');

function cli(args: string[]): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = runCli(args, { stdout: t => { stdout += t; }, stderr: t => { stderr += t; } });
  return { status, stdout, stderr };
}

describe('review: transcript-review export', () => {
  let dir: string;
  let file: string;
  let quote: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'review-export-'));
    file = path.join(dir, 'press.txt');
    fs.writeFileSync(file, PRESS);
    const paragraphs = PRESS.split(/\n\s*\n/).filter(p => /^[A-Z][a-z]+ [A-Z][a-z]+: /.test(p));
    quote = paragraphs[0].replace(/^[^:]+: /, '').split('\n')[0].trim();
    const start = PRESS.indexOf(quote);
    let anchors = addTag([], PRESS, start, start + quote.length, 'key quote', 'a1');
    anchors = setNote(anchors, PRESS, start, start + quote.length, 'Lead with this.', 'a1');
    fs.writeFileSync(`${file}.review.json`, serializeReview({ passages: anchors.map(a => a.passage), speakers: {} }, 'press.txt'));
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes Markdown to standard output, passages under their tag with citation and note', () => {
    const result = cli(['export', file, '--format', 'md']);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(result.stdout.startsWith('# Review of press.txt\n\n## key quote (1)\n\n> '), result.stdout);
    assert.ok(result.stdout.includes(quote));
    assert.ok(result.stdout.includes('**Note:** Lead with this.'));
  });

  it('writes CSV to -o, the format taken from its extension', () => {
    const out = path.join(dir, 'review.csv');
    const result = cli(['export', file, '-o', out]);
    assert.equal(result.status, 0, result.stderr);
    const csv = fs.readFileSync(out, 'utf8');
    assert.ok(csv.startsWith('file,tag,speaker,question,start line,end line,time,quote,note,citation,status\r\npress.txt,key quote,'));
    assert.equal(fs.readdirSync(dir).filter(f => f.endsWith('.tmp')).length, 0, 'no temporary file left');
  });

  it('writes a .qdpx whose project.qde validates against the REFI-QDA schema', async () => {
    const out = path.join(dir, 'review.qdpx');
    assert.equal(cli(['export', file, '--format', 'qdpx', '--output', out]).status, 0);
    const files = unzipSync(new Uint8Array(fs.readFileSync(out)));
    const result = await validateXML({ xml: [{ fileName: 'project.qde', contents: strFromU8(files['project.qde']) }], schema: [SCHEMA] });
    assert.deepEqual(result.errors, []);
    assert.equal(Object.keys(files).filter(f => f.startsWith('sources/')).length, 1);
  });

  it('fails with one line and writes nothing when a review is missing or unreadable, or the command line is wrong', () => {
    const out = path.join(dir, 'out.md');
    fs.rmSync(`${file}.review.json`);
    let result = cli(['export', file, '-o', out]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^transcript-review: .*press\.txt: no review beside it \(.*press\.txt\.review\.json\)/);
    fs.writeFileSync(`${file}.review.json`, '{ "version": 1, "passages": [');
    result = cli(['export', file, '-o', out]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /press\.txt\.review\.json: not valid JSON/);
    assert.equal(fs.readFileSync(`${file}.review.json`, 'utf8'), '{ "version": 1, "passages": [', 'left as it was');
    assert.ok(!fs.existsSync(out));
    assert.equal(cli(['export', file, '--format', 'qdpx']).status, 2);
    assert.equal(cli(['export', file, '--format', 'pdf']).status, 2);
    assert.equal(cli(['export', file]).status, 2);
  });
});
