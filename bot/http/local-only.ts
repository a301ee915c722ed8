import type { Context, MiddlewareHandler } from 'hono';

/** Why a request was not taken as coming from this machine. */
export type NotLocalReason = 'remote-socket' | 'host' | 'proxied' | 'origin';

/**
 * Headers a reverse proxy adds. A TLS proxy on the same host connects from 127.0.0.1, so the
 * socket alone would make every request from the internet look local.
 */
const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-real-ip', 'via'] as const;

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (what a dual-stack socket reports). */
function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.toLowerCase().startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/**
 * A Host (or Origin host) naming this machine: localhost, *.localhost (browsers resolve these
 * themselves, never through DNS), 127.x.x.x or [::1], with an optional port. Anything else may be
 * a DNS-rebinding page in the operator's own browser that resolved its name to 127.0.0.1.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const h = host.trim().toLowerCase();
  const name = h.startsWith('[') ? h.slice(0, h.indexOf(']') + 1) : h.replace(/:\d+$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (name === '[::1]' || name === '[::ffff:127.0.0.1]') return true;
  return isLoopbackAddress(name);
}

/** The peer address of the TCP connection (@hono/node-server puts the request in `env.incoming`). */
export function socketAddress(c: Context): string | undefined {
  return (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
}

/** null when the request comes from a browser or tool on this machine, else why not. */
function notLocalReason(c: Context): NotLocalReason | null {
  if (!isLoopbackAddress(socketAddress(c))) return 'remote-socket';
  if (PROXY_HEADERS.some((h) => c.req.header(h) !== undefined)) return 'proxied';
  if (!isLoopbackHost(c.req.header('host'))) return 'host';
  const origin = c.req.header('origin');
  if (origin !== undefined && !isLoopbackHost(hostOfOrigin(origin))) return 'origin';
  if (c.req.header('sec-fetch-site') === 'cross-site') return 'origin';
  return null;
}

function hostOfOrigin(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * Middleware answering only requests from this machine (the sandbox, and any other surface where
 * anyone who reaches it can act as anyone); `refuse` shapes the answer for the others.
 */
export function localOnly(refuse: (c: Context, reason: NotLocalReason) => Response | Promise<Response>): MiddlewareHandler {
  return async (c, next) => {
    const reason = notLocalReason(c);
    if (reason) return refuse(c, reason);
    await next();
  };
}
