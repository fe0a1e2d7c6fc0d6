// Renders a tokenized document as a readable snapshot: each source line, then each of its
// tokens that carries a scope besides the root, with those scopes.
import { LineToken } from './loadGrammar';

/** Makes invisible characters visible so a snapshot shows exactly what was tokenized. */
function visible(text: string): string {
  return JSON.stringify(text)
    .slice(1, -1)
    .replace(/\u00a0/g, '\\u00a0')
    .replace(/\u202f/g, '\\u202f');
}

/** Scope names without the common `.transcript` ending, root scope left out. */
function shortScopes(token: LineToken): string[] {
  return token.scopes.slice(1).map(scope => scope.replace(/\.transcript$/, ''));
}

export function renderSnapshot(fixtureName: string, lines: LineToken[][]): string {
  const out: string[] = [
    `# ${fixtureName}: scopes per token (root text.transcript and the .transcript ending left out;`,
    '# tokens with no scope but the root are not listed)',
  ];
  lines.forEach((tokens, index) => {
    const text = tokens.map(t => t.text).join('');
    out.push(`${String(index + 1).padStart(3)} | ${visible(text)}`);
    for (const token of tokens) {
      const scopes = shortScopes(token);
      if (scopes.length === 0) continue;
      out.push(`    | ${token.start}-${token.end} "${visible(token.text)}" ${scopes.join(' ')}`);
    }
  });
  return out.join('\n') + '\n';
}

/** The first line where two snapshots differ, for a short failure message. */
export function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      return `snapshot line ${i + 1}\n  expected: ${a[i] ?? '(end)'}\n  actual:   ${b[i] ?? '(end)'}`;
    }
  }
  return 'no difference';
}
