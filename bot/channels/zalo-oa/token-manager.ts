import type { Db, Tx } from '../../../db/client.js';
import type { Logger } from '../../../core/kernel/logger.js';
import { enqueue } from '../../../core/platform/outbox.js';
import { ZaloNoTokenError, ZaloTokenRefreshError } from './errors.js';
import { refreshWithZalo, type ZaloOAuthOptions } from './oauth.js';
import { lockTokens, readTokens, recordRefreshFailure, writeRefreshedPair, type StoredTokens } from './token-store.js';
import { safeError } from '../../../core/kernel/safe-error.js';

export interface ZaloTokenManagerOptions extends ZaloOAuthOptions {
  db: Db;
  logger: Logger;
  clock?: () => number;
  /** Refresh this long before the access token expires (default 1 h of its 25 h). */
  refreshAheadMs?: number;
  /** After a failed refresh, do not call Zalo again for this long (default 1 min). */
  retryAfterFailureMs?: number;
}

export interface ZaloTokenManager {
  /** A usable access token; refreshes first when it is due (one refresher across all processes). */
  getAccessToken(): Promise<string>;
  /** Zalo rejected `rejected`: returns the token another process stored since, or refreshes. */
  refreshAfterRejection(rejected: string): Promise<string>;
  /** For a timer: refreshes if due, so an idle bot never lets its refresh token lapse. */
  refreshIfDue(): Promise<void>;
}

type Outcome = { ok: true; row: StoredTokens } | { ok: false; row: StoredTokens; error: ZaloTokenRefreshError };

/**
 * Access token (≈25 h) + single-use refresh token in Postgres (reference §1.3–1.4). A refresh
 * locks the row (SELECT … FOR UPDATE), calls Zalo only if the row still holds the token judged
 * stale, and commits the new pair before anyone uses it. A failure keeps the old pair, counts
 * the failure and writes an `admin-alert` outbox job in the same transaction.
 */
export function createZaloTokenManager(opts: ZaloTokenManagerOptions): ZaloTokenManager {
  const clock = opts.clock ?? Date.now;
  const ahead = opts.refreshAheadMs ?? 3600_000;
  const cooldown = opts.retryAfterFailureMs ?? 60_000;
  const log = opts.logger.child({ component: 'zalo-tokens' });
  let cached: StoredTokens | undefined;
  let inFlight: Promise<Outcome> | undefined;

  const due = (row: StoredTokens) => clock() >= row.accessExpiresAt.getTime() - ahead;
  const expired = (row: StoredTokens) => clock() >= row.accessExpiresAt.getTime();

  /** Same-process callers share one attempt; other processes wait on the row lock. */
  const refresh = (stale: string): Promise<Outcome> => {
    inFlight ??= opts.db.transaction((tx) => refreshLocked(tx, stale)).finally(() => (inFlight = undefined));
    return inFlight;
  };

  async function refreshLocked(tx: Tx, stale: string): Promise<Outcome> {
    const row = await lockTokens(tx);
    if (!row) throw new ZaloNoTokenError();
    if (row.accessToken !== stale) return { ok: true, row }; // someone else rotated it meanwhile
    const lastFailure = row.lastFailureAt?.getTime() ?? -Infinity;
    if (clock() - lastFailure < cooldown) {
      return { ok: false, row, error: new ZaloTokenRefreshError('Zalo token refresh failed moments ago; waiting before trying again') };
    }
    try {
      const pair = await refreshWithZalo(opts, row.refreshToken);
      const fresh = await writeRefreshedPair(tx, pair, clock());
      log.info({ expiresAt: fresh.accessExpiresAt.toISOString() }, 'zalo access token refreshed');
      return { ok: true, row: fresh };
    } catch (err) {
      const error = err instanceof ZaloTokenRefreshError ? err : new ZaloTokenRefreshError('Zalo token refresh failed', { cause: err });
      await recordRefreshFailure(tx, clock());
      // One alert per failure series (the first since the last success), not one per retry.
      if (row.failedRefreshes === 0) await alertAdmins(tx, clock());
      log.error({ err: safeError(error), failedRefreshes: row.failedRefreshes + 1 }, 'zalo token refresh failed; old pair kept');
      return { ok: false, row, error };
    }
  }

  async function current(): Promise<StoredTokens> {
    if (cached && !due(cached)) return cached;
    const row = await readTokens(opts.db);
    if (!row) throw new ZaloNoTokenError();
    cached = row;
    return row;
  }

  async function getAccessToken(): Promise<string> {
    const row = await current();
    if (!due(row)) return row.accessToken;
    const out = await refresh(row.accessToken);
    cached = out.row;
    if (out.ok) return out.row.accessToken;
    // Refreshing early failed: the old token still works until it really expires.
    if (!expired(out.row)) return out.row.accessToken;
    throw out.error;
  }

  async function refreshAfterRejection(rejected: string): Promise<string> {
    const out = await refresh(rejected);
    cached = out.row;
    if (out.ok) return out.row.accessToken;
    throw out.error;
  }

  return {
    getAccessToken,
    refreshAfterRejection,
    async refreshIfDue() {
      await getAccessToken();
    },
  };
}

function alertAdmins(tx: Tx, nowMs: number): Promise<void> {
  return enqueue(tx, {
    queue: 'notify',
    name: 'admin-alert',
    payload: { kind: 'zalo_token_refresh_failed' },
    jobId: `zalo-refresh-failed-${nowMs}`,
  });
}
