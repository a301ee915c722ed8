import { describe, expect, it } from 'vitest';
import { addDays, compareDates, isoDate, parseIsoDate } from '../../core/kernel/periods.js';
import { localDate, localTime, zonedInstant } from '../../core/kernel/zoned-time.js';

const VN = 'Asia/Ho_Chi_Minh';

describe('zoned time (Asia/Ho_Chi_Minh)', () => {
  it('turns instants into Vietnamese local dates (UTC+7)', () => {
    expect(isoDate(localDate(new Date('2026-11-19T16:59:59Z'), VN))).toBe('2026-11-19');
    expect(isoDate(localDate(new Date('2026-11-19T17:00:00Z'), VN))).toBe('2026-11-20');
    expect(isoDate(localDate(new Date('2026-12-31T17:30:00Z'), VN))).toBe('2027-01-01');
  });

  it('round-trips local wall-clock times for every day of 2025–2027, and in a DST zone', () => {
    for (let x = parseIsoDate('2025-01-01'); compareDates(x, parseIsoDate('2027-12-31')) <= 0; x = addDays(x, 1)) {
      const at = zonedInstant(x, 8, 30, VN);
      expect(at.getTime()).toBe(Date.UTC(x.year, x.month - 1, x.day, 1, 30));
      const berlin = localTime(zonedInstant(x, 9, 15, 'Europe/Berlin'), 'Europe/Berlin');
      expect([isoDate(berlin), berlin.hour, berlin.minute]).toEqual([isoDate(x), 9, 15]);
    }
  });
});

describe('zoned time: the cached offset path', () => {
  it('gives what Intl gives for any instant, also around DST and half-hour zone changes', () => {
    const formats = new Map<string, Intl.DateTimeFormat>();
    const intl = (at: Date, timeZone: string) => {
      const f =
        formats.get(timeZone) ??
        new Intl.DateTimeFormat('en-GB', {
          timeZone,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        });
      formats.set(timeZone, f);
      const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, Number(x.value)]));
      return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second };
    };
    const zones = [VN, 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Santiago'];
    // Every 3 h 7 min 13 s over two years lands at many times of day, transition days included.
    const wrong: string[] = [];
    for (let ms = Date.UTC(2025, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 11_233_000) {
      for (const zone of zones) {
        if (JSON.stringify(localTime(new Date(ms), zone)) !== JSON.stringify(intl(new Date(ms), zone))) wrong.push(`${new Date(ms).toISOString()} ${zone}`);
      }
    }
    expect(wrong).toEqual([]);
    // The minutes right around the 2026 transitions of New York (8 Mar, 1 Nov at 2:00 local).
    for (const start of [Date.UTC(2026, 2, 8, 6, 50), Date.UTC(2026, 10, 1, 5, 50)]) {
      for (let ms = start; ms < start + 20 * 60_000; ms += 61_000)
        expect(localTime(new Date(ms), 'America/New_York')).toEqual(intl(new Date(ms), 'America/New_York'));
    }
  });
});
