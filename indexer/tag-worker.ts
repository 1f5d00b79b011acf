import { parentPort, workerData } from 'node:worker_threads';
import { defaultTagger } from './tag/default-tagger.js';
import type { TagRequest, TagResponse } from './tag-pool.js';

/** A tagging worker: the default tagger, one article per message, answered with its tagging (or the error). */
const { aliasFile } = workerData as { aliasFile?: string };
const { tagger } = defaultTagger(aliasFile);
const port = parentPort!;

port.on('message', (request: TagRequest) => {
  let response: TagResponse;
  try {
    const tagging = tagger(request.input);
    // The raw recogniser spans are not indexed: do not copy them back.
    response = { id: request.id, tagging: { ...tagging, mentions: [] } };
  } catch (error) {
    response = { id: request.id, error: (error as Error).message };
  }
  port.postMessage(response);
});
port.postMessage({ ready: true });
