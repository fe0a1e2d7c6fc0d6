/** `transcript-review outline FILE [--json]`: the structure of a transcript. */
import { buildOutline } from '../../core/outline';
import type { CliIo } from '../io';
import { toOutlineJson } from '../outlineJson';
import { renderTree } from '../outlineTree';
import { loadTranscript } from '../readTranscript';
import { summaryLines } from '../summary';

export function outlineCommand(file: string, options: Record<string, string | true>, io: CliIo): number {
  const { transcript, encodingWarning } = loadTranscript(file, io);
  if (options.json) {
    io.stdout(`${JSON.stringify(toOutlineJson(transcript, encodingWarning), null, 2)}\n`);
    return 0;
  }
  const outline = buildOutline(transcript);
  const tree = renderTree(outline);
  const summary = summaryLines(transcript, !outline.some(node => node.kind === 'title'));
  io.stdout(`${summary.join('\n')}\n${tree ? `\n${tree}` : ''}`);
  return 0;
}
