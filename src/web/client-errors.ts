import type { Socket } from 'node:net';

/** Node's parser errors that get an answer of their own: status, reason phrase, what to say. */
const ANSWERS = new Map<string, [number, string, string]>([
  ['HPE_HEADER_OVERFLOW', [431, 'Request Header Fields Too Large', 'the request\'s address or headers are too long.']],
  ['HPE_CHUNK_EXTENSIONS_OVERFLOW', [413, 'Payload Too Large', 'the request\'s chunk extensions are too long.']],
  ['ERR_HTTP_REQUEST_TIMEOUT', [408, 'Request Timeout', 'the request did not arrive in time.']],
  ['HPE_INVALID_URL', [400, 'Bad Request', 'the address holds characters that must be percent-encoded (é as %C3%A9, a space as %20); a browser does this, curl does with --get --data-urlencode "q=…".']],
]);

/**
 * What Node's HTTP parser refuses before any app code runs, as an answer that says why. Node's own answer is a bare
 * "400 Bad Request" with no body: `curl '…/?q=Chávez'` (an address with raw, unencoded UTF-8; a browser encodes it)
 * got an empty page and no hint (a user review). The statuses stay Node's: 431 for oversized headers, 408 for a
 * request that took too long, 400 for the rest.
 *
 * `clientErrorAnswer({ code: 'HPE_INVALID_URL' })` → `'HTTP/1.1 400 Bad Request\r\n…\r\n\r\n400: the address holds characters…\n'`
 */
export function clientErrorAnswer(error: { code?: string }): string {
  const [status, reason, message] = ANSWERS.get(error.code ?? '') ?? [400, 'Bad Request', 'the request could not be read as HTTP.'];
  const body = `${status}: ${message}\n`;
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

/** The server's `clientError` listener: answers with clientErrorAnswer unless the socket is gone or mid-answer. */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  // As Node's own handler: a reset connection has no one to answer, and a socket that already sent part of an answer
  // (its in-flight response's `_headerSent`) can only be closed, or the client would read our text as that answer's.
  if (error.code === 'ECONNRESET' || !socket.writable || (socket as Socket & { _httpMessage?: { _headerSent?: boolean } })._httpMessage?._headerSent === true) {
    socket.destroy();
    return;
  }
  socket.end(clientErrorAnswer(error));
}
