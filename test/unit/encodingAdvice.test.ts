/**
 * What the editor offers for a document that shows U+FFFD, from the file's bytes: reopen in an
 * encoding the core can name, VS Code's picker for a legacy encoding it cannot, or nothing.
 */
import * as assert from 'assert';
import { adviseEncoding } from '../../src/core/encoding/suggest';

const cp1252 = (text: string) => Uint8Array.from([...text].map(ch => ({ '\u201c': 0x93, '\u201d': 0x94, '\u2019': 0x92, '\u2014': 0x97 } as Record<string, number>)[ch] ?? ch.charCodeAt(0)));

describe('adviseEncoding', () => {
  it('offers Windows-1252 for Western text with typographic quotes and accents', () => {
    const bytes = cp1252('Q: Will the \u201cgrid\u201d plan go ahead \u2014 and the caf\u00e9?\nA: It\u2019s on track.\n');
    assert.deepStrictEqual(adviseEncoding(bytes, 'utf8'), { kind: 'reopen', id: 'windows-1252', title: 'Windows-1252 (Western)', vscode: 'windows1252' });
  });

  it('offers nothing when the editor already reads it in Windows-1252', () => {
    assert.strictEqual(adviseEncoding(cp1252('A: It\u2019s fine.\n'), 'windows1252').kind, 'none');
  });

  it('offers UTF-16 LE for Chinese UTF-16 without a byte-order mark', () => {
    const advice = adviseEncoding(Buffer.from('主持人：大家好。\n问：请问发言人有何评论？\n', 'utf16le'), 'utf8');
    assert.deepStrictEqual(advice, { kind: 'reopen', id: 'utf-16le', title: 'UTF-16 LE', vscode: 'utf16le' });
  });

  it('does not offer Windows-1252 for Windows-1251 Russian (runs of high bytes): the encoding is unknown', () => {
    // "Вопрос: Как вы оцениваете ситуацию?" in Windows-1251
    const bytes = Uint8Array.from([0xc2, 0xee, 0xef, 0xf0, 0xee, 0xf1, 0x3a, 0x20, 0xca, 0xe0, 0xea, 0x20, 0xe2, 0xfb, 0x20, 0xee, 0xf6, 0xe5, 0xed, 0xe8,
      0xe2, 0xe0, 0xe5, 0xf2, 0xe5, 0x20, 0xf1, 0xe8, 0xf2, 0xf3, 0xe0, 0xf6, 0xe8, 0xfe, 0x3f, 0x0a]);
    assert.deepStrictEqual(adviseEncoding(bytes, 'utf8'), { kind: 'unknown-legacy' });
  });

  it('offers nothing for UTF-8 with one stray byte: every reading keeps a U+FFFD or breaks the quotes', () => {
    const bytes = Uint8Array.from([...Buffer.from('Q: the \u201cgrid\u201d and the caf', 'utf8'), 0xe9, ...Buffer.from(' \u2019\n', 'utf8')]);
    assert.strictEqual(adviseEncoding(bytes, 'utf8').kind, 'none');
  });

  it('offers nothing for a binary file', () => {
    assert.deepStrictEqual(adviseEncoding(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]), 'utf8'), { kind: 'none', reason: 'binary' });
  });
});
