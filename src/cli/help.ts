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
  export FILE... --format F [-o OUT]         the review (FILE.review.json) as md, csv or qdpx
  find-quote TEXT PATH... [--json]           where a quote was said, even altered, in the transcripts under PATH

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
           startLine/endLine, 1-based and inclusive) and topics (sections and exchanges;
           "inferred": true on an exchange whose asker was inferred, not marked)
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
  export: `Usage: transcript-review export FILE... --format md|csv|qdpx [-o OUT] [--style STYLE]

Exports the review of each FILE, kept beside it in FILE.review.json (tags, notes and the
speaker names set in the editor): passages found again in the current text, and orphaned
passages whose text is gone.

  --format md     Markdown: passages grouped by tag, each quoted with its citation, and notes
  --format csv    CSV (RFC 4180, UTF-8): file, tag, speaker, question, start and end line,
                  time, quote, note, citation, status (found or orphaned)
  --format qdpx   REFI-QDA project (MAXQDA, ATLAS.ti, NVivo, QualCoder): tags as codes,
                  passages as coded selections, notes as notes; needs -o
  -o, --output OUT  where to write (md and csv go to standard output without it); the format
                  can also come from OUT's extension (.md, .csv, .qdpx)
  --style STYLE   citation style (see cite --help); markdown for md, plain for csv by default
`,
  'find-quote': `Usage: transcript-review find-quote TEXT PATH... [--json]

Finds where the quote TEXT was said in the transcripts under each PATH (a transcript, or a folder
searched recursively for .transcript, .vtt and .srt files and .txt and .md files read as
transcripts), even when it was altered in print: a word dropped, added or changed, an elision
(…, ..., [...]), case and punctuation lost, curly or straight quotes, [bracketed] insertions.
Prints the matches best first: file and lines, speaker (as renamed in FILE.review.json, if any),
question number, a score from 0 to 1, what was said, and how the quote differs from it.
Nothing close enough is "quote not found" on stderr, with exit status 1.

  --json   print [ { "file", "startLine", "endLine", "speaker", "exchange", "score", "text",
           "changes": [ { "kind": "same|added|changed|omitted", "quoteText", "spokenText" } ] } ]
           (lines from 1, inclusive; [] when nothing is found, still with exit status 1)
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
