import type { CivilDate } from './periods.js';

/**
 * Instants ↔ local wall-clock time in a named zone (Asia/Ho_Chi_Minh by default), via Intl so
 * the code stays right for zones with DST too. Pure: the clock is always passed in. Quiet hours
 * live in core/broadcasts/quiet.ts (shared with broadcasts).
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
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function localTime(instant: Date, timeZone: string): LocalTime & { second: number } {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
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
