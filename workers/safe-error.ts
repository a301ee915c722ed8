/**
 * What of an error may go to the log: its name, code and first line. Database errors come
 * wrapped with the failed query and its parameters (which can hold message bodies), so the
 * driver's own message is used instead.
 */
export function safeError(err: unknown): { name: string; code?: string; message: string } {
  if (!(err instanceof Error)) return { name: typeof err, message: 'non-error thrown' };
  const cause = err.cause instanceof Error ? (err.cause as Error & { code?: string }) : null;
  const source = cause && err.message.startsWith('Failed query') ? cause : (err as Error & { code?: string });
  return { name: source.name, code: source.code, message: (source.message.split('\n')[0] ?? '').slice(0, 300) };
}
