/**
 * The command line of `transcript-review`, parsed by hand so every mistake gets its own
 * one-line message: unknown command, unknown option, option of another command, missing value.
 */
import { UsageError } from './errors';

export const COMMANDS = ['outline', 'speakers', 'cite', 'export', 'find-quote'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Options each command accepts; `true` when the option takes a value. */
const OPTIONS: Record<CommandName, Record<string, boolean>> = {
  outline: { json: false },
  speakers: { json: false },
  cite: { lines: true, style: true },
  export: { format: true, output: true, style: true },
  'find-quote': { json: false },
};

export type ParsedArgs =
  | { kind: 'help'; command: CommandName | null }
  | { kind: 'version' }
  | { kind: 'run'; command: CommandName; file: string; files: string[]; options: Record<string, string | true> };

export function isCommand(word: string): word is CommandName {
  return (COMMANDS as readonly string[]).includes(word);
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  // --help and --version win wherever they are, so `outline --help` helps instead of complaining.
  const beforeDashDash = argv.indexOf('--') >= 0 ? argv.slice(0, argv.indexOf('--')) : argv;
  if (beforeDashDash.some(a => a === '--help' || a === '-h')) {
    const first = beforeDashDash.find(a => !a.startsWith('-'));
    return { kind: 'help', command: first !== undefined && isCommand(first) ? first : null };
  }
  if (beforeDashDash.some(a => a === '--version' || a === '-v')) return { kind: 'version' };

  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  let command: CommandName | null = null;
  let onlyPositionals = false;

  for (let i = 0; i < argv.length; i++) {
    // `-o OUT` is the usual short form of `--output OUT`.
    const arg = argv[i] === '-o' && !onlyPositionals ? '--output' : argv[i];
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      if (command === null) {
        if (!isCommand(arg)) throw new UsageError(`unknown command '${arg}' (commands: ${COMMANDS.join(', ')}; see --help)`);
        command = arg;
      } else {
        positionals.push(arg);
      }
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (command === null) throw new UsageError(`option ${arg} before the command (commands: ${COMMANDS.join(', ')}; see --help)`);

    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new UsageError(`unknown option '${arg}' for ${command} (see ${command} --help)`);
    const [, name, inlineValue] = match;
    const takesValue = OPTIONS[command][name];
    if (takesValue === undefined) throw new UsageError(`unknown option '--${name}' for ${command} (see ${command} --help)`);
    if (name in options) throw new UsageError(`option --${name} is given twice`);
    if (!takesValue) {
      if (inlineValue !== undefined) throw new UsageError(`option --${name} takes no value`);
      options[name] = true;
      continue;
    }
    if (inlineValue !== undefined) {
      options[name] = inlineValue;
    } else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`option --${name} needs a value`);
      options[name] = next;
      i++;
    }
  }

  if (command === null) throw new UsageError(`no command given (commands: ${COMMANDS.join(', ')}; see --help)`);
  if (positionals.length === 0) throw new UsageError(`${command} needs a FILE (see ${command} --help)`);
  if (positionals.length > 1 && command !== 'export' && command !== 'find-quote') throw new UsageError(`${command} takes one FILE, but also got '${positionals[1]}'`);
  return { kind: 'run', command, file: positionals[0], files: positionals, options };
}

/** A 1-based inclusive line span from `--lines A` or `--lines A-B`. */
export interface LineSpan {
  first: number;
  last: number;
}

export function parseLineSpan(value: string): LineSpan {
  const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(value);
  if (!match) throw new UsageError(`--lines expects A or A-B (line numbers from 1), not '${value}'`);
  const first = lineNumber(match[1], value);
  const last = match[2] === undefined ? first : lineNumber(match[2], value);
  if (first < 1) throw new UsageError(`--lines counts from 1, not '${value}'`);
  if (last < first) throw new UsageError(`--lines ${value} ends before it starts`);
  return { first, last };
}

/** Larger than any file the tool reads (64 MB holds fewer lines); keeps `1e+23` out of messages. */
const MAX_LINE_NUMBER = 999_999_999;

function lineNumber(digits: string, value: string): number {
  const n = Number(digits);
  if (n > MAX_LINE_NUMBER) throw new UsageError(`--lines ${value.trim()}: line numbers go up to ${MAX_LINE_NUMBER}`);
  return n;
}
