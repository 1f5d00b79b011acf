import { parentPort, workerData } from 'node:worker_threads';
import { defaultTagger } from './tag/default-tagger.js';
import type { TagRequests, TagResponse, TagResponses } from './tag-pool.js';

/** A tagging worker: the default tagger; each message of jobs answered by one message of their taggings (or errors). */
const { aliasFile } = workerData as { aliasFile?: string };
const { tagger } = defaultTagger(aliasFile);
const port = parentPort!;

port.on('message', (requests: TagRequests) => {
  const responses: TagResponses = [];
  for (const request of requests) {
    let response: TagResponse;
    try {
      const tagging = tagger(request.input);
      // The raw recogniser spans are not indexed: do not copy them back.
      response = { id: request.id, tagging: { ...tagging, mentions: [] } };
    } catch (error) {
      response = { id: request.id, error: (error as Error).message };
    }
    responses.push(response);
  }
  port.postMessage(responses);
});
port.postMessage({ ready: true });
