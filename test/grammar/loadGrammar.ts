// Loads the transcript TextMate grammar with vscode-textmate and vscode-oniguruma (the engine
// VS Code itself uses) and returns a tokenizer; reused by the grammar tests and benchmarks.
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

export const TRANSCRIPT_SCOPE = 'text.transcript';

/** One token of a line: its text, its UTF-16 offsets and its scopes, outermost first. */
export interface LineToken {
  text: string;
  start: number;
  end: number;
  scopes: string[];
}

export interface TranscriptTokenizer {
  /** Tokenizes one line after the given state (null for the first line of a document). */
  tokenizeLine(line: string, state: textmate.StateStack | null): { tokens: LineToken[]; state: textmate.StateStack };
  /** Tokenizes a whole document, split at LF, CRLF or CR, line by line. */
  tokenizeDocument(text: string): LineToken[][];
}

/** The repository root: the nearest folder above this file holding package.json. */
export function repositoryRoot(from: string = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

export function defaultGrammarPath(): string {
  return path.join(repositoryRoot(), 'syntaxes', 'transcript.tmLanguage.json');
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

let onigLibPromise: Promise<textmate.IOnigLib> | undefined;

/** Loads the Oniguruma WebAssembly once per process. */
function onigLib(): Promise<textmate.IOnigLib> {
  if (!onigLibPromise) {
    const wasmPath = require.resolve('vscode-oniguruma/release/onig.wasm');
    const wasm = fs.readFileSync(wasmPath);
    const bytes = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength);
    onigLibPromise = oniguruma.loadWASM(bytes).then(() => ({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }));
  }
  return onigLibPromise;
}

/** Returns a tokenizer for the grammar at `grammarPath` (the built JSON by default). */
export async function loadTranscriptGrammar(grammarPath: string = defaultGrammarPath()): Promise<TranscriptTokenizer> {
  const registry = new textmate.Registry({
    onigLib: onigLib(),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== TRANSCRIPT_SCOPE) return null;
      return textmate.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath);
    },
  });
  const grammar = await registry.loadGrammar(TRANSCRIPT_SCOPE);
  if (!grammar) throw new Error(`could not load ${TRANSCRIPT_SCOPE} from ${grammarPath}`);

  const tokenizeLine = (line: string, state: textmate.StateStack | null) => {
    const result = grammar.tokenizeLine(line, state ?? textmate.INITIAL);
    const tokens = result.tokens.map(token => ({
      text: line.slice(token.startIndex, token.endIndex),
      start: token.startIndex,
      end: token.endIndex,
      scopes: token.scopes,
    }));
    return { tokens, state: result.ruleStack };
  };

  return {
    tokenizeLine,
    tokenizeDocument(text: string): LineToken[][] {
      let state: textmate.StateStack | null = null;
      return splitLines(text).map(line => {
        const result = tokenizeLine(line, state);
        state = result.state;
        return result.tokens;
      });
    },
  };
}
