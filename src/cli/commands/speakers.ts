/** `transcript-review speakers FILE [--json]`: each speaker with their turns and words. */
import type { CliIo } from '../io';
import { loadTranscript } from '../readTranscript';
import { plural } from '../summary';
import { renderTable } from '../table';

export function speakersCommand(file: string, options: Record<string, string | true>, io: CliIo): number {
  const { transcript } = loadTranscript(file, io);
  const speakers = transcript.speakers.map(s => ({ name: s.name, turns: s.turns, words: s.words }));
  if (options.json) {
    io.stdout(`${JSON.stringify({ speakers }, null, 2)}\n`);
    return 0;
  }
  if (speakers.length === 0) {
    io.stdout(`No speakers found in ${file} (${plural(transcript.turns.length, 'turn')}).\n`);
    return 0;
  }
  const table = renderTable(
    [{ title: 'Speaker' }, { title: 'Turns', right: true }, { title: 'Words', right: true }],
    speakers.map(s => [s.name, String(s.turns), String(s.words)]),
  );
  io.stdout(table);
  return 0;
}
