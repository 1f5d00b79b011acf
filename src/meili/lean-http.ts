import net from 'node:net';

/**
 * A small HTTP/1.1 client for one plain-http origin, for the web server's searches: keep-alive sockets, each request
 * one write, the answer framed by `Content-Length` or chunked encoding. Why not `node:http`: its client machinery
 * (ClientRequest, the agent's bookkeeping, IncomingMessage as a stream) costs 0.2–0.4 ms a search on this machine
 * beside a client that only frames bytes (docs/BENCHMARKS.md, "the Meilisearch client against a minimal one"), and
 * that is a fifth of what issue 6 allows the whole server. It speaks only what Meilisearch answers a POST with; the
 * rest (https, the meilisearch client's requests) stays on `node:http` (http-client.ts).
 */
export interface LeanAnswer {
  status: number;
  statusText: string;
  body: string;
}

export interface LeanPool {
  /**
   * POST `body` to `path`. Resolves with the answer, whatever its status; rejects with the socket's error
   * (ECONNREFUSED, ECONNRESET…), a `LeanTimeoutError` after `timeoutMs`, or a `LeanProtocolError` for bytes that
   * are not an HTTP answer.
   */
  post(path: string, headers: string, body: string, timeoutMs: number): Promise<LeanAnswer>;
  /** Closes every socket; requests in flight fail with ECONNRESET-like errors. */
  destroy(): void;
}

export class LeanTimeoutError extends Error {
  override name = 'LeanTimeoutError';
}

/** Bytes that are not an HTTP answer: something other than Meilisearch on its port. `code` EPROTO: unreachable, a 503. */
export class LeanProtocolError extends Error {
  override name = 'LeanProtocolError';
  readonly code = 'EPROTO';
}

interface Job {
  path: string;
  headers: string;
  body: string;
  resolve: (answer: LeanAnswer) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout | undefined;
  /** Sent once already, on a reused socket that turned out closed: the second try is the last. */
  retried: boolean;
  done: boolean;
}

const CRLF_CRLF = Buffer.from('\r\n\r\n');
/** Errors of a request written to a reused socket the server had closed meanwhile (it restarted, or idled out). */
const STALE_SOCKET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);

/**
 * `createLeanPool({ host: '127.0.0.1', port: 7700 }).post('/multi-search', 'authorization: Bearer k\r\n', '{…}', 5000)`
 *   → `{ status: 200, statusText: 'OK', body: '{"results":[…]}' }`
 */
export function createLeanPool(options: { host: string; port: number; maxSockets?: number; idleTimeoutMs?: number }): LeanPool {
  const maxSockets = options.maxSockets ?? 128;
  // Dropped after 4 s idle, before Meilisearch's own keep-alive timeout (5 s) would close it under us.
  const idleTimeoutMs = options.idleTimeoutMs ?? 4000;
  const hostHeader = `Host: ${options.host.includes(':') ? `[${options.host}]` : options.host}:${options.port}\r\n`;
  const idle: Connection[] = [];
  /** Every open connection, idle or busy: for a job's timeout and for destroy. */
  const live = new Set<Connection>();
  const queue: Job[] = [];
  let open = 0;
  let destroyed = false;

  class Connection {
    readonly socket: net.Socket;
    job: Job | undefined;
    /** Answered at least one request: a failure before any byte of the next answer may be a stale socket. */
    reused = false;
    private chunks: Buffer[] = [];
    private buffered = 0;
    private head: { status: number; statusText: string; length: number | undefined; chunked: boolean; close: boolean } | undefined;
    private bodyStart = 0;
    private gotBytes = false;

    constructor() {
      open++;
      live.add(this);
      this.socket = net.connect({ host: options.host, port: options.port, noDelay: true });
      this.socket.on('data', (data: Buffer) => this.onData(data));
      this.socket.on('error', (error) => this.onEnd(error));
      this.socket.on('close', () => this.onEnd(undefined));
      this.socket.on('timeout', () => this.socket.destroy());
    }

    send(job: Job): void {
      this.job = job;
      this.gotBytes = false;
      this.socket.setTimeout(0);
      this.socket.ref();
      const length = Buffer.byteLength(job.body);
      this.socket.write(`POST ${job.path} HTTP/1.1\r\n${hostHeader}${job.headers}Content-Type: application/json\r\nContent-Length: ${length}\r\n\r\n${job.body}`);
    }

    private onData(data: Buffer): void {
      this.gotBytes = true;
      if (this.job === undefined) {
        // Bytes nobody asked for: the connection cannot be trusted to frame the next answer.
        this.socket.destroy();
        return;
      }
      this.chunks.push(data);
      this.buffered += data.length;
      try {
        this.tryFinish();
      } catch (error) {
        this.finish(error as Error, undefined);
        this.socket.destroy();
      }
    }

    /** The bytes so far as one buffer (concatenated once, then kept as the only chunk). */
    private joined(): Buffer {
      const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.buffered);
      this.chunks = [all];
      return all;
    }

    /**
     * Reads the answer once enough of it has come. The bytes are joined only when they can finish something (the head,
     * a body of known length, a chunked body that may have ended), not at every packet: a large answer in many packets
     * would otherwise be copied again and again (quadratic).
     */
    private tryFinish(): void {
      if (this.head === undefined) {
        const all = this.joined();
        const end = all.indexOf(CRLF_CRLF);
        if (end === -1) {
          if (this.buffered > 64 * 1024) throw new LeanProtocolError('an answer whose headers exceed 64 KB');
          return;
        }
        this.head = parseHead(all.toString('latin1', 0, end));
        this.bodyStart = end + 4;
        // 1xx: an interim answer, then the real one (not asked for with Expect, but allowed to come).
        if (this.head.status < 200) {
          this.head = undefined;
          const rest = all.subarray(this.bodyStart);
          this.chunks = [rest];
          this.buffered = rest.length;
          if (rest.length > 0) this.tryFinish();
          return;
        }
      }
      const head = this.head;
      // No body by definition, whatever the headers say.
      if (head.status === 204 || head.status === 304) {
        this.complete('', this.buffered > this.bodyStart);
        return;
      }
      if (head.chunked) {
        // A chunked body ends with an empty line: only then is decoding worth trying.
        if (!this.endsWithEmptyLine()) return;
        const all = this.joined();
        const decoded = decodeChunked(all, this.bodyStart);
        if (decoded === undefined) return;
        this.complete(decoded.body.toString('utf8'), decoded.end < all.length);
      } else if (head.length !== undefined) {
        if (this.buffered - this.bodyStart < head.length) return;
        const all = this.joined();
        this.complete(all.toString('utf8', this.bodyStart, this.bodyStart + head.length), all.length > this.bodyStart + head.length);
      }
      // Neither: the answer ends when the server closes (onEnd).
    }

    /** Whether the bytes so far end with CRLF CRLF (looking across the last chunks when the last one is short). */
    private endsWithEmptyLine(): boolean {
      let needed = 4;
      for (let i = this.chunks.length - 1; i >= 0 && needed > 0; i--) {
        const chunk = this.chunks[i]!;
        for (let j = chunk.length - 1; j >= 0 && needed > 0; j--, needed--) {
          if (chunk[j] !== CRLF_CRLF[needed - 1]) return false;
        }
      }
      return needed === 0;
    }

    private complete(body: string, trailingBytes: boolean): void {
      const head = this.head!;
      this.finish(undefined, { status: head.status, statusText: head.statusText, body });
      if (head.close || trailingBytes || (head.length === undefined && !head.chunked && head.status !== 204 && head.status !== 304)) this.socket.destroy();
      else release(this);
    }

    private finish(error: Error | undefined, answer: LeanAnswer | undefined): void {
      const job = this.job;
      this.job = undefined;
      this.head = undefined;
      this.chunks = [];
      this.buffered = 0;
      if (job === undefined || job.done) return;
      job.done = true;
      if (job.timer !== undefined) clearTimeout(job.timer);
      if (error !== undefined) job.reject(error);
      else job.resolve(answer!);
    }

    closed = false;

    private onEnd(error: Error | undefined): void {
      if (this.job !== undefined) {
        const job = this.job;
        // An answer framed by the close itself.
        if (error === undefined && this.head !== undefined && this.head.length === undefined && !this.head.chunked) {
          const all = Buffer.concat(this.chunks, this.buffered);
          this.finish(undefined, { status: this.head.status, statusText: this.head.statusText, body: all.toString('utf8', this.bodyStart) });
        } else if (this.reused && !this.gotBytes && !job.retried && (error === undefined || STALE_SOCKET_CODES.has((error as NodeJS.ErrnoException).code ?? ''))) {
          // Node's own rule for its agent: a request on a reused keep-alive socket can meet the server's close in
          // flight. No byte of an answer had come, so nothing was processed: sent once more, on a fresh socket.
          this.job = undefined;
          job.retried = true;
          dispatch(job, true);
        } else {
          const failure = error ?? Object.assign(new Error('Meilisearch closed the connection before answering'), { code: 'ECONNRESET' });
          this.finish(failure, undefined);
        }
      }
      const at = idle.indexOf(this);
      if (at !== -1) idle.splice(at, 1);
      if (!this.closed) {
        this.closed = true;
        live.delete(this);
        open--;
        // A queued job can take the freed place.
        const next = queue.shift();
        if (next !== undefined) dispatch(next, false);
      }
    }
  }

  function release(connection: Connection): void {
    connection.reused = true;
    const next = queue.shift();
    if (next !== undefined) {
      connection.send(next);
      return;
    }
    connection.socket.setTimeout(idleTimeoutMs);
    // An idle socket does not keep the process alive (as node:http's agent does with its free sockets).
    connection.socket.unref();
    idle.push(connection);
  }

  function dispatch(job: Job, fresh: boolean): void {
    if (job.done) return;
    if (destroyed) {
      job.done = true;
      if (job.timer !== undefined) clearTimeout(job.timer);
      job.reject(Object.assign(new Error('the Meilisearch client is closed'), { code: 'ECONNRESET' }));
      return;
    }
    const reuse = fresh ? undefined : idle.pop();
    if (reuse !== undefined) reuse.send(job);
    else if (open < maxSockets) new Connection().send(job);
    else queue.push(job);
  }

  return {
    post(path, headers, body, timeoutMs) {
      return new Promise((resolve, reject) => {
        const job: Job = { path, headers, body, resolve, reject, timer: undefined, retried: false, done: false };
        job.timer = setTimeout(() => {
          if (job.done) return;
          job.done = true;
          const at = queue.indexOf(job);
          if (at !== -1) queue.splice(at, 1);
          // The connection carrying it is cut: its answer, if it comes, must not be read as the next request's.
          for (const connection of live) if (connection.job === job) connection.socket.destroy();
          reject(new LeanTimeoutError(`no answer within ${timeoutMs} ms`));
        }, timeoutMs);
        dispatch(job, false);
      });
    },
    destroy() {
      destroyed = true;
      for (const job of queue.splice(0)) {
        job.done = true;
        if (job.timer !== undefined) clearTimeout(job.timer);
        job.reject(Object.assign(new Error('the Meilisearch client is closed'), { code: 'ECONNRESET' }));
      }
      for (const connection of [...live]) connection.socket.destroy();
    },
  };
}

/** `parseHead('HTTP/1.1 200 OK\r\ncontent-length: 2')` → `{ status: 200, statusText: 'OK', length: 2, chunked: false, close: false }` */
export function parseHead(text: string): { status: number; statusText: string; length: number | undefined; chunked: boolean; close: boolean } {
  const lines = text.split('\r\n');
  const statusLine = /^HTTP\/1\.([01]) (\d{3})(?: (.*))?$/.exec(lines[0] ?? '');
  if (statusLine === null) throw new LeanProtocolError(`not an HTTP answer: ${JSON.stringify((lines[0] ?? '').slice(0, 60))}`);
  let length: number | undefined;
  let chunked = false;
  let close = statusLine[1] === '0';
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const colon = line.indexOf(':');
    if (colon === -1) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'content-length') {
      if (!/^\d+$/.test(value)) throw new LeanProtocolError(`a Content-Length that is not a number: ${JSON.stringify(value.slice(0, 40))}`);
      length = Number(value);
    } else if (name === 'transfer-encoding') chunked = /\bchunked\b/i.test(value);
    else if (name === 'connection') close = /\bclose\b/i.test(value) ? true : /\bkeep-alive\b/i.test(value) ? false : close;
  }
  return { status: Number(statusLine[2]), statusText: statusLine[3] ?? '', length: chunked ? undefined : length, chunked, close };
}

/**
 * A chunked body from `start`, once all of it has come: its bytes and where it ended; undefined while incomplete.
 * `decodeChunked(Buffer.from('2\r\nhi\r\n0\r\n\r\n'), 0)` → `{ body: <hi>, end: 15 }`
 */
export function decodeChunked(buffer: Buffer, start: number): { body: Buffer; end: number } | undefined {
  const parts: Buffer[] = [];
  let at = start;
  for (;;) {
    const lineEnd = buffer.indexOf('\r\n', at);
    if (lineEnd === -1) return undefined;
    const size = parseInt(buffer.toString('latin1', at, lineEnd).split(';')[0]!.trim(), 16);
    if (Number.isNaN(size)) throw new LeanProtocolError('a chunk size that is not a number');
    at = lineEnd + 2;
    if (size === 0) {
      // Trailers (none expected), then the empty line.
      for (;;) {
        const end = buffer.indexOf('\r\n', at);
        if (end === -1) return undefined;
        if (end === at) return { body: Buffer.concat(parts), end: end + 2 };
        at = end + 2;
      }
    }
    if (buffer.length < at + size + 2) return undefined;
    parts.push(buffer.subarray(at, at + size));
    at += size + 2;
  }
}
