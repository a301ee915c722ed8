import { addDays, type CivilDate } from './periods.js';

/**
 * Instants ↔ local wall-clock time in a named zone (Asia/Ho_Chi_Minh by default), via Intl so
 * the code stays right for zones with DST too. Pure: the clock is always passed in.
 */

export interface LocalTime extends CivilDate {
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function localTime(instant: Date, timeZone: string): LocalTime & { second: number } {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day),
    hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second),
  };
}

export function localDate(instant: Date, timeZone: string): CivilDate {
  const { year, month, day } = localTime(instant, timeZone);
  return { year, month, day };
}

/** The zone's offset from UTC at that instant, in ms (+7 h for Vietnam). */
function offsetAt(ms: number, timeZone: string): number {
  const l = localTime(new Date(ms), timeZone);
  return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - Math.floor(ms / 1000) * 1000;
}

/** The instant at which the local clock shows this date and time. */
export function zonedInstant(d: CivilDate, hour: number, minute: number, timeZone: string): Date {
  const wall = Date.UTC(d.year, d.month - 1, d.day, hour, minute);
  let ms = wall - offsetAt(wall, timeZone);
  ms = wall - offsetAt(ms, timeZone);
  return new Date(ms);
}

/** Start of the local day (00:00). */
export function startOfLocalDay(d: CivilDate, timeZone: string): Date {
  return zonedInstant(d, 0, 0, timeZone);
}

export interface QuietHours {
  /** Minutes after local midnight; the window may wrap past midnight (22:00–06:00). */
  start: number;
  end: number;
}

/** "22:00-06:00" → window; "" → none. */
export function parseQuietHours(spec: string): QuietHours | null {
  if (spec.trim() === '') return null;
  const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(spec.trim());
  if (!m) throw new RangeError(`quiet hours "${spec}" is not HH:MM-HH:MM`);
  const [h1, m1, h2, m2] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
  if (h1 > 23 || h2 > 23 || m1 > 59 || m2 > 59) throw new RangeError(`quiet hours "${spec}" out of range`);
  const q = { start: h1 * 60 + m1, end: h2 * 60 + m2 };
  return q.start === q.end ? null : q;
}

export function isQuiet(instant: Date, q: QuietHours | null, timeZone: string): boolean {
  if (!q) return false;
  const l = localTime(instant, timeZone);
  const m = l.hour * 60 + l.minute;
  return q.start < q.end ? m >= q.start && m < q.end : m >= q.start || m < q.end;
}

/** `instant` itself outside quiet hours, else the moment they end. */
export function afterQuietHours(instant: Date, q: QuietHours | null, timeZone: string): Date {
  if (!q || !isQuiet(instant, q, timeZone)) return instant;
  const l = localTime(instant, timeZone);
  const today: CivilDate = { year: l.year, month: l.month, day: l.day };
  const endToday = zonedInstant(today, Math.floor(q.end / 60), q.end % 60, timeZone);
  if (endToday.getTime() > instant.getTime()) return endToday;
  return zonedInstant(addDays(today, 1), Math.floor(q.end / 60), q.end % 60, timeZone);
}
