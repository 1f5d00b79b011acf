import { runInNewContext } from 'node:vm';
import { MeilisearchApiError } from 'meilisearch';
import { isUnavailable } from '../../src/meili/errors.js';

describe('isUnavailable', () => {
  test('when a socket error comes from another realm (not this realm\'s Error), then its code still marks Meilisearch unavailable', () => {
    const foreign = runInNewContext('Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:7700"), { code: "ECONNREFUSED" })') as unknown;
    expect(foreign instanceof Error).toBe(false);
    expect(isUnavailable(foreign)).toBe(true);
    expect(isUnavailable(new Error('wrapped', { cause: foreign }))).toBe(true);
  });

  test('when Meilisearch answers a 4xx, then it is available (the request was wrong); a 5xx, then unavailable', () => {
    const api = (status: number) => new MeilisearchApiError(new Response(null, { status }), { message: 'm', code: 'c', type: 't', link: 'l' } as never);
    expect(isUnavailable(api(400))).toBe(false);
    expect(isUnavailable(api(503))).toBe(true);
    expect(isUnavailable(new Error('a bug', { cause: { code: 'ERR_SOMETHING' } }))).toBe(false);
  });
});
