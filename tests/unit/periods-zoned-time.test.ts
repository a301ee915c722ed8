import { describe, expect, it } from 'vitest';
import { addDays, compareDates, isoDate, parseIsoDate } from '../../core/periods.js';
import { afterQuietHours, isQuiet, localDate, localTime, parseQuietHours, zonedInstant } from '../../core/zoned-time.js';

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

  it('parses quiet hours and tells quiet from awake, across midnight', () => {
    const q = parseQuietHours('22:00-06:00');
    const at = (hhmm: string) => new Date(`2026-11-20T${hhmm}:00+07:00`);
    expect(['21:59', '22:00', '23:30', '00:00', '05:59', '06:00', '12:00'].map((t) => isQuiet(at(t), q, VN))).toEqual([
      false, true, true, true, true, false, false,
    ]);
    expect(parseQuietHours('')).toBeNull();
    expect(parseQuietHours('08:00-08:00')).toBeNull();
    expect(() => parseQuietHours('25:00-06:00')).toThrow(RangeError);
    const day = parseQuietHours('12:00-13:30');
    expect(isQuiet(at('12:45'), day, VN)).toBe(true);
    expect(isQuiet(at('13:30'), day, VN)).toBe(false);
  });

  it('defers a quiet moment to the end of the quiet hours', () => {
    const q = parseQuietHours('22:00-06:00');
    expect(afterQuietHours(new Date('2026-11-20T23:10:00+07:00'), q, VN).toISOString()).toBe('2026-11-20T23:00:00.000Z');
    expect(afterQuietHours(new Date('2026-11-21T03:10:00+07:00'), q, VN).toISOString()).toBe('2026-11-20T23:00:00.000Z');
    const awake = new Date('2026-11-21T09:00:00+07:00');
    expect(afterQuietHours(awake, q, VN)).toBe(awake);
    expect(afterQuietHours(awake, null, VN)).toBe(awake);
  });
});
