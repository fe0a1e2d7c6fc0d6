/**
 * A document's lines as a read-only array whose entries are read from the document when asked for.
 * Citing reads a few lines around the selection; splitting the whole text first cost about half a
 * second per Copy Citation at the end of a 10 MB transcript (npm run bench:host).
 */
import type * as vscode from 'vscode';

export function documentLines(document: vscode.TextDocument): readonly string[] {
  const isIndex = (key: string | symbol): key is string => typeof key === 'string' && /^(0|[1-9]\d*)$/.test(key);
  return new Proxy<string[]>([], {
    get(target, key, receiver) {
      if (key === 'length') return document.lineCount;
      if (isIndex(key)) {
        const line = Number(key);
        return line < document.lineCount ? document.lineAt(line).text : undefined;
      }
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      return isIndex(key) ? Number(key) < document.lineCount : Reflect.has(target, key);
    },
  });
}
