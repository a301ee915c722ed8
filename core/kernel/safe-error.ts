/**
 * What of an error may go to the log: its name, code and first line. Database errors come
 * wrapped with the failed query and its parameters (which can hold message bodies), and even
 * the server's own message may quote a value (`invalid input syntax for type integer: "…"`), so
 * for those only the SQLSTATE is kept. A bot token in a URL (`/bot<token>/`) is masked.
 */
export function safeError(err: unknown): { name: string; code?: string; message: string } {
  if (!(err instanceof Error)) return { name: typeof err, message: 'non-error thrown' };
  const cause = err.cause instanceof Error ? (err.cause as Error & { code?: string }) : null;
  const source = cause && err.message.startsWith('Failed query') ? cause : (err as Error & { code?: string });
  if (isSqlState(source.code)) return { name: source.name, code: source.code, message: 'database error (SQLSTATE in code)' };
  const line = (source.message.split('\n')[0] ?? '').replace(/\/bot[^/\s]+\//g, '/bot<redacted>/').slice(0, 300);
  return { name: source.name, code: source.code, message: line };
}

function isSqlState(code: unknown): boolean {
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}
