import { describe, expect, it } from 'vitest';
import {
  addDays,
  checkSettings,
  clampDay,
  compareDates,
  daysInMonth,
  dueDate,
  formatPeriod,
  isLocked,
  isOnTime,
  isoDate,
  lastDuePeriod,
  lockDate,
  parseIsoDate,
  parsePeriod,
  PeriodError,
  periodOn,
  periodWindow,
  shiftPeriod,
  submissionPeriod,
  type CivilDate,
  type ReportingSettings,
} from '../../core/kernel/periods.js';

const d = (s: string) => parseIsoDate(s);
const S = (deadlineDay: number, cutoffDay = deadlineDay, lockDays = 5): ReportingSettings => ({ deadlineDay, cutoffDay, lockDays });

function* days(from: string, to: string): Generator<CivilDate> {
  for (let x = d(from); compareDates(x, d(to)) <= 0; x = addDays(x, 1)) yield x;
}

const SETTINGS = [S(1), S(15), S(20), S(25), S(28), S(29), S(30), S(31), S(15, 31), S(25, 20), S(31, 20), S(10, 30)];

describe('periods: month arithmetic', () => {
  it('knows month lengths, leap years included', () => {
    expect([2023, 2024, 2100, 2000].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29]);
    expect([1, 4, 6, 9, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 30, 30, 30, 30, 31]);
  });

  it('puts a deadline day of 29–31 on the last day of a shorter month', () => {
    expect(isoDate(dueDate('2026-02', S(31)))).toBe('2026-02-28');
    expect(isoDate(dueDate('2028-02', S(30)))).toBe('2028-02-29');
    expect(isoDate(dueDate('2026-02', S(29)))).toBe('2026-02-28');
    expect(isoDate(dueDate('2026-04', S(31)))).toBe('2026-04-30');
    expect(isoDate(dueDate('2026-05', S(31)))).toBe('2026-05-31');
    expect(isoDate(clampDay(2026, 9, 31))).toBe('2026-09-30');
  });

  it('crosses the year end', () => {
    expect(shiftPeriod('2026-12', 1)).toBe('2027-01');
    expect(shiftPeriod('2027-01', -1)).toBe('2026-12');
    expect(shiftPeriod('2026-11', -23)).toBe('2024-12');
    const w = periodWindow('2027-01', S(20));
    expect([isoDate(w.from), isoDate(w.to)]).toEqual(['2026-12-21', '2027-01-20']);
    expect(periodOn(d('2026-12-21'), S(20))).toBe('2027-01');
    expect(periodOn(d('2026-12-31'), S(31))).toBe('2026-12');
  });

  it('refuses malformed periods, dates and settings', () => {
    for (const bad of ['2026-13', '2026-1', '26-11', '2026-00', '', '2026-11-01']) expect(() => parsePeriod(bad)).toThrow(PeriodError);
    for (const bad of ['2026-02-30', '2026-13-01', 'x']) expect(() => parseIsoDate(bad)).toThrow(PeriodError);
    expect(() => checkSettings(S(0))).toThrow(PeriodError);
    expect(() => checkSettings(S(32))).toThrow(PeriodError);
    expect(() => checkSettings({ deadlineDay: 20, cutoffDay: 20, lockDays: -1 })).toThrow(PeriodError);
    expect(formatPeriod(2026, 3)).toBe('2026-03');
  });
});

describe('periods: every day of 2024–2031 under many settings', () => {
  it('each day lies in exactly the window of its period, and windows tile the calendar', () => {
    for (const s of SETTINGS) {
      for (const day of days('2024-01-01', '2031-12-31')) {
        const p = periodOn(day, s);
        const w = periodWindow(p, s);
        expect(compareDates(w.from, day) <= 0 && compareDates(day, w.to) <= 0, `${isoDate(day)} in ${p}`).toBe(true);
        if (day.day === 1) {
          const prev = periodWindow(shiftPeriod(p, -1), s);
          expect(isoDate(addDays(prev.to, 1))).toBe(isoDate(w.from));
        }
      }
    }
  });

  it('due day is the deadline day clamped into the period month', () => {
    for (const s of SETTINGS) {
      for (let p = '2024-01'; p <= '2031-12'; p = shiftPeriod(p, 1)) {
        const due = dueDate(p, s);
        const { year, month } = parsePeriod(p);
        expect([due.year, due.month, due.day]).toEqual([year, month, Math.min(s.deadlineDay, daysInMonth(year, month))]);
      }
    }
  });

  it('last due period is the newest whose due day has passed', () => {
    for (const s of SETTINGS) {
      for (const day of days('2025-01-01', '2027-12-31')) {
        const p = lastDuePeriod(day, s);
        expect(compareDates(dueDate(p, s), day)).toBeLessThan(0);
        expect(compareDates(dueDate(shiftPeriod(p, 1), s), day)).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe('periods: lock, lateness and the period of a new report', () => {
  const s = S(20, 20, 5);

  it('locks the day after due + lock days', () => {
    expect(isoDate(lockDate('2026-11', s))).toBe('2026-11-25');
    expect(isLocked('2026-11', s, d('2026-11-25'))).toBe(false);
    expect(isLocked('2026-11', s, d('2026-11-26'))).toBe(true);
    expect(isLocked('2026-12', S(31, 31, 3), d('2027-01-03'))).toBe(false);
    expect(isLocked('2026-12', S(31, 31, 3), d('2027-01-04'))).toBe(true);
  });

  it('is on time through the due day, late after', () => {
    expect(isOnTime('2026-11', s, d('2026-11-20'))).toBe(true);
    expect(isOnTime('2026-11', s, d('2026-11-21'))).toBe(false);
    expect(isOnTime('2026-02', S(30), d('2026-02-28'))).toBe(true);
    expect(isOnTime('2026-02', S(30), d('2026-03-01'))).toBe(false);
  });

  it('files an overdue, unlocked, unsubmitted previous period first', () => {
    const none = () => false;
    expect(submissionPeriod(d('2026-11-10'), s, none)).toBe('2026-11');
    expect(submissionPeriod(d('2026-11-20'), s, none)).toBe('2026-11');
    expect(submissionPeriod(d('2026-11-21'), s, none)).toBe('2026-11');
    expect(submissionPeriod(d('2026-11-25'), s, none)).toBe('2026-11');
    expect(submissionPeriod(d('2026-11-26'), s, none)).toBe('2026-12');
    expect(submissionPeriod(d('2026-11-22'), s, (p) => p === '2026-11')).toBe('2026-12');
    expect(submissionPeriod(d('2026-12-22'), s, none)).toBe('2026-12');
    expect(submissionPeriod(d('2026-12-21'), s, (p) => p === '2026-12')).toBe('2027-01');
  });
});
