import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  dueDate,
  isoDate,
  parseIsoDate,
  reminderDate,
  shiftPeriod,
  stepsDueOn,
  type CivilDate,
  type ReminderStep,
  type ReportingSettings,
} from '../../core/kernel/periods.js';

const d = (s: string) => parseIsoDate(s);
const S = (deadlineDay: number, cutoffDay = deadlineDay): ReportingSettings => ({ deadlineDay, cutoffDay, lockDays: 5 });
const SETTINGS = [S(1), S(2), S(3), S(15), S(20), S(25), S(28), S(29), S(30), S(31), S(15, 31), S(31, 20)];

function scan(s: ReportingSettings, from: string, to: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  for (let x = d(from); compareDates(x, d(to)) <= 0; x = addDays(x, 1)) {
    for (const { period, step } of stepsDueOn(x, s)) {
      const key = `${period}/${step}`;
      seen.set(key, [...(seen.get(key) ?? []), isoDate(x)]);
    }
  }
  return seen;
}

describe('reminder ladder schedule', () => {
  it('fires every step of every period exactly once, on D-3, D-1, D and D+1 (2024–2031)', () => {
    for (const s of SETTINGS) {
      const seen = scan(s, '2023-12-01', '2032-01-31');
      for (let p = '2024-01'; p <= '2031-12'; p = shiftPeriod(p, 1)) {
        const due = dueDate(p, s);
        const expected: Record<ReminderStep, CivilDate> = { d3: addDays(due, -3), d1: addDays(due, -1), d0: due, late: addDays(due, 1) };
        for (const [step, date] of Object.entries(expected)) {
          expect(seen.get(`${p}/${step}`), `${p}/${step} deadline ${s.deadlineDay}`).toEqual([isoDate(date)]);
        }
      }
    }
  });

  it('never has two steps on one day', () => {
    for (const s of SETTINGS) {
      for (let x = d('2024-01-01'); compareDates(x, d('2031-12-31')) <= 0; x = addDays(x, 1)) {
        expect(stepsDueOn(x, s).length).toBeLessThanOrEqual(1);
      }
    }
  });

  it('reaches back into the previous month and year for an early deadline', () => {
    expect(stepsDueOn(d('2026-12-29'), S(1))).toEqual([{ period: '2027-01', step: 'd3' }]);
    expect(stepsDueOn(d('2026-12-31'), S(1))).toEqual([{ period: '2027-01', step: 'd1' }]);
    expect(stepsDueOn(d('2027-01-02'), S(1))).toEqual([{ period: '2027-01', step: 'late' }]);
  });

  it('follows the clamped due day in February', () => {
    expect(isoDate(reminderDate('2026-02', S(31), 'd3'))).toBe('2026-02-25');
    expect(isoDate(reminderDate('2026-02', S(31), 'late'))).toBe('2026-03-01');
    expect(stepsDueOn(d('2026-03-01'), S(31))).toEqual([{ period: '2026-02', step: 'late' }]);
    expect(stepsDueOn(d('2028-02-29'), S(30))).toEqual([{ period: '2028-02', step: 'd0' }]);
  });
});
