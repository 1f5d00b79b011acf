import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createKeepAliveClient } from '../../src/meili/http-client.js';

/** A local HTTP server whose handler is given per test; counts the requests it receives. */
async function serve(handler: (req: http.IncomingMessage, res: http.ServerResponse, n: number) => void): Promise<{ url: URL; requests: () => number; close: () => Promise<void> }> {
  let n = 0;
  const server = http.createServer((req, res) => {
    n++;
    req.resume();
    req.on('end', () => handler(req, res, n));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}/multi-search`),
    requests: () => n,
    close: () => new Promise((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

describe('postJson', () => {
  test('when a header cannot be sent, then the call rejects at once and no timer fires later', async () => {
    const client = createKeepAliveClient();
    await expect(client.postJson(new URL('http://127.0.0.1:9/x'), '{}', { headers: { authorization: 'Bearer a\nb' }, timeoutMs: 30 })).rejects.toThrow(/Invalid character/);
    // A timer left behind would fire now and throw outside the promise; jest reports that as a failure.
    await new Promise((r) => setTimeout(r, 80));
    client.destroy();
  });

  test('when an answer is cut off midway on a reused socket, then the call fails without sending the request again', async () => {
    const server = await serve((_req, res, n) => {
      if (n === 1) {
        res.setHeader('content-type', 'application/json');
        res.end('{"ok":true}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"partial":');
      setTimeout(() => res.socket?.destroy(), 10);
    });
    const client = createKeepAliveClient();
    try {
      await expect(client.postJson(server.url, '{}', { headers: {}, timeoutMs: 2000 })).resolves.toEqual({ ok: true });
      await expect(client.postJson(server.url, '{}', { headers: {}, timeoutMs: 2000 })).rejects.toBeDefined();
      expect(server.requests()).toBe(2);
    } finally {
      client.destroy();
      await server.close();
    }
  });

  test('when the engine does not answer in time, then a timeout error names the time and hides the key', async () => {
    const server = await serve(() => {
      // never answers
    });
    const client = createKeepAliveClient();
    try {
      const error = await client.postJson(server.url, '{}', { headers: { authorization: 'Bearer secret' }, timeoutMs: 50 }).catch((e: unknown) => e);
      expect((error as Error).name).toBe('MeilisearchRequestTimeOutError');
      expect((error as Error).message).toContain('50ms');
      expect(JSON.stringify((error as { cause?: unknown }).cause)).not.toContain('secret');
    } finally {
      client.destroy();
      await server.close();
    }
  });
});
