import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import { parseTranscript } from '../../../src/core/parse';
import { addTag, anchorPassages, setNote, type Anchor } from '../../../src/core/review';
import { exportCsv, exportMarkdown, exportQde, exportQdpx, exportRows, guidFor, type ExportSource } from '../../../src/core/review/export';

const ROOT = path.resolve(__dirname, '../../../..');
const TEXT = fs.readFileSync(path.join(ROOT, 'test/fixtures/parse/press-conference.txt'), 'utf8');
const SCHEMA = fs.readFileSync(path.join(ROOT, 'test/fixtures/refi-qda/Project-mrt2019.xsd'), 'utf8');
const CREATED = '2026-01-02T03:04:05Z';

function span(text: string, exact: string): [number, number] {
  const at = text.indexOf(exact);
  assert.ok(at >= 0, exact);
  return [at, at + exact.length];
}

function source(): ExportSource {
  let anchors: Anchor[] = [];
  const treaty = span(TEXT, 'The treaty remains in force.');
  anchors = addTag(anchors, TEXT, ...treaty, 'treaty', '6f1c1e38-2a4c-4a49-9a53-0d7f3a0f6a01');
  anchors = addTag(anchors, TEXT, ...treaty, 'commitments, "firm"', 'unused');
  anchors = setNote(anchors, TEXT, ...treaty, 'Compare with the 2019 statement,\nline 2.', 'unused');
  const summit = span(TEXT, 'Yes, it will.');
  anchors = addTag(anchors, TEXT, ...summit, 'summit', 'p-summit');
  // An orphan: a passage whose text is not in this transcript.
  const [orphan] = anchorPassages(TEXT, [{ id: 'gone', tags: ['treaty'], quote: { type: 'TextQuoteSelector', exact: 'A sentence since removed.', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 5, end: 30 } }]);
  return {
    name: 'press-conference.txt',
    text: TEXT,
    transcript: parseTranscript(TEXT, { fileName: 'press-conference.txt' }),
    anchors: [...anchors, orphan],
    speakers: { 'Anna Petrova': { name: 'Anna K. Petrova', role: 'minister' } },
  };
}

describe('review: exports', () => {
  const rows = exportRows([source()], { style: 'plain' });

  it('rows say where each passage is, with the reviewer\'s speaker name in the citation', () => {
    const treaty = rows.find(r => r.anchor.passage.tags.includes('summit') === false && r.found);
    assert.equal(treaty?.speaker, 'Anna K. Petrova');
    assert.equal(treaty?.question, 'Q1');
    assert.equal(treaty?.quote, 'The treaty remains in force.');
    assert.match(treaty?.citation ?? '', /^"The treaty remains in force\." — Anna K\. Petrova, .*\(Q1, line 19\)$/);
    assert.equal(rows.filter(r => !r.found).length, 1);
  });

  it('Markdown groups passages by tag, each quoted with its citation and note; orphans listed as such', () => {
    const md = exportMarkdown(exportRows([source()], { style: 'markdown' }), 'Review of press-conference.txt');
    assert.match(md, /^# Review of press-conference\.txt\n\n## commitments, "firm" \(1\)\n\n> The treaty remains in force\.\n>\n> — Anna K\. Petrova/);
    assert.match(md, /## summit \(1\)\n\n> Yes, it will\./);
    assert.match(md, /## treaty \(1\)\n\n> The treaty remains in force\.[\s\S]*\*\*Note:\*\* Compare with the 2019 statement,\nline 2\./);
    assert.match(md, /## Orphaned passages \(1\)[\s\S]*> A sentence since removed\.\n\n— press-conference\.txt, tags: treaty/);
  });

  it('CSV is RFC 4180: a header, one record per passage and tag, quoted fields with commas, quotes and line breaks, CRLF', () => {
    const csv = exportCsv(rows);
    const records = csv.split('\r\n');
    assert.equal(records[0], 'file,tag,speaker,question,start line,end line,time,quote,note,citation,status');
    assert.equal(records.at(-1), '', 'ends with CRLF');
    assert.ok(csv.includes('press-conference.txt,"commitments, ""firm""",Anna K. Petrova,Q1,19,19,,The treaty remains in force.,"Compare with the 2019 statement,\nline 2.",'));
    assert.ok(csv.includes('press-conference.txt,treaty,,,,,,A sentence since removed.,,,orphaned'));
    // Five records (two tags + one tag + the orphan's tag) and the header; the note's line break is inside quotes.
    assert.equal(csv.match(/\r\n/g)?.length, 5);
  });

  it('REFI-QDA project.qde validates against the QDA-XML 1.0 schema; tags are codes, passages coded selections, notes Notes', async () => {
    const qde = exportQde(rows, { projectName: 'Review', created: CREATED });
    const result = await validateXML({ xml: [{ fileName: 'project.qde', contents: qde }], schema: [SCHEMA] });
    assert.deepEqual(result.errors, []);
    assert.equal(result.valid, true);
    assert.equal(qde.match(/<Code /g)?.length, 3);
    assert.equal(qde.match(/<PlainTextSelection /g)?.length, 2, 'the orphan is left out');
    assert.equal(qde.match(/<Coding /g)?.length, 3);
    const start = TEXT.indexOf('The treaty remains');
    assert.ok(qde.includes(`startPosition="${start}" endPosition="${start + 28}"`));
    assert.ok(qde.includes('<PlainTextContent>Compare with the 2019 statement,\nline 2.</PlainTextContent>'));
    assert.ok(qde.includes('guid="6f1c1e38-2a4c-4a49-9a53-0d7f3a0f6a01"'), 'a UUID passage id is kept');
    assert.ok(qde.includes(`targetGUID="${guidFor('code', 'summit')}"`));
  });

  it('an invalid project is caught by the same validation (the test can fail)', async () => {
    const qde = exportQde(rows, { projectName: 'Review', created: CREATED }).replace(/isCodable="true"/, 'isCodable="maybe"');
    const result = await validateXML({ xml: [{ fileName: 'project.qde', contents: qde }], schema: [SCHEMA] });
    assert.equal(result.valid, false);
  });

  it('.qdpx is a zip of project.qde and the transcript under sources/, the same bytes each time', () => {
    const zip = exportQdpx(rows, { projectName: 'Review', created: CREATED });
    const files = unzipSync(zip);
    const sourceName = `sources/${guidFor('source', 'press-conference.txt')}.txt`;
    assert.deepEqual(Object.keys(files).sort(), ['project.qde', sourceName]);
    assert.equal(strFromU8(files[sourceName]), TEXT);
    assert.ok(strFromU8(files['project.qde']).includes(`plainTextPath="internal://${guidFor('source', 'press-conference.txt')}.txt"`));
    assert.deepEqual(exportQdpx(rows, { projectName: 'Review', created: CREATED }), zip);
  });

  it('counts selection positions in Unicode characters when the text has characters outside the BMP', () => {
    const text = 'Host: 🎙️ Welcome back.\nGuest: Thanks for having me.\n';
    const anchors = addTag([], text, ...span(text, 'Thanks for having me.'), 'thanks', 'x');
    const qde = exportQde(exportRows([{ name: 'pod.txt', text, transcript: parseTranscript(text), anchors, speakers: {} }], { style: 'plain' }), { projectName: 'P', created: CREATED });
    const start = [...text.slice(0, text.indexOf('Thanks'))].length;
    assert.ok(qde.includes(`startPosition="${start}" endPosition="${start + 21}"`), qde);
  });
});
