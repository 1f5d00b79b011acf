import { Writable } from 'node:stream';
import { pino } from 'pino';

/** A logger whose every line is kept, parsed, for tests that read what the app logged. */
export function memoryLogger(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { log: pino({ level, base: undefined }, stream), lines };
}
