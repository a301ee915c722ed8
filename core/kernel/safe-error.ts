/**
 * The one way to put an error in the log (DESIGN §4.8: no message bodies, no secrets). Kept: the
 * error's name and code, the kind of a failed send, a platform's method and error code, and the
 * first line of its message with every quoted span replaced by `"…"` (parsers and databases
 * quote the input they choke on: `Unexpected token 'x', "tin nhắn …" is not valid JSON`), cut to
 * 200 characters, a bot token in a URL (`/bot<token>/`) masked. Database errors come wrapped with
 * the failed query and its parameters, and the server's own message may quote a value, so for
 * those only the SQLSTATE is kept. Log as `{ err: safeError(err) }`; lint refuses `.message`
 * inside a log call.
 */
export interface SafeError {
  name: string;
  message: string;
  code?: string;
  /** SendError: rate_limited, unreachable, … */
  failure?: string;
  /** A platform error (grammY's GrammyError): the API method and its error code. */
  method?: string;
  errorCode?: number;
}

export function safeError(err: unknown): SafeError {
  if (!(err instanceof Error)) return { name: typeof err, message: 'non-error thrown' };
  const cause = err.cause instanceof Error ? (err.cause as Error & { code?: unknown }) : null;
  const source = cause && err.message.startsWith('Failed query') ? cause : (err as Error & { code?: unknown });
  const code = typeof source.code === 'string' ? source.code : typeof source.code === 'number' ? String(source.code) : undefined;
  if (isSqlState(code)) return { name: source.name, code, message: 'database error (SQLSTATE in code)' };
  const out: SafeError = { name: source.name, message: firstLine(source.message) };
  if (code !== undefined) out.code = code;
  const extra = source as { failure?: unknown; method?: unknown; error_code?: unknown };
  if (typeof extra.failure === 'string') out.failure = extra.failure;
  if (typeof extra.method === 'string') out.method = extra.method;
  if (typeof extra.error_code === 'number') out.errorCode = extra.error_code;
  return out;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '')
    .replace(/\/bot[^/\s]+\//g, '/bot<redacted>/')
    .replace(/"(?:[^"\\]|\\.)*"?|“[^”]*”?|«[^»]*»?/g, '"…"')
    .replace(/(^|[\s(:=,[])'(?:[^'\\]|\\.)*'?/g, "$1'…'")
    .slice(0, 200);
}

function isSqlState(code: unknown): boolean {
  // SQLSTATE classes never start with E; Node's errno codes (EPIPE, EBUSY) do.
  return typeof code === 'string' && /^(?!E)[0-9A-Z]{5}$/.test(code);
}
