import { localTime } from './zoned-time.js';

/**
 * The one way dates and times are written to people, in every feature and both languages:
 * "08:05 22/11/2026" and "22/11/2026" (built from parts, so the ICU version cannot turn it into
 * "08:05 22-11"), through zoned-time's cached offsets (Intl formatting costs ~50 µs a call).
 */
function partsOf(at: Date, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const l = localTime(at, timeZone);
  return { year: String(l.year), month: two(l.month), day: two(l.day), hour: two(l.hour), minute: two(l.minute) };
}

const two = (n: number) => String(n).padStart(2, '0');

/** "08:05 22/11/2026". */
export function formatDateTime(at: Date, timeZone: string): string {
  const p = partsOf(at, timeZone);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** "22/11/2026 08:05", the order of the console's tables (sortable by eye down a column). */
export function formatDayTime(at: Date, timeZone: string): string {
  const p = partsOf(at, timeZone);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** "22/11/2026". */
export function formatDate(at: Date, timeZone: string): string {
  const p = partsOf(at, timeZone);
  return `${p.day}/${p.month}/${p.year}`;
}
