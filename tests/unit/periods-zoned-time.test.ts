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
