import type { Translate } from '../../core/kernel/i18n.js';
import { ConfigError } from '../../core/platform/config.js';
import { DataDirBusyError } from '../../db/client.js';
import { ListenError } from '../http/server.js';
import { RedisUnavailableError } from './redis.js';

/** A start-up refusal: the process starts nothing and prints the message (no stack trace). */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

/** One line in both languages, for the operator's console. */
export function bilingual(t: Translate, key: string, args?: Record<string, string | number>): string {
  return `${t('vi', key, args)} / ${t('en', key, args)}`;
}

/** A port that cannot be bound, as the one line a person reads instead of an EADDRINUSE trace. */
export function listenRefusal(err: unknown, t: Translate): unknown {
  if (!(err instanceof ListenError) || err.code === 'other') return err;
  const key = err.code === 'in_use' ? 'startup-port-in-use' : 'startup-port-denied';
  return new StartupError(bilingual(t, key, { host: err.host, port: String(err.port) }), { cause: err });
}

/** Errors whose message is the whole story for the operator; anything else also gets its stack. */
function isExpectedStartupError(err: unknown): boolean {
  return [StartupError, ConfigError, DataDirBusyError, RedisUnavailableError].some((E) => err instanceof E);
}

/** The entry points' last resort: one clear message on stderr, exit code 1. */
export function exitWithStartupError(err: unknown): never {
  const text = err instanceof Error ? (isExpectedStartupError(err) ? err.message : (err.stack ?? err.message)) : String(err);
  process.stderr.write(`${text}\n`);
  process.exit(1);
}
