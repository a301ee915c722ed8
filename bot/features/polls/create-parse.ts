import { refuse, type Refusal } from '../../../core/kernel/result.js';
import { matchKey } from '../../../core/kernel/text.js';
import { localTime, zonedInstant } from '../../../core/kernel/zoned-time.js';

/** Pure parsing for the poll-creation flow (tested in tests/unit). */
const POLL_OPTION_MAX = 100;

export type OptionsRead = { ok: true; options: string[] } | Refusal<'too_few' | 'too_many' | 'too_long' | 'duplicate'>;

/**
 * One option per line; leading "1.", "2)", "a)", "-", "•" are numbering, not content. One line
 * that cannot be the whole list («Đồng ý, Không đồng ý, Cần thêm thông tin» typed on a phone)
 * is read with its commas as the separators.
 */
export function parseOptions(text: string, min = 2, max = 10, maxLength = POLL_OPTION_MAX): OptionsRead {
  const lines = splitOptions(text, /\r?\n|;/);
  return readOptions(lines.length < min && text.includes(',') ? splitOptions(text, /,/) : lines, min, max, maxLength);
}

function splitOptions(text: string, by: RegExp): string[] {
  return text
    .split(by)
    .map((l) => l.replace(/^\s*(?:\d{1,2}[.)]|[a-zA-Z][.)]|[-•*])\s*/, '').trim())
    .filter((l) => l.length > 0);
}

function readOptions(options: string[], min: number, max: number, maxLength: number): OptionsRead {
  if (options.length < min) return refuse('too_few');
  if (options.length > max) return refuse('too_many');
  if (options.some((o) => [...o].length > maxLength)) return refuse('too_long');
  if (new Set(options.map(matchKey)).size !== options.length) return refuse('duplicate');
  return { ok: true, options };
}

export interface LocalClosing {
  day: number;
  month: number;
  year: number | null;
  hour: number;
  minute: number;
}

const DATE = /(?<!\d)(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?!\d)/g;
const TIME = /(?<!\d)(\d{1,2})\s*(?::|h|g|gio)\s*(\d{2})?(?!\d)/;
/** «chiều», «tối», «pm» after an hour of 1–11 mean the afternoon or evening one. */
const LATER = /\b(?:chieu|toi|pm)\b/;

/**
 * "17:00 30/11", "30/11/2026 17h", "30-11 17h30", "2 giờ chiều 30.11" → wall-clock parts (the
 * zone and the year, when missing, are applied later). Accents are optional.
 */
export function parseClosing(text: string): LocalClosing | null {
  const s = matchKey(text);
  const date = [...s.matchAll(DATE)].find((m) => Number(m[2]) >= 1 && Number(m[2]) <= 12);
  const time = date ? TIME.exec(s.replace(date[0], ' ')) : null;
  if (!date || !time) return null;
  const [day, month, minute] = [Number(date[1]), Number(date[2]), Number(time[2] ?? 0)];
  const hour = Number(time[1]) + (LATER.test(s) && Number(time[1]) >= 1 && Number(time[1]) < 12 ? 12 : 0);
  const year = date[3] ? Number(date[3]) : null;
  if (day < 1 || day > daysIn(month, year) || hour > 23 || minute > 59) return null;
  return { day, month, year, hour, minute };
}

/**
 * A closing or a due date as officials type it: a date and time as `parseClosing` reads it, or a
 * date alone («20/12», «20-12-2026»), which means the end of that day (23:59). Meetings need the
 * hour and keep `parseClosing`.
 */
export function parseDeadline(text: string): LocalClosing | null {
  const full = parseClosing(text);
  if (full) return full;
  const m = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$/.exec(
    matchKey(text)
      .replace(/^(?:ngay|het ngay|den ngay|den het ngay)\s+/, '')
      .trim(),
  );
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return null;
  return { day, month, year, hour: 23, minute: 59 };
}

/** Days of the month; without a year, February may have 29 (the year is chosen later). */
function daysIn(month: number, year: number | null): number {
  return new Date(Date.UTC(year ?? 2028, month, 0)).getUTCDate();
}

const UNIT_HOURS: Record<string, number> = { gio: 1, h: 1, tieng: 1, ngay: 24, tuan: 168 };
/** The longest a poll or survey may be open when typed as a duration: 60 days. */
const MAX_HOURS = 60 * 24;

/** "2 ngày", "48 giờ", "36h", "1 tuần" → hours (accents optional); null for anything else. */
export function parseDurationHours(text: string): number | null {
  const m = /^(\d{1,4})\s*(gio|h|tieng|ngay|tuan)$/.exec(matchKey(text).replace(/\s+/g, ' '));
  if (!m) return null;
  const hours = Number(m[1]) * UNIT_HOURS[m[2]!]!;
  return hours >= 1 && hours <= MAX_HOURS ? hours : null;
}

/** A closing as typed: a duration, or a local date and time. */
export type Closing = { hours: number } | { local: LocalClosing };

/** A closing (or due) time chosen in chat → the instant (also the report requests' due time). */
export function closingInstant(c: Closing | undefined, now: Date, timeZone: string): Date | null {
  if (!c) return null;
  if ('hours' in c) return new Date(now.getTime() + c.hours * 3600_000);
  const l = c.local;
  const at = (year: number) => zonedInstant({ year, month: l.month, day: l.day }, l.hour, l.minute, timeZone);
  if (l.year !== null) return at(l.year);
  // No year typed: this year's, or next year's when that day has passed («5/1» typed in December).
  const thisYear = localTime(now, timeZone).year;
  const soon = at(thisYear);
  const chosen = soon.getTime() < now.getTime() ? at(thisYear + 1) : soon;
  // «29/2» in a year without that day: refused rather than moved to 1 March.
  return localTime(chosen, timeZone).day === l.day ? chosen : null;
}
