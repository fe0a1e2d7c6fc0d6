/**
 * The parse worker's entry in Node (`dist/parseWorker.js`): answers each request from the extension host with
 * the parsed model, on its own thread.
 */
import { parentPort } from 'worker_threads';
import { answerParseRequest, type ParseRequest } from '../extension/parsing/parseProtocol';

parentPort?.on('message', (request: ParseRequest) => {
  // The host's deadline counts from here: starting the thread and loading this bundle are not the parse.
  parentPort?.postMessage({ id: request.id, started: true });
  parentPort?.postMessage(answerParseRequest(request));
});
