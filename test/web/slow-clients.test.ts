import type { AddressInfo } from 'node:net';
import { Socket } from 'node:net';
import type { Server } from 'node:http';
import { createHttpServer } from '../../src/web/server.js';
import { testApp, uniqueIndex, type TestApp } from '../support/meili.js';

/**
 * The HTTP server as `npm start` makes it, against a client that sends a header line now and then and never ends its
 * headers (slowloris): it must be cut soon after headersTimeout, not whenever Node next looks (30 s by default).
 */
let t: TestApp;
let server: Server;
let port: number;
const HEADERS_TIMEOUT_MS = 1000;

beforeAll(async () => {
  t = await testApp(uniqueIndex('slow-clients'));
  server = createHttpServer(t.app, { headersTimeoutMs: HEADERS_TIMEOUT_MS });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((closed) => server.close(closed));
  t.close();
});

/** Connects, trickles header lines every 100 ms until the server closes the socket or `giveUpMs` passes. */
function trickleHeaders(giveUpMs: number): Promise<{ closedByServer: boolean; answer: string }> {
  return new Promise((resolveTrickle) => {
    const socket = new Socket();
    let answer = '';
    let line = 0;
    let trickle: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => {
      clearInterval(trickle);
      socket.destroy();
      resolveTrickle({ closedByServer: false, answer });
    }, giveUpMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(trickle);
      clearTimeout(giveUp);
      resolveTrickle({ closedByServer: true, answer });
    });
    socket.connect(port, '127.0.0.1', () => {
      socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n');
      trickle = setInterval(() => socket.write(`X-Trickle-${line++}: still coming\r\n`), 100);
    });
  });
}

describe('slow clients', () => {
  test('when a client trickles header lines and never ends them, then the server answers 408 and closes within headersTimeout and its one-second check', async () => {
    // headersTimeout (1 s) plus Node's check interval (1 s), with room for a loaded machine; Node's default interval
    // of 30 s would leave the socket open well past it.
    const { closedByServer, answer } = await trickleHeaders(HEADERS_TIMEOUT_MS + 3000);
    expect(closedByServer).toBe(true);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  });
});
