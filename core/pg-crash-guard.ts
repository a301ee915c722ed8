import type { Logger } from './logger.js';

/**
 * postgres.js 3.4.9 (the current release) can throw from a `setImmediate` after a connection
 * closed under it — `TypeError: Cannot read properties of null (reading 'write')` at
 * `nextWrite (postgres/src/connection.js)` — which nothing can catch and which takes the whole
 * process down when Postgres restarts under load (porsager/postgres#1154, #1208; fixes #1168,
 * #1176, #1209 not released). Our fault suite reproduces it. By then the driver has already
 * rejected the query with CONNECTION_CLOSED (the caller's transaction failed, the webhook
 * answered 5xx, the platform redelivers), so that one exception is safe to drop; anything
 * else still ends the process as it would have without a handler.
 */
export function isPostgresNullSocketWrite(err: unknown): boolean {
  return err instanceof TypeError && /reading 'write'/.test(err.message) && /postgres[\\/]src[\\/]connection\.js/.test(err.stack ?? '') && /nextWrite/.test(err.stack ?? '');
}

/** Call once per process at start (bot/main.ts, workers/main.ts). Returns an uninstaller. */
export function installPostgresCrashGuard(logger: Logger, exit: (code: number) => void = (c) => process.exit(c)): () => void {
  let dropped = 0;
  const onUncaught = (err: Error) => {
    if (isPostgresNullSocketWrite(err)) {
      dropped++;
      logger.warn({ dropped }, 'postgres.js wrote to a closed connection (upstream bug #1154); ignored, the query had already failed');
      return;
    }
    // What Node would have done without a handler: print the stack to stderr and die (the log gets the name only: a message may quote user input).
    logger.error({ err: { name: err?.name } }, 'uncaught exception; exiting');
    process.stderr.write(`${err?.stack ?? String(err)}\n`);
    exit(1);
  };
  process.on('uncaughtException', onUncaught);
  return () => process.off('uncaughtException', onUncaught);
}
