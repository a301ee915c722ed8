import type { Context } from 'hono';

/**
 * 413 for an oversized body. The rest of the body is never read, so the connection cannot be
 * reused: say so, or the client may send its next request into a socket we are closing.
 */
export function tooLarge(c: Context): Response {
  c.header('connection', 'close');
  return c.text('payload too large', 413);
}
