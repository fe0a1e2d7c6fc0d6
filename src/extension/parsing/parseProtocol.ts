/**
 * The messages between the extension host and a parse worker, and the worker's side of them. Pure: the Node
 * worker (src/worker/nodeParseWorker.ts) and a Web Worker wire the same handler to their own message port.
 */
import type { Exchange, Transcript, Turn } from '../../core/model';
import { parseTranscript } from '../../core/parse';
import { TurnRecord } from '../../core/parse/turnRecord';

export interface ParseRequest {
  id: number;
  text: string;
  fileName: string;
}

/** The model as plain data (structured clone copies the values of its getters), or the parser's error. */
export type ParseResult = { id: number; transcript: Transcript } | { id: number; error: string };

/** What a worker sends: that it has begun a request (its deadline runs from then), then the request's result. */
export type ParseResponse = { id: number; started: true } | ParseResult;

/** What a worker does with a request. Only Markdown is sent: its model holds no functions (court page maps do). */
export function answerParseRequest(request: ParseRequest): ParseResult {
  try {
    const transcript = parseTranscript(request.text, { fileName: request.fileName, format: 'markdown' });
    return { id: request.id, transcript: plainTranscript(transcript) };
  } catch (err) {
    return { id: request.id, error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * The model as plain values: structured cloning drops what classes compute on first use (a turn's paragraphs,
 * an exchange's topic, the word counts), so they are computed here, off the host's thread, and the internals
 * behind them (the document's lines) are left out. A turn shared by `turns` and `exchanges` stays one object.
 */
function plainTranscript(transcript: Transcript): Transcript {
  const plainTurns = new Map<Turn, Turn>();
  const turns = transcript.turns.map(turn => {
    // A parser's turn says what it is as plain data itself (its paragraphs are kept packed inside it).
    const plain: Turn = turn instanceof TurnRecord ? turn.toJSON() : { ...turn, paragraphs: turn.paragraphs };
    plainTurns.set(turn, plain);
    return plain;
  });
  const exchanges = transcript.exchanges.map(exchange => {
    const plain: Exchange & { lines?: unknown; topics?: unknown; computedTopic?: unknown } = {
      ...exchange, topic: exchange.topic, question: plainTurns.get(exchange.question) ?? exchange.question,
      answers: exchange.answers.map(answer => plainTurns.get(answer) ?? answer),
    };
    delete plain.lines;
    delete plain.topics;
    delete plain.computedTopic;
    return withoutFunctions(plain);
  });
  // Spreading the metadata reads its lazy fields (the language) into values.
  return { ...transcript, metadata: { ...transcript.metadata }, turns, exchanges, speakers: transcript.speakers };
}

/** Lazy helpers a class keeps as own properties (an exchange's language reader) cannot cross threads. */
function withoutFunctions<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (typeof value[key] === 'function') delete value[key];
  }
  return value;
}
