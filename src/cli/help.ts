/** Help texts and the version of `transcript-review`. */
import * as fs from 'fs';
import * as path from 'path';
import type { CommandName } from './args';

const GENERAL = `Usage: transcript-review <command> FILE [options]

Read a transcript (plain text, Markdown, WebVTT or SRT) and show its structure.

Commands:
  outline FILE [--json]                      the title, speakers, turns, sections and questions
  speakers FILE [--json]                     each speaker with their number of turns and words
  cite FILE --lines A[-B] [--style S]        the exact text of lines A to B with its citation

Options:
  -h, --help       show this help (or a command's: transcript-review cite --help)
  -v, --version    show the version

FILE may be - for standard input, read up to 64 MB like a file. Lines are numbered from 1, as an
editor shows them. UTF-8, UTF-16 and legacy encodings (Windows-1252, Windows-1251, GB18030, Big5,
Shift JIS, ...) are detected; bytes that do not fit are noted on stderr.
Exit status: 0 on success (also when the reader closes the pipe early), 1 when the file cannot be
read as a transcript or the output cannot be written, 2 for a wrong command line.
`;

const COMMAND_HELP: Record<CommandName, string> = {
  outline: `Usage: transcript-review outline FILE [--json]

Shows the transcript's title, date and place, then its sections, exchanges (Q1, Q2, ...) and
turns as a tree, each with its lines.

  --json   print the outline as JSON: format, encoding, metadata, speakers, turns (with
           startLine/endLine, 1-based and inclusive) and topics (sections and exchanges)
`,
  speakers: `Usage: transcript-review speakers FILE [--json]

Lists each speaker with their number of turns and words.

  --json   print { "speakers": [ { "name", "turns", "words" } ] }
`,
  cite: `Usage: transcript-review cite FILE --lines A[-B] [--style STYLE]

Prints the exact text of lines A to B (wrapped lines joined) and its citation: the speaker,
the title, date and place, and a pinpoint such as the question number and the lines.

  --lines A[-B]      the lines to quote, numbered from 1 (required)
  --style plain      plain text (the default)
  --style markdown   a Markdown block quote with its attribution
  --style apa        APA 7 (quotation with parenthetical citation, then the reference)
  --style chicago    Chicago notes-bibliography (quotation, then the note)
  --style mla        MLA 9 (quotation with in-text citation, then the work cited)
  --style pinpoint   speaker, title and page:line (court transcripts) or lines
  --style timestamp  speaker, title and the time of the cue (captions)
`,
};

export function helpText(command: CommandName | null): string {
  return command ? COMMAND_HELP[command] : GENERAL;
}

/** The version in package.json, found by walking up from this file (dist/ or out/src/cli/). */
export function versionText(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'package.json');
    try {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'transcript-review' && pkg.version) return `transcript-review ${pkg.version}\n`;
    } catch {
      // not here: look one directory up
    }
    dir = path.dirname(dir);
  }
  return 'transcript-review (unknown version)\n';
}
