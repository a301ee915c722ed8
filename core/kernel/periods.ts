import { AppError } from './errors.js';

/**
 * Reporting periods and their dates, as pure functions of local calendar dates (Asia/Ho_Chi_Minh
 * by default; `core/kernel/zoned-time.ts` turns instants into local dates and back).
 *
 * A period is named 'YYYY-MM'. Its cycle ends on the cut-off day of that month and starts the
 * day after the previous month's cut-off ("from the 21st to the 20th" when the cut-off is 20).
 * Its report is due on the deadline day of that month; edits are allowed for `lockDays` days
 * after that. A day beyond the month's length (29–31) means the month's last day.
 */

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface ReportingSettings {
  deadlineDay: number;
  cutoffDay: number;
  lockDays: number;
}

export class PeriodError extends AppError {
  constructor(message: string) {
    super('bad_period', message);
  }
}

/** Refuses settings no month can honour (day 0 or 32, negative lock). */
export function checkSettings(s: ReportingSettings): ReportingSettings {
  const day = (n: number) => Number.isInteger(n) && n >= 1 && n <= 31;
  if (!day(s.deadlineDay) || !day(s.cutoffDay)) throw new PeriodError('deadline and cut-off days must be 1–31');
  if (!Number.isInteger(s.lockDays) || s.lockDays < 0 || s.lockDays > 60) throw new PeriodError('lock days must be 0–60');
  return s;
}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(s: string): boolean {
  return PERIOD.test(s);
}

export function parsePeriod(p: string): { year: number; month: number } {
  const m = PERIOD.exec(p);
  if (!m) throw new PeriodError(`period "${p}" is not YYYY-MM`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

export function formatPeriod(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function shiftPeriod(p: string, months: number): string {
  const { year, month } = parsePeriod(p);
  const index = year * 12 + (month - 1) + months;
  return formatPeriod(Math.floor(index / 12), (index % 12) + 1);
}

/** Negative when a < b; periods compare as strings, but this says so. */
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day 29–31 in a shorter month becomes its last day (deadline 31 → 28/29 Feb, 30 Apr…). */
export function clampDay(year: number, month: number, day: number): CivilDate {
  return { year, month, day: Math.min(Math.max(1, day), daysInMonth(year, month)) };
}

export function addDays(d: CivilDate, n: number): CivilDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function isoDate(d: CivilDate): string {
  return `${formatPeriod(d.year, d.month)}-${String(d.day).padStart(2, '0')}`;
}

export function parseIsoDate(s: string): CivilDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
  if (!d || d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysInMonth(d.year, d.month)) throw new PeriodError(`date "${s}" is not YYYY-MM-DD`);
  return d;
}

export function dueDate(period: string, s: ReportingSettings): CivilDate {
  const { year, month } = parsePeriod(period);
  return clampDay(year, month, s.deadlineDay);
}

function cutoffOf(period: string, s: ReportingSettings): CivilDate {
  const { year, month } = parsePeriod(period);
  return clampDay(year, month, s.cutoffDay);
}

/** The days a period's report covers, both ends included. */
export function periodWindow(period: string, s: ReportingSettings): { from: CivilDate; to: CivilDate } {
  return { from: addDays(cutoffOf(shiftPeriod(period, -1), s), 1), to: cutoffOf(period, s) };
}

/** The period whose cycle contains this day. */
export function periodOn(date: CivilDate, s: ReportingSettings): string {
  const here = formatPeriod(date.year, date.month);
  return compareDates(date, cutoffOf(here, s)) <= 0 ? here : shiftPeriod(here, 1);
}

/** The last day on which a submitted report may still be edited. */
export function lockDate(period: string, s: ReportingSettings): CivilDate {
  return addDays(dueDate(period, s), s.lockDays);
}

export function isLocked(period: string, s: ReportingSettings, today: CivilDate): boolean {
  return compareDates(today, lockDate(period, s)) > 0;
}

/** On time when submitted on or before the due day (local date of the first submission). */
export function isOnTime(period: string, s: ReportingSettings, submittedOn: CivilDate): boolean {
  return compareDates(submittedOn, dueDate(period, s)) <= 0;
}

/** The latest period whose due day is already behind us (the default for a synthesis). */
export function lastDuePeriod(today: CivilDate, s: ReportingSettings): string {
  let p = shiftPeriod(periodOn(today, s), 1);
  while (compareDates(dueDate(p, s), today) >= 0) p = shiftPeriod(p, -1);
  return p;
}

/**
 * Which period a collaborator's periodic report is for when they start one today: the previous
 * period while it is overdue, unsubmitted and not yet locked (a late report), else the current.
 */
export function submissionPeriod(today: CivilDate, s: ReportingSettings, submitted: (period: string) => boolean): string {
  const current = periodOn(today, s);
  const previous = shiftPeriod(current, -1);
  const late = compareDates(dueDate(previous, s), today) < 0 && !isLocked(previous, s, today) && !submitted(previous);
  return late ? previous : current;
}

/** Reminder ladder: collaborators at D-3, D-1 and the morning of D; officials get a list at D+1. */
export const COLLABORATOR_STEPS = ['d3', 'd1', 'd0'] as const;
export type CollaboratorStep = (typeof COLLABORATOR_STEPS)[number];
export type ReminderStep = CollaboratorStep | 'late';
const STEP_OFFSET: Record<ReminderStep, number> = { d3: -3, d1: -1, d0: 0, late: 1 };

export function reminderDate(period: string, s: ReportingSettings, step: ReminderStep): CivilDate {
  return addDays(dueDate(period, s), STEP_OFFSET[step]);
}

/** Every (period, step) of the ladder that falls on this day; at most one step per period. */
export function stepsDueOn(today: CivilDate, s: ReportingSettings): { period: string; step: ReminderStep }[] {
  const around = periodOn(today, s);
  const out: { period: string; step: ReminderStep }[] = [];
  for (let k = -2; k <= 2; k++) {
    const period = shiftPeriod(around, k);
    for (const step of [...COLLABORATOR_STEPS, 'late'] as const) {
      if (compareDates(reminderDate(period, s, step), today) === 0) out.push({ period, step });
    }
  }
  return out;
}
