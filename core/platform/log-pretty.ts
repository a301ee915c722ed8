/**
 * A small pino destination that turns each JSON line into one readable line for a person at a
 * terminal: `21:04:05 INFO  dlxh-bot is running  url=http://… channels=[sandbox]`. It formats
 * what pino already serialised, so redaction has happened before it sees anything. No worker
 * thread (unlike pino-pretty's transport), so a crash loses no lines.
 */
const LEVELS: Record<number, { name: string; color: string }> = {
  10: { name: 'TRACE', color: '90' },
  20: { name: 'DEBUG', color: '90' },
  30: { name: 'INFO ', color: '32' },
  40: { name: 'WARN ', color: '33' },
  50: { name: 'ERROR', color: '31' },
  60: { name: 'FATAL', color: '35' },
};
/** Fields every line carries that a person does not need to read. */
const HIDDEN = new Set(['level', 'time', 'msg', 'app', 'pid', 'hostname']);

export interface LineSink {
  write(chunk: string): unknown;
}

export function formatLogLine(line: string, color = false): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const level = LEVELS[record.level as number] ?? { name: String(record.level), color: '0' };
  const time = typeof record.time === 'number' ? new Date(record.time).toTimeString().slice(0, 8) : '';
  const fields = Object.entries(record)
    .filter(([k]) => !HIDDEN.has(k))
    .map(([k, v]) => `${k}=${formatValue(v)}`)
    .join(' ');
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const msg = typeof record.msg === 'string' ? record.msg : '';
  return `${paint('90', time)} ${paint(level.color, level.name)} ${msg}${fields ? `  ${paint('90', fields)}` : ''}\n`;
}

function formatValue(v: unknown): string {
  if (typeof v === 'string') return /[\s"=]/.test(v) ? JSON.stringify(v) : v;
  if (Array.isArray(v)) return `[${v.map(formatValue).join(',')}]`;
  if (v && typeof v === 'object') {
    const e = v as { name?: unknown; code?: unknown; message?: unknown };
    if (typeof e.message === 'string' && typeof e.name === 'string') return JSON.stringify(`${e.name}${e.code ? `(${String(e.code)})` : ''}: ${e.message}`);
    return JSON.stringify(v);
  }
  return String(v);
}

/** A pino destination writing formatted lines to `out` (colours when it is a terminal). */
export function createPrettyDestination(out: LineSink & { isTTY?: boolean } = process.stdout): { write(chunk: string): void } {
  const color = out.isTTY === true && !process.env.NO_COLOR;
  return {
    write(chunk: string) {
      for (const line of chunk.split('\n')) if (line) out.write(formatLogLine(line, color));
    },
  };
}
