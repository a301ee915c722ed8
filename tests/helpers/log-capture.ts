import { Writable } from 'node:stream';
import { createPinoLogger } from '../../core/platform/log-pino.js';
import type { Logger } from '../../core/kernel/logger.js';

/** The production pino logger (same redaction), writing JSON lines into memory for a test to read. */
export function captureLogs(level = 'debug'): { logger: Logger; raw: () => string; entries: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const logger = createPinoLogger(level, sink);
  const raw = () => chunks.join('');
  return {
    logger,
    raw,
    entries: () =>
      raw()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}
