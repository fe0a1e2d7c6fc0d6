import * as assert from 'assert';
import { BinaryFileError, decodeBytes } from '../../src/core/decode';

function bytes(...parts: (number[] | string)[]): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'string') out.push(...Buffer.from(part, 'latin1'));
    else out.push(...part);
  }
  return Uint8Array.from(out);
}

describe('decodeBytes', () => {
  it('reads an empty file as empty UTF-8 text', () => {
    assert.deepStrictEqual(decodeBytes(new Uint8Array(0)), { text: '', encoding: 'utf-8' });
  });

  it('reads plain UTF-8, keeping CRLF, CR and LF as written', () => {
    const utf8 = Buffer.from('Sergey Lavrov: Привет\r\nQuestion:\u00a0Да?\rA: ok\n', 'utf8');
    assert.deepStrictEqual(decodeBytes(utf8), { text: 'Sergey Lavrov: Привет\r\nQuestion:\u00a0Да?\rA: ok\n', encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM and says so', () => {
    const withBom = bytes([0xef, 0xbb, 0xbf], [...Buffer.from('主持人：你好', 'utf8')]);
    assert.deepStrictEqual(decodeBytes(withBom), { text: '主持人：你好', encoding: 'utf-8-bom' });
  });

  it('keeps a UTF-8 file whose last character was cut off as UTF-8', () => {
    const cut = bytes('Caf', [0xc3, 0xa9, 0x20, 0xe2, 0x80]); // "Café " then 2 of the 3 bytes of ’
    assert.deepStrictEqual(decodeBytes(cut), { text: 'Café \uFFFD', encoding: 'utf-8' });
  });

  it('reads UTF-16 LE with a BOM', () => {
    const le = bytes([0xff, 0xfe], [...Buffer.from('Q: Who?\r\nA: Me\u2019s', 'utf16le')]);
    assert.deepStrictEqual(decodeBytes(le), { text: 'Q: Who?\r\nA: Me\u2019s', encoding: 'utf-16le' });
  });

  it('reads UTF-16 BE with a BOM', () => {
    const le = Buffer.from('Q: Who?\nA: \u00c9tienne', 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) { be[i] = le[i + 1]; be[i + 1] = le[i]; }
    assert.deepStrictEqual(decodeBytes(bytes([0xfe, 0xff], [...be])), { text: 'Q: Who?\nA: \u00c9tienne', encoding: 'utf-16be' });
  });

  it('reads UTF-16 LE without a BOM when every other byte is NUL', () => {
    const le = Buffer.from('HOLT:\nGood evening.\n', 'utf16le');
    assert.deepStrictEqual(decodeBytes(le), { text: 'HOLT:\nGood evening.\n', encoding: 'utf-16le' });
  });

  describe('Windows-1252 (bytes that are not UTF-8)', () => {
    it('reads curly double quotes 0x93 and 0x94 as “ and ”', () => {
      const result = decodeBytes(bytes('He said ', [0x93], 'no', [0x94], '.'));
      assert.deepStrictEqual(result, { text: 'He said \u201cno\u201d.', encoding: 'windows-1252' });
    });

    it('reads 0x92 as the apostrophe ’, not U+0092', () => {
      const { text } = decodeBytes(bytes('It', [0x92], 's fine'));
      assert.strictEqual(text, 'It\u2019s fine');
      assert.ok(!text.includes('\u0092'));
    });

    it('reads 0x96 as an en dash, 0x97 as an em dash, 0x80 as the euro sign and 0x85 as an ellipsis', () => {
      const { text } = decodeBytes(bytes('1990', [0x96], '1995 ', [0x97], ' cost ', [0x80], '5', [0x85]));
      assert.strictEqual(text, '1990\u20131995 \u2014 cost \u20ac5\u2026');
    });

    it('reads Latin-1 letters (0xE9) as themselves and keeps the five undefined bytes as U+0081 etc.', () => {
      const { text, encoding } = decodeBytes(bytes('Caf', [0xe9], ' ', [0x81, 0x8d, 0x8f, 0x90, 0x9d]));
      assert.strictEqual(encoding, 'windows-1252');
      assert.strictEqual(text, 'Caf\u00e9 \u0081\u008d\u008f\u0090\u009d');
    });
  });

  describe('binary files', () => {
    it('refuses a PNG header with NUL bytes', () => {
      const png = bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d], 'IHDR', [0x00, 0x00, 0x01, 0x00]);
      assert.throws(() => decodeBytes(png), (err: unknown) =>
        err instanceof BinaryFileError && /binary file/.test(err.message) && /NUL byte at offset 8/.test(err.message));
    });

    it('refuses bytes that are mostly control characters even without a NUL', () => {
      const controls = bytes([0x01, 0x02, 0x03, 0x04], 'abc', [0x05, 0x06, 0x07, 0x08, 0x0e, 0x0f]);
      assert.throws(() => decodeBytes(controls), BinaryFileError);
    });

    it('refuses a NUL byte after a UTF-8 BOM', () => {
      assert.throws(() => decodeBytes(bytes([0xef, 0xbb, 0xbf], 'ab', [0x00], 'cd')), BinaryFileError);
    });

    it('refuses a UTF-32 file instead of reading it as UTF-16 full of NULs', () => {
      assert.throws(() => decodeBytes(bytes([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00])), /UTF-32/);
    });

    it('accepts form feeds, tabs and ESC, which court transcripts and old files contain', () => {
      const court = bytes('1   JUSTICE SCALIA:\tWhy?\n\f25  Alderson\n', [0x1b]);
      assert.strictEqual(decodeBytes(court).encoding, 'utf-8');
    });
  });

  it('decodes 10 MB of Windows-1252 in linear time', () => {
    // Not a timing assertion: checks that the whole of a large input comes out mapped.
    const line = bytes('Question: It', [0x92], 's ', [0x93], 'fine', [0x94], '.\r\n');
    const big = new Uint8Array(10 * 1024 * 1024 - ((10 * 1024 * 1024) % line.length));
    for (let i = 0; i < big.length; i += line.length) big.set(line, i);
    const { text, encoding } = decodeBytes(big);
    assert.strictEqual(encoding, 'windows-1252');
    assert.strictEqual(text.length, big.length);
    assert.ok(text.endsWith('Question: It\u2019s \u201cfine\u201d.\r\n'));
    assert.ok(!/[\u0080-\u009f]/.test(text));
  });
});
