import { addDays } from '../../../core/kernel/periods.js';
import { localDate, zonedInstant } from '../../../core/kernel/zoned-time.js';
import { matchKey } from '../../../core/kernel/text.js';
import { closingInstant, parseDeadline, parseDurationHours } from '../polls/create-parse.js';

/**
 * A typed moment, local time of `timeZone`: "17:00", "17h", "7h30", "17:00 25/12", "17:00 25/12/2026".
 * Without a date: today, or tomorrow when that time has passed. Null when unreadable or past.
 */
export function parseWhen(text: string, now: Date, timeZone: string): Date | null {
  const m = /^(\d{1,2})\s*[:hg.]\s*(\d{2})?\s*(?:(?:ngày|ngay|,)?\s*(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?)?$/i.exec(text.trim());
  if (!m) return null;
  const [hour, minute] = [Number(m[1]), Number(m[2] ?? 0)];
  if (hour > 23 || minute > 59) return null;
  const today = localDate(now, timeZone);
  let at: Date;
  if (m[3]) {
    const date = { year: m[5] ? Number(m[5]) : today.year, month: Number(m[4]), day: Number(m[3]) };
    if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) return null;
    at = zonedInstant(date, hour, minute, timeZone);
    if (!m[5] && at <= now) at = zonedInstant({ ...date, year: date.year + 1 }, hour, minute, timeZone);
  } else {
    at = zonedInstant(today, hour, minute, timeZone);
    if (at <= now) at = zonedInstant(addDays(today, 1), hour, minute, timeZone);
  }
  return at > now ? at : null;
}

/**
 * An acknowledgment deadline as polls and requests read a closing: `parseWhen`'s forms, a date
 * alone («10/12», «ngày 10/12/2026»: the end of that day) or «2 giờ chiều 10/12». Null when
 * unreadable or past.
 */
export function parseDeadlineAt(text: string, now: Date, timeZone: string): Date | null {
  const hours = typedSpan(text);
  if (hours) return new Date(now.getTime() + hours * 3600_000);
  const when = parseWhen(text, now, timeZone);
  if (when) return when;
  const local = parseDeadline(text);
  // The year chosen as for polls and requests (next year's when that day has passed; «29/2» checked).
  const at = local ? closingInstant({ local }, now, timeZone) : null;
  return at && at > now ? at : null;
}

/**
 * «Trong 24 giờ», «24 giờ», «trong 2 ngày», «3 ngày», «sau 4 tiếng»: a span from now, as the
 * buttons «Trong 4 giờ»… are (typed, those were refused: their values are the flow's own, never
 * guessed from words). «17h», «5 giờ» alone are a time of day (parseWhen), not a span.
 */
function typedSpan(text: string): number | null {
  const key = matchKey(text);
  const bare = key.replace(/^(?:trong|sau|in)\s+/, '');
  const hours = parseDurationHours(bare);
  const clock = /^(\d{1,2})\s*(?:gio|h)$/.exec(bare);
  return hours && (bare !== key || !clock || Number(clock[1]) > 23) ? hours : null;
}
