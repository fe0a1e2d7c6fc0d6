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

  it('keeps a UTF-8 file whose last character was cut off as UTF-8, and says so', () => {
    const cut = bytes('Caf', [0xc3, 0xa9, 0x20, 0xe2, 0x80]); // "Café " then 2 of the 3 bytes of ’
    assert.deepStrictEqual(decodeBytes(cut), {
      text: 'Café \uFFFD',
      encoding: 'utf-8',
      warning: '1 byte sequence that is not UTF-8 (line 1) shown as U+FFFD; the rest is UTF-8',
    });
  });

  describe('UTF-8 with a few stray bytes (decided per file, as editors do)', () => {
    const utf8 = (text: string) => [...Buffer.from(text, 'utf8')];

    it('keeps curly quotes as UTF-8 when one Latin-1 é is in the file, and shows only that byte as U+FFFD', () => {
      const file = bytes(utf8('MODERATOR: Welcome to the \u201cgrid\u201d debate.\nQ: And the \u201ccaf'), [0xe9], utf8('\u201d?\n'));
      const result = decodeBytes(file);
      assert.strictEqual(result.encoding, 'utf-8');
      assert.strictEqual(result.text, 'MODERATOR: Welcome to the \u201cgrid\u201d debate.\nQ: And the \u201ccaf\uFFFD\u201d?\n');
      assert.ok(!result.text.includes('\u00e2\u20ac'), 'no â€œ anywhere');
      assert.strictEqual(result.warning, '1 byte sequence that is not UTF-8 (line 2) shown as U+FFFD; the rest is UTF-8');
    });

    it('counts several strays and names the line of the first', () => {
      const file = bytes(utf8('A: \u201cone\u201d \u201ctwo\u201d \u201cthree\u201d\nB: ok\nC: '), [0x92], ' ', [0x96], utf8(' \u2019\n'));
      const result = decodeBytes(file);
      assert.strictEqual(result.encoding, 'utf-8');
      assert.strictEqual(result.warning, '2 byte sequences that are not UTF-8 (first on line 3) shown as U+FFFD; the rest is UTF-8');
    });

    it('does not count U+FFFD written in the file as a decoding failure', () => {
      const result = decodeBytes(bytes(utf8('Q: unreadable \uFFFD here\n')));
      assert.deepStrictEqual(result, { text: 'Q: unreadable \uFFFD here\n', encoding: 'utf-8' });
    });

    it('reads a file whose bytes above 0x7F are mostly ill-formed UTF-8 as Windows-1252, and says what read as UTF-8', () => {
      // Four Windows-1252 quotes, and one pair (Ã then ©) that happens to be well-formed UTF-8.
      const file = bytes('He said ', [0x93], 'no', [0x94], ' and ', [0x93], 'yes', [0x94], ' ', [0xc3, 0xa9], '\n');
      const result = decodeBytes(file);
      assert.strictEqual(result.encoding, 'windows-1252');
      assert.strictEqual(result.text, 'He said \u201cno\u201d and \u201cyes\u201d \u00c3\u00a9\n');
      assert.strictEqual(result.warning, '1 character that read as UTF-8 was read as Windows-1252 (Western) too');
    });
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

  describe('UTF-16 without a byte-order mark', () => {
    const chinese = '主持人：各位记者朋友，大家好。\n问：请问发言人对此有何评论？\n答：我们注意到有关报道。\n';

    it('reads mostly Chinese UTF-16 LE (NULs only after the line breaks, and in 言) instead of refusing it as binary', () => {
      assert.deepStrictEqual(decodeBytes(Buffer.from(chinese, 'utf16le')), { text: chinese, encoding: 'utf-16le' });
    });

    it('reads mostly Chinese UTF-16 BE', () => {
      const le = Buffer.from(chinese, 'utf16le');
      const be = Buffer.alloc(le.length);
      for (let i = 0; i < le.length; i += 2) { be[i] = le[i + 1]; be[i + 1] = le[i]; }
      assert.deepStrictEqual(decodeBytes(be), { text: chinese, encoding: 'utf-16be' });
    });

    it('reads Japanese and Korean UTF-16 LE with Latin names in it', () => {
      const text = '司会：皆さん、こんにちは。\nKIM: 안녕하십니까. 질문이 있습니다.\n';
      assert.deepStrictEqual(decodeBytes(Buffer.from(text, 'utf16le')), { text, encoding: 'utf-16le' });
    });

    it('still refuses binary data whose NUL bytes happen to favour one parity', () => {
      const data = new Uint8Array(4096);
      let seed = 7;
      for (let i = 0; i < data.length; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        data[i] = i % 2 === 1 && i % 6 === 1 ? 0 : (seed >> 16) & 0xff;
      }
      assert.throws(() => decodeBytes(data), BinaryFileError);
    });
  });

  describe('legacy encodings through a LegacyDecoder', () => {
    const cyrillic = { guess: () => 'windows-1251', decode: (b: Uint8Array) => new TextDecoder('windows-1251').decode(b) };

    it('uses the decoder\'s guess for bytes that are not UTF-8', () => {
      const file = bytes('Q: ', [0xc4, 0xe0], '?\n'); // "Да" in Windows-1251
      assert.deepStrictEqual(decodeBytes(file, { legacy: cyrillic }), { text: 'Q: \u0414\u0430?\n', encoding: 'windows-1251' });
    });

    it('falls back to Windows-1252 when the guessed encoding leaves bytes undecodable', () => {
      const shiftJis = { guess: () => 'shift_jis', decode: (b: Uint8Array) => new TextDecoder('shift_jis').decode(b) };
      const file = bytes('He said ', [0x93], 'no', [0x94], '.'); // 0x94 then '.' is no Shift JIS pair
      assert.deepStrictEqual(decodeBytes(file, { legacy: shiftJis }), { text: 'He said \u201cno\u201d.', encoding: 'windows-1252' });
    });

    it('falls back to Windows-1252 when the decoder is unsure', () => {
      const unsure = { guess: () => null, decode: () => { throw new Error('not called'); } };
      assert.strictEqual(decodeBytes(bytes('Caf', [0xe9]), { legacy: unsure }).text, 'Caf\u00e9');
    });
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
