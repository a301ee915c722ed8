/**
 * Quiet hours for bulk traffic (config QUIET_HOURS, "22:00-06:00" in config TIMEZONE). Pure; the
 * window may wrap midnight. An empty setting means no quiet hours.
 */
export interface QuietHours {
  /** Minutes after local midnight. */
  start: number;
  end: number;
  timeZone: string;
}

export function parseQuietHours(spec: string, timeZone: string): QuietHours | null {
  const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(spec.trim());
  if (!m) return null;
  const [h1, m1, h2, m2] = m.slice(1).map(Number) as [number, number, number, number];
  if (h1 > 23 || h2 > 23 || m1 > 59 || m2 > 59) throw new RangeError(`bad QUIET_HOURS "${spec}"`);
  const start = h1 * 60 + m1;
  const end = h2 * 60 + m2;
  return start === end ? null : { start, end, timeZone };
}

/** Local minutes after midnight of `at` in the zone. */
function localMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

export function isQuiet(at: Date, q: QuietHours | null): boolean {
  if (!q) return false;
  const now = localMinutes(at, q.timeZone);
  return q.start < q.end ? now >= q.start && now < q.end : now >= q.start || now < q.end;
}

/** When the quiet period containing `at` ends (or `at` itself when it is not quiet). */
export function quietEnd(at: Date, q: QuietHours | null): Date {
  if (!q || !isQuiet(at, q)) return at;
  const now = localMinutes(at, q.timeZone);
  const minutes = (q.end - now + 1440) % 1440;
  const startOfMinute = Math.floor(at.getTime() / 60_000) * 60_000;
  return new Date(startOfMinute + minutes * 60_000);
}
