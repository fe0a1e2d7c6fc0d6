/**
 * The word-level comparison of a quote with what was said, for a fact-checker to read: each part of the quote
 * (between elisions) is compared with the spoken words it was aligned to by the `diff` library's array diff,
 * and the words an elision passes over are shown as left out, under the elision's mark.
 */
import { diffArrays } from 'diff';
import type { Alignment } from './align';
import type { ParsedQuote } from './quoteText';
import type { Token } from './tokens';
import type { QuoteChange } from './types';

/** `spoken(start, end)`: the speech between two offsets of the transcript, lines joined. */
export function compareQuote(quote: ParsedQuote, text: readonly Token[], alignment: Alignment, spoken: (start: number, end: number) => string): QuoteChange[] {
  const q = quote.tokens;
  const segments = quote.elisions.length + 1;
  // The spoken words each part of the quote covers: the first and last text token of its pairs.
  const firstText = new Array<number>(segments).fill(-1);
  const lastText = new Array<number>(segments).fill(-1);
  let segment = 0;
  for (const pair of alignment.pairs) {
    if (pair.quote >= 0) segment = q[pair.quote].segment;
    if (pair.text < 0 || pair.elided) continue;
    if (firstText[segment] < 0) firstText[segment] = pair.text;
    lastText[segment] = pair.text;
  }
  const changes: QuoteChange[] = [];
  let lastCovered = -1;
  for (let s = 0; s < segments; s++) {
    const quoteWords = q.map((_, i) => i).filter(i => q[i].segment === s);
    if (s > 0) {
      const next = firstText[s] >= 0 ? firstText[s] : lastCovered + 1;
      if (next - 1 > lastCovered && lastCovered >= 0) {
        changes.push({ kind: 'omitted', quoteText: quote.elisions[s - 1], spokenText: spoken(text[lastCovered + 1].start, text[next - 1].end) });
      }
    }
    const spokenWords: number[] = [];
    for (let i = firstText[s]; i >= 0 && i <= lastText[s]; i++) spokenWords.push(i);
    if (lastText[s] >= 0) lastCovered = lastText[s];
    const runs = diffArrays(quoteWords, spokenWords, { comparator: (a: number, b: number) => q[a].key === text[b].key });
    let qi = 0;
    let ti = 0;
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r];
      const count = run.count ?? run.value.length;
      if (!run.added && !run.removed) {
        changes.push(pairText('same', quoteWords.slice(qi, qi + count), spokenWords.slice(ti, ti + count)));
        qi += count;
        ti += count;
        continue;
      }
      const next = runs[r + 1];
      if (next && (next.added || next.removed) && next.added !== run.added) {
        const nextCount = next.count ?? next.value.length;
        const [quoteCount, spokenCount] = run.removed ? [count, nextCount] : [nextCount, count];
        changes.push(pairText('changed', quoteWords.slice(qi, qi + quoteCount), spokenWords.slice(ti, ti + spokenCount)));
        qi += quoteCount;
        ti += spokenCount;
        r++;
      } else if (run.removed) {
        changes.push(pairText('added', quoteWords.slice(qi, qi + count), []));
        qi += count;
      } else {
        changes.push(pairText('omitted', [], spokenWords.slice(ti, ti + count)));
        ti += count;
      }
    }
  }
  return changes;

  function pairText(kind: QuoteChange['kind'], quoteWords: number[], spokenWords: number[]): QuoteChange {
    return {
      kind,
      quoteText: quoteWords.length ? quote.text.slice(q[quoteWords[0]].start, q[quoteWords[quoteWords.length - 1]].end) : '',
      spokenText: spokenWords.length ? spoken(text[spokenWords[0]].start, text[spokenWords[spokenWords.length - 1]].end) : '',
    };
  }
}
