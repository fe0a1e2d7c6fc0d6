/**
 * `transcript-review find-quote TEXT PATH... [--json]`: where a quote was said in the transcripts under PATH,
 * even altered (words dropped, added or changed, elisions, case and punctuation), best first, each with the
 * true text and a word-level comparison. Nothing found above the threshold is said so (exit 1), never a guess.
 */
import * as fs from 'fs';
import { QuoteError, QuoteIndex, type QuoteChange, type QuoteMatch } from '../../core/quotes';
import { parseReview, sidecarPathFor, speakerNameMap } from '../../core/review';
import { InputError, UsageError } from '../errors';
import type { CliIo } from '../io';
import { loadTranscriptsUnder } from '../transcriptFiles';

export function findQuoteCommand(positionals: readonly string[], options: Record<string, string | true>, io: CliIo): number {
  const [quote, ...paths] = positionals;
  if (paths.length === 0) throw new UsageError('find-quote needs the quote and at least one PATH (a transcript or a folder)');
  if (paths.includes('-')) throw new UsageError('find-quote searches files and folders, so PATH cannot be - (standard input)');
  const transcripts = loadTranscriptsUnder(paths, io);
  if (transcripts.length === 0) throw new InputError(`no transcripts found in ${paths.join(', ')}`);
  const index = new QuoteIndex();
  const texts = new Map<string, string>();
  for (const t of transcripts) {
    index.add(t.file, t.text, t.transcript);
    texts.set(t.file, t.text);
  }
  const renames = new Map<string, Map<string, string> | null>();
  let matches: QuoteMatch[];
  try {
    matches = index.findSync(quote, file => texts.get(file) ?? '', {
      speakerName: (file, speaker) => {
        if (!renames.has(file)) renames.set(file, reviewRenames(file));
        return renames.get(file)?.get(speaker);
      },
    });
  } catch (err) {
    if (err instanceof QuoteError) throw new UsageError(err.message);
    throw err;
  }
  if (options.json) {
    io.stdout(`${JSON.stringify(matches.map(jsonMatch), null, 2)}\n`);
  } else if (matches.length > 0) {
    io.stdout(matches.map((m, i) => describeMatch(m, i + 1)).join('\n'));
  }
  if (matches.length === 0) {
    const searched = `${transcripts.length} transcript${transcripts.length === 1 ? '' : 's'}`;
    io.stderr(`transcript-review: quote not found in ${searched} (nothing close enough to be the same words)\n`);
    return 1;
  }
  return 0;
}

/** The speaker names set in the review beside `file`, if it has one that reads. */
function reviewRenames(file: string): Map<string, string> | null {
  try {
    return speakerNameMap(parseReview(fs.readFileSync(sidecarPathFor(file), 'utf8')).speakers);
  } catch {
    return null;
  }
}

function jsonMatch(m: QuoteMatch): Record<string, unknown> {
  return {
    file: m.file, startLine: m.range.start.line + 1, endLine: m.range.end.line + 1, speaker: m.speaker,
    exchange: m.exchange, score: m.score, text: m.text, changes: m.changes,
  };
}

function describeMatch(m: QuoteMatch, rank: number): string {
  const lines = m.range.start.line === m.range.end.line ? `${m.range.start.line + 1}` : `${m.range.start.line + 1}-${m.range.end.line + 1}`;
  const where = [`${m.file}:${lines}`, m.speaker ?? '(no speaker)', ...(m.exchange ? [`Q${m.exchange}`] : []), `score ${m.score.toFixed(2)}`];
  const differences = m.changes.filter(c => c.kind !== 'same').map(c => `     - ${describeChange(c)}\n`);
  return `${rank}. ${where.join('  ')}\n   said: “${m.text}”\n${differences.length ? `   differences:\n${differences.join('')}` : '   word for word\n'}`;
}

function describeChange(c: QuoteChange): string {
  switch (c.kind) {
    case 'added': return `added: “${c.quoteText}” (not said)`;
    case 'changed': return `changed: quoted “${c.quoteText}”, said “${c.spokenText}”`;
    case 'omitted': return c.quoteText ? `elided ${c.quoteText}: “${c.spokenText}”` : `left out: “${c.spokenText}”`;
    case 'same': return c.spokenText;
  }
}
