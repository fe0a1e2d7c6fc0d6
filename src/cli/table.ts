/** A plain-text table with a header row and aligned columns (numbers right-aligned). */
export interface Column {
  title: string;
  right?: boolean;
}

export function renderTable(columns: readonly Column[], rows: readonly string[][]): string {
  const widths = columns.map((c, i) => Math.max(width(c.title), ...rows.map(r => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) => columns
    .map((c, i) => pad(cells[i] ?? '', widths[i], c.right === true))
    .join('  ')
    .trimEnd();
  return [line(columns.map(c => c.title)), ...rows.map(line)].map(l => `${l}\n`).join('');
}

function pad(text: string, to: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, to - width(text)));
  return right ? fill + text : text + fill;
}

/** Display width: East Asian wide characters take two columns, so names in any script line up. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    w += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3)
      || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60)
      || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd) ? 2 : 1;
  }
  return w;
}
