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
  const ms = instant.getTime();
  const offset = steadyOffset(ms, timeZone);
  if (offset === null) return slowLocalTime(instant, timeZone);
  const wall = new Date(Math.floor(ms / 1000) * 1000 + offset);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

function slowLocalTime(instant: Date, timeZone: string): LocalTime & { second: number } {
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

const DAY_MS = 86_400_000;
/** zone|UTC day → the zone's offset when it holds all that day, null on a day the offset changes. */
const steadyOffsets = new Map<string, number | null>();

/**
 * `Intl` formatting costs ~50 µs a call, and completeness or an export converts thousands of
 * instants: the offset is looked up once per zone and UTC day, and used directly when it is the
 * same at both ends of the day (every day but a DST or zone change, which take the slow path).
 */
function steadyOffset(ms: number, timeZone: string): number | null {
  const day = Math.floor(ms / DAY_MS);
  const key = `${timeZone}|${day}`;
  let offset = steadyOffsets.get(key);
  if (offset === undefined) {
    const first = slowOffsetAt(day * DAY_MS, timeZone);
    offset = first === slowOffsetAt(day * DAY_MS + DAY_MS - 1000, timeZone) ? first : null;
    if (steadyOffsets.size >= 20_000) steadyOffsets.clear();
    steadyOffsets.set(key, offset);
  }
  return offset;
}

export function localDate(instant: Date, timeZone: string): CivilDate {
  const { year, month, day } = localTime(instant, timeZone);
  return { year, month, day };
}

/** The zone's offset from UTC at that instant, in ms (+7 h for Vietnam). */
function offsetAt(ms: number, timeZone: string): number {
  return steadyOffset(ms, timeZone) ?? slowOffsetAt(ms, timeZone);
}

function slowOffsetAt(ms: number, timeZone: string): number {
  const l = slowLocalTime(new Date(ms), timeZone);
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
