import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs to stderr, so that stdout stays free for command output (the tag CLI, --json summaries). */
export function createLogger(level: string = 'info'): Logger {
  return pino({ level, base: undefined }, pino.destination(2));
}
