import * as assert from 'node:assert/strict';
import { excludeGlob, expandGroups } from '../../../src/core/workspace/excludes';
import { fuzzyScore } from '../../../src/core/workspace/fuzzy';
import { mayBeTranscript, readsAsTranscript } from '../../../src/core/workspace/transcriptFiles';

const LANGUAGE = ['.transcript', '.transcript.txt', '.transcript.md', '.vtt', '.srt'];
const INTERVIEW = 'Anna Berg: Welcome to the programme, and thank you.\n\nJonas Lind: Thank you for having me here.\n\nAnna Berg: Let us start with the harbour.\n\nJonas Lind: The harbour is silting up again.\n';

describe('workspace: which files are transcripts', () => {
  it('by the Transcript language\'s extensions, whatever they hold', () => {
    assert.equal(readsAsTranscript('/w/a.transcript', 'anything', LANGUAGE), true);
    assert.equal(readsAsTranscript('/w/A.VTT', '', LANGUAGE), true);
  });

  it('a .txt or .md file when detection reads it as one, unless detection is off', () => {
    assert.equal(readsAsTranscript('/w/interview.txt', INTERVIEW, LANGUAGE), true);
    assert.equal(readsAsTranscript('/w/interview.md', INTERVIEW, LANGUAGE), true);
    assert.equal(readsAsTranscript('/w/interview.txt', INTERVIEW, LANGUAGE, false), false);
    assert.equal(readsAsTranscript('/w/notes.txt', 'Things to bring\n\n- rope\n- map\n', LANGUAGE), false);
    assert.equal(readsAsTranscript('/w/README.md', '# Tool\n\nUsage: tool [options]\n\nDefault: none\n', LANGUAGE), false);
    assert.equal(readsAsTranscript('/w/interview.json', INTERVIEW, LANGUAGE), false);
  });

  it('candidates are the files worth reading', () => {
    assert.deepEqual(['a.txt', 'b.md', 'c.markdown', 'd.srt', 'e.json', 'f.transcript'].map(f => mayBeTranscript(f, LANGUAGE)), [true, true, true, true, false, true]);
  });
});

describe('workspace: the exclude glob', () => {
  it('joins the patterns set to true of files.exclude and search.exclude, leaving conditional ones in', () => {
    assert.equal(excludeGlob({ '**/.git': true, '**/*.js': { when: '$(basename).ts' }, '**/tmp': false }, { '**/node_modules': true, '**/.git': true }),
      '{**/.git,**/node_modules}');
    assert.equal(excludeGlob(undefined, {}), undefined);
  });

  it('expands a pattern\'s own groups, since groups do not nest', () => {
    assert.deepEqual(expandGroups('**/*.{js,map}'), ['**/*.js', '**/*.map']);
    assert.deepEqual(expandGroups('{a,b}/{c,d}'), ['a/c', 'a/d', 'b/c', 'b/d']);
    assert.deepEqual(expandGroups('**/{a,{b,c}}'), [], 'nested groups are not read');
    assert.deepEqual(expandGroups('**/a,b'), [], 'a bare comma would split the joined group');
  });
});

describe('workspace: fuzzy matching of symbol queries', () => {
  it('matches characters in order, case aside, each word of the query', () => {
    assert.notEqual(fuzzyScore('vacpass', 'Q3 · vaccination passport'), null);
    assert.notEqual(fuzzyScore('VACC pass', 'Q3 · vaccination passport'), null);
    assert.equal(fuzzyScore('passvacc', 'Q3 · vaccination passport'), null);
    assert.equal(fuzzyScore('vacc zzz', 'Q3 · vaccination passport'), null);
    assert.equal(fuzzyScore('', 'anything'), 0);
  });

  it('ranks a whole word above a scattered match, and a match at a word start above one inside a word', () => {
    const whole = fuzzyScore('fares', 'Q2 · fares rise')!;
    const scattered = fuzzyScore('fares', 'Ferry hearing, Kestrel Bay')!;
    assert.ok(whole > scattered);
    assert.ok(fuzzyScore('port', 'port council')! > fuzzyScore('port', 'passport')!);
    assert.equal(fuzzyScore('erry', 'Ferry')! > 0, true, 'a run inside a word still matches');
    assert.equal(fuzzyScore('rh', 'Ferry hearing'), null, 'a scattered match must start a word');
  });
});
