import type { Context } from 'hono';
import type { Logger } from '../../core/kernel/logger.js';
import { socketAddress } from './local-only.js';

export interface LoginGuardOptions {
  /** Wrong passwords from one client within the window before it is locked out. */
  maxFailures?: number;
  /** Wrong passwords from everyone within the window before every client is locked out. */
  maxFailuresTotal?: number;
  windowMs?: number;
  now?: () => number;
}

type LoginVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Attempt limits for an admin login (queue dashboard, web console): a sliding window of failures
 * per client and across all clients. A success clears that client's failures. In memory, per
 * process: a few bot processes multiply the allowance by a few, not by thousands.
 */
export interface LoginGuard {
  /** Whether this client may try now. */
  check(client: string): LoginVerdict;
  /** Records a wrong password; returns the client's failures in the window and whether it is now locked. */
  failed(client: string): { failures: number; locked: boolean };
  succeeded(client: string): void;
}

const LOGIN_MAX_FAILURES = 5;
const LOGIN_MAX_FAILURES_TOTAL = 50;
const LOGIN_WINDOW_MS = 15 * 60_000;

export function createLoginGuard(opts: LoginGuardOptions = {}): LoginGuard {
  const max = opts.maxFailures ?? LOGIN_MAX_FAILURES;
  const maxTotal = opts.maxFailuresTotal ?? LOGIN_MAX_FAILURES_TOTAL;
  const windowMs = opts.windowMs ?? LOGIN_WINDOW_MS;
  const now = opts.now ?? Date.now;
  const byClient = new Map<string, number[]>();
  let all: number[] = [];

  const recent = (times: number[]) => times.filter((t) => t > now() - windowMs);
  const waitFor = (times: number[], limit: number) => (times.length >= limit ? Math.ceil((times[times.length - limit]! + windowMs - now()) / 1000) : 0);
  const prune = () => {
    all = recent(all);
    for (const [k, v] of byClient) {
      const kept = recent(v);
      if (kept.length === 0) byClient.delete(k);
      else byClient.set(k, kept);
    }
  };

  return {
    check(client) {
      const wait = Math.max(waitFor(recent(byClient.get(client) ?? []), max), waitFor(recent(all), maxTotal));
      return wait > 0 ? { ok: false, retryAfterSeconds: wait } : { ok: true };
    },
    failed(client) {
      prune();
      const times = [...(byClient.get(client) ?? []), now()];
      byClient.set(client, times);
      all.push(now());
      return { failures: times.length, locked: times.length >= max || all.length >= maxTotal };
    },
    succeeded(client) {
      byClient.delete(client);
    },
  };
}

/** The key a login attempt is counted under: the peer address (behind a local proxy, all are one). */
function loginClient(c: Context): string {
  return socketAddress(c) ?? 'unknown';
}

/**
 * The answer for an attempt: 'go' to check the credentials, or a 429 response while locked.
 * Logs each failure and the lock-out (address, path and counts; never what was typed).
 */
export function createLoginAttempts(guard: LoginGuard, logger: Logger, what: string) {
  return {
    refuse(c: Context): Response | null {
      const verdict = guard.check(loginClient(c));
      if (verdict.ok) return null;
      return c.text('too many failed logins; try again later', 429, { 'retry-after': String(verdict.retryAfterSeconds) });
    },
    failed(c: Context): void {
      const client = loginClient(c);
      const { failures, locked } = guard.failed(client);
      const fields = { login: what, client, path: c.req.path, failures };
      if (locked) logger.error(fields, 'admin login locked out after repeated failures');
      else logger.warn(fields, 'admin login failed');
    },
    succeeded(c: Context): void {
      guard.succeeded(loginClient(c));
    },
  };
}
