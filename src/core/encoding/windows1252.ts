/**
 * Windows-1252 decoded by table. Node's TextDecoder('windows-1252') is Latin-1 (0x92 → U+0092
 * instead of ’), so the core does not rely on it.
 */

/**
 * What Windows-1252 puts at 0x80-0x9F; the five bytes it leaves undefined
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their Latin-1 code points U+0081 etc.
 */
const CP1252_0X80_TO_0X9F = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Byte → UTF-16 code unit for the whole of Windows-1252: Latin-1 except 0x80-0x9F. */
function buildTable(): Uint16Array {
  const table = new Uint16Array(256);
  for (let b = 0; b < 256; b++) table[b] = b >= 0x80 && b <= 0x9f ? CP1252_0X80_TO_0X9F[b - 0x80] : b;
  return table;
}

/** One table lookup per byte into UTF-16 code units, then one native decode: linear and fast on 10 MB. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const table = buildTable();
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = table[bytes[i]];
  const asBytes = new Uint8Array(units.buffer, units.byteOffset, units.byteLength);
  if (!isLittleEndian()) {
    for (let i = 0; i < asBytes.length; i += 2) {
      const t = asBytes[i]; asBytes[i] = asBytes[i + 1]; asBytes[i + 1] = t;
    }
  }
  return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(asBytes);
}

function isLittleEndian(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}
