import net, { type AddressInfo } from 'node:net';
import { createLeanPool, decodeChunked, LeanProtocolError, LeanTimeoutError, parseHead, type LeanPool } from '../../src/meili/lean-http.js';

/**
 * A TCP server that reads whole requests (headers and a Content-Length body) and answers each with whatever bytes the
 * test's script writes: the framings, interim answers, closes and silences an HTTP server may send.
 */
async function rawServer(script: (socket: net.Socket, request: { n: number; connection: number; body: string }) => void) {
  let requests = 0;
  let connections = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    const connection = ++connections;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let buffered = Buffer.alloc(0);
    socket.on('data', (data) => {
      buffered = Buffer.concat([buffered, data]);
      for (;;) {
        const end = buffered.indexOf('\r\n\r\n');
        if (end === -1) return;
        const length = Number(/content-length: (\d+)/i.exec(buffered.toString('latin1', 0, end))?.[1] ?? 0);
        if (buffered.length < end + 4 + length) return;
        const body = buffered.toString('utf8', end + 4, end + 4 + length);
        buffered = buffered.subarray(end + 4 + length);
        script(socket, { n: ++requests, connection, body });
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests: () => requests,
    connections: () => connections,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** Runs `check` with a pool on a scripted server, and closes both whatever happens. */
async function withPool(script: Parameters<typeof rawServer>[0], check: (pool: LeanPool, server: Awaited<ReturnType<typeof rawServer>>) => Promise<void>, maxSockets?: number): Promise<void> {
  const server = await rawServer(script);
  const pool = createLeanPool({ host: '127.0.0.1', port: server.port, ...(maxSockets !== undefined ? { maxSockets } : {}) });
  try {
    await check(pool, server);
  } finally {
    pool.destroy();
    await server.close();
  }
}

const ok = (body: string, extra = ''): string => `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`;

describe('lean HTTP client', () => {
  test('when answers come with Content-Length, then each is read whole and the socket is kept for the next request', async () => {
    await withPool(
      (socket, { n, body }) => socket.write(ok(JSON.stringify({ n, echo: body, text: 'Côte d’Ivoire' }))),
      async (pool, server) => {
        const first = await pool.post('/multi-search', 'authorization: Bearer k\r\n', '{"q":"é"}', 2000);
        expect(first.status).toBe(200);
        expect(JSON.parse(first.body)).toEqual({ n: 1, echo: '{"q":"é"}', text: 'Côte d’Ivoire' });
        const second = await pool.post('/multi-search', '', '{}', 2000);
        expect(JSON.parse(second.body).n).toBe(2);
        expect(server.connections()).toBe(1);
      },
    );
  });

  test('when an answer is chunked and arrives a few bytes at a time, then it is put together', async () => {
    const body = JSON.stringify({ results: ['a'.repeat(3000), 'Zürich'] });
    const chunked = `HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n${(1500).toString(16)}\r\n${body.slice(0, 1500)}\r\n${Buffer.byteLength(body.slice(1500)).toString(16)}\r\n${body.slice(1500)}\r\n0\r\n\r\n`;
    await withPool(
      (socket) => {
      const bytes = Buffer.from(chunked);
      let at = 0;
      const drip = (): void => {
        socket.write(bytes.subarray(at, at + 700));
        at += 700;
        if (at < bytes.length) setTimeout(drip, 2);
      };
      drip();
    },
      async (pool, server) => {
        expect(JSON.parse((await pool.post('/x', '', '{}', 2000)).body)).toEqual(JSON.parse(body));
        expect(JSON.parse((await pool.post('/x', '', '{}', 2000)).body)).toEqual(JSON.parse(body));
        expect(server.connections()).toBe(1);
      },
    );
  });

  test('when a large answer comes in many small packets, or a chunked one ends a byte at a time, then each is read whole', async () => {
    const big = JSON.stringify({ text: 'ü'.repeat(600_000) });
    const chunkedTail = `HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n`;
    await withPool(
      (socket, { n }) => {
        const bytes = Buffer.from(n === 1 ? ok(big) : chunkedTail);
        const step = n === 1 ? 16_384 : 1;
        let at = 0;
        const drip = (): void => {
          socket.write(bytes.subarray(at, at + step));
          at += step;
          if (at < bytes.length) setImmediate(drip);
        };
        drip();
      },
      async (pool) => {
        expect((await pool.post('/x', '', '{}', 10_000)).body).toBe(big);
        expect((await pool.post('/x', '', '{}', 10_000)).body).toBe('hello');
      },
    );
  });

  test('when the server says Connection: close, or frames the answer by closing, then the next request opens a new socket', async () => {
    await withPool(
      (socket, { n }) => {
      if (n === 1) socket.write(ok('{"n":1}', 'connection: close\r\n'), () => socket.end());
      else socket.end('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n{"n":2}');
    },
      async (pool, server) => {
        expect((await pool.post('/x', '', '{}', 2000)).body).toBe('{"n":1}');
        expect((await pool.post('/x', '', '{}', 2000)).body).toBe('{"n":2}');
        expect(server.connections()).toBe(2);
      },
    );
  });

  test('when a kept socket is closed by the server as the next request reaches it, then that request is sent again once on a new socket', async () => {
    await withPool(
      (socket, { n }) => {
      // The second request meets the server's close of the kept socket (a restart, an idle timeout): no answer.
      if (n === 2) socket.destroy();
      else socket.write(ok(`{"n":${n}}`));
    },
      async (pool, server) => {
        expect((await pool.post('/x', '', '{}', 2000)).body).toBe('{"n":1}');
        expect((await pool.post('/x', '', '{}', 2000)).body).toBe('{"n":3}');
        expect(server.connections()).toBe(2);
      },
    );
  });

  test('when a fresh socket is closed without an answer, then the call fails (only a reused socket is retried)', async () => {
    await withPool(
      (socket) => socket.destroy(),
      async (pool, server) => {
        await expect(pool.post('/x', '', '{}', 2000)).rejects.toMatchObject({ code: 'ECONNRESET' });
        expect(server.requests()).toBe(1);
      },
    );
  });

  test('when a kept socket was closed by the server while idle, then the next request opens a new one', async () => {
    await withPool(
      (socket, { n }) => {
      socket.write(ok(`{"n":${n}}`), () => setTimeout(() => socket.destroy(), 5));
    },
      async (pool, server) => {
        expect((await pool.post('/x', '', '{}', 2000)).body).toBe('{"n":1}');
        await new Promise((r) => setTimeout(r, 50));
        expect((await pool.post('/x', '', '{}', 2000)).body).toBe('{"n":2}');
        expect(server.connections()).toBe(2);
      },
    );
  });

  test('when an answer is cut off midway, then the call fails and is not sent again (the engine did the work)', async () => {
    await withPool(
      (socket, { n }) => {
      if (n === 1) socket.write(ok('{"n":1}'));
      else socket.write('HTTP/1.1 200 OK\r\ncontent-length: 1000\r\n\r\n{"partial":', () => socket.destroy());
    },
      async (pool, server) => {
        await pool.post('/x', '', '{}', 2000);
        const error = (await pool.post('/x', '', '{}', 2000).catch((e: unknown) => e)) as NodeJS.ErrnoException;
        expect(error.code).toBe('ECONNRESET');
        expect(server.requests()).toBe(2);
      },
    );
  });

  test('when no answer comes in time, then the call fails with a timeout and the next request gets a new socket', async () => {
    await withPool(
      (socket, { n }) => {
      if (n > 1) socket.write(ok(`{"n":${n}}`));
    },
      async (pool, server) => {
        await expect(pool.post('/x', '', '{}', 60)).rejects.toBeInstanceOf(LeanTimeoutError);
        expect((await pool.post('/x', '', '{}', 2000)).body).toBe('{"n":2}');
        expect(server.connections()).toBe(2);
      },
    );
  });

  test('when what answers is not HTTP, then the call fails with a protocol error (EPROTO)', async () => {
    await withPool(
      (socket) => socket.write('SSH-2.0-OpenSSH_9.2\r\n\r\n'),
      async (pool, server) => {
        const error = (await pool.post('/x', '', '{}', 2000).catch((e: unknown) => e)) as LeanProtocolError;
        expect(error).toBeInstanceOf(LeanProtocolError);
        expect(error.code).toBe('EPROTO');
        expect(error.message).toContain('SSH-2.0');
      },
    );
  });

  test('when an interim 100 answer comes first, then the final answer is the one read', async () => {
    await withPool(
      (socket) => socket.write(`HTTP/1.1 100 Continue\r\n\r\n${ok('{"final":true}')}`),
      async (pool, server) => {
        const answer = await pool.post('/x', '', '{}', 2000);
        expect(answer.status).toBe(200);
        expect(answer.body).toBe('{"final":true}');
      },
    );
  });

  test('when more requests come than sockets are allowed, then they wait their turn and all are answered', async () => {
    await withPool(
      (socket, { n }) => setTimeout(() => socket.write(ok(`{"n":${n}}`)), 5),
      async (pool, server) => {
        const answers = await Promise.all(Array.from({ length: 7 }, () => pool.post('/x', '', '{}', 2000)));
        expect(answers.map((a) => JSON.parse(a.body).n).sort((a: number, b: number) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
        expect(server.connections()).toBe(2);
      },
      2,
    );
  });

  test('when nothing listens, then the call fails with ECONNREFUSED', async () => {
    const server = await rawServer(() => undefined);
    const port = server.port;
    await server.close();
    const pool = createLeanPool({ host: '127.0.0.1', port });
    try {
      await expect(pool.post('/x', '', '{}', 2000)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    } finally {
      pool.destroy();
    }
  });

  test('when an answer is 204, then it has no body whatever follows, and the socket is kept', async () => {
    await withPool(
      (socket, { n }) => socket.write(n === 1 ? 'HTTP/1.1 204 No Content\r\n\r\n' : ok('{"n":2}')),
      async (pool, server) => {
        expect(await pool.post('/x', '', '{}', 2000)).toEqual({ status: 204, statusText: 'No Content', body: '' });
        expect((await pool.post('/x', '', '{}', 2000)).body).toBe('{"n":2}');
        expect(server.connections()).toBe(1);
      },
    );
  });

  test('when an error status comes with a body, then the call resolves with both (the caller decides)', async () => {
    await withPool(
      (socket) => socket.write('HTTP/1.1 403 Forbidden\r\ncontent-length: 24\r\n\r\n{"code":"invalid_api_k"}'),
      async (pool) => {
        expect(await pool.post('/x', '', '{}', 2000)).toEqual({ status: 403, statusText: 'Forbidden', body: '{"code":"invalid_api_k"}' });
      },
    );
  });
});

describe('lean HTTP framing', () => {
  test('when a head is read, then status, length, chunking and close come out of it', () => {
    expect(parseHead('HTTP/1.1 200 OK\r\nContent-Length: 2')).toEqual({ status: 200, statusText: 'OK', length: 2, chunked: false, close: false });
    expect(parseHead('HTTP/1.1 503 Service Unavailable\r\nTransfer-Encoding: chunked\r\nConnection: close')).toEqual({ status: 503, statusText: 'Service Unavailable', length: undefined, chunked: true, close: true });
    expect(parseHead('HTTP/1.0 200 OK').close).toBe(true);
    expect(() => parseHead('HTTP/1.1 200 OK\r\ncontent-length: 12abc')).toThrow(LeanProtocolError);
  });

  test('when a chunked body is complete, then it decodes; while incomplete, it waits', () => {
    const whole = Buffer.from('2\r\nhi\r\n3;ext=1\r\n!!!\r\n0\r\n\r\n');
    expect(decodeChunked(whole, 0)).toEqual({ body: Buffer.from('hi!!!'), end: whole.length });
    expect(decodeChunked(whole.subarray(0, 12), 0)).toBeUndefined();
    expect(() => decodeChunked(Buffer.from('zz\r\n'), 0)).toThrow(LeanProtocolError);
  });
});
