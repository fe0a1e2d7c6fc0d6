/**
 * The encodings transcripts are read in, as data: the name the model and the CLI report (a
 * WHATWG label, which TextDecoder and iconv-lite both accept), how a person calls it, the names
 * a detector such as jschardet gives it, and VS Code's identifier for reopening a file in it.
 */

export interface KnownEncoding {
  /** Reported in the model's `encoding` and by `outline --json`; also the decoder label. */
  id: string;
  /** Shown to people: "Windows-1252 (Western)". */
  title: string;
  /** VS Code's encoding identifier (`TextDocument.encoding`, `openTextDocument(uri, { encoding })`). */
  vscode: string;
  /** Names a detector reports for it, lower case, punctuation as written by jschardet. */
  detectedAs: readonly string[];
  /** Latin-script (accented letters stand alone between ASCII ones) or another script (runs of bytes above 0x7F). */
  script: 'latin' | 'other';
}

export const LEGACY_ENCODINGS: readonly KnownEncoding[] = [
  // ISO-8859-1 is read as Windows-1252, as browsers do: the two differ only in C1 controls, which text never holds.
  { id: 'windows-1252', title: 'Windows-1252 (Western)', vscode: 'windows1252', detectedAs: ['windows-1252', 'iso-8859-1', 'ascii'], script: 'latin' },
  { id: 'iso-8859-15', title: 'ISO-8859-15 (Western, with €)', vscode: 'iso885915', detectedAs: ['iso8859-15', 'iso-8859-15'], script: 'latin' },
  { id: 'windows-1250', title: 'Windows-1250 (Central European)', vscode: 'windows1250', detectedAs: ['windows-1250', 'iso-8859-2'], script: 'latin' },
  { id: 'windows-1251', title: 'Windows-1251 (Cyrillic)', vscode: 'windows1251', detectedAs: ['windows-1251'], script: 'other' },
  { id: 'koi8-r', title: 'KOI8-R (Cyrillic)', vscode: 'koi8r', detectedAs: ['koi8-r'], script: 'other' },
  { id: 'windows-1253', title: 'Windows-1253 (Greek)', vscode: 'windows1253', detectedAs: ['windows-1253', 'iso-8859-7'], script: 'other' },
  { id: 'windows-1254', title: 'Windows-1254 (Turkish)', vscode: 'windows1254', detectedAs: ['windows-1254', 'iso-8859-9'], script: 'latin' },
  { id: 'gb18030', title: 'GB18030 (Simplified Chinese)', vscode: 'gb18030', detectedAs: ['gb18030', 'gbk', 'gb2312'], script: 'other' },
  { id: 'big5', title: 'Big5 (Traditional Chinese)', vscode: 'cp950', detectedAs: ['big5', 'cp950', 'big5hkscs'], script: 'other' },
  { id: 'shift_jis', title: 'Shift JIS (Japanese)', vscode: 'shiftjis', detectedAs: ['shift_jis', 'cp932'], script: 'other' },
  { id: 'euc-jp', title: 'EUC-JP (Japanese)', vscode: 'eucjp', detectedAs: ['euc-jp'], script: 'other' },
  { id: 'euc-kr', title: 'EUC-KR (Korean)', vscode: 'euckr', detectedAs: ['euc-kr', 'cp949'], script: 'other' },
];

/** Unicode encodings decodeBytes reports, with VS Code's identifiers. */
export const UNICODE_ENCODINGS: readonly Pick<KnownEncoding, 'id' | 'title' | 'vscode'>[] = [
  { id: 'utf-8', title: 'UTF-8', vscode: 'utf8' },
  { id: 'utf-8-bom', title: 'UTF-8 with BOM', vscode: 'utf8bom' },
  { id: 'utf-16le', title: 'UTF-16 LE', vscode: 'utf16le' },
  { id: 'utf-16be', title: 'UTF-16 BE', vscode: 'utf16be' },
];

export const DEFAULT_LEGACY_ENCODING = 'windows-1252';

export function findEncoding(id: string): Pick<KnownEncoding, 'id' | 'title' | 'vscode'> | undefined {
  return LEGACY_ENCODINGS.find(e => e.id === id) ?? UNICODE_ENCODINGS.find(e => e.id === id);
}

/** The known encoding a detector's name stands for, if any. */
export function encodingDetectedAs(name: string): KnownEncoding | undefined {
  const lower = name.toLowerCase();
  return LEGACY_ENCODINGS.find(e => e.detectedAs.includes(lower));
}
