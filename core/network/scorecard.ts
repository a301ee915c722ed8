import { and, count, countDistinct, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { hotSpots, meetingInvitees, meetings, people, reportRatings, reports } from '../../db/schema/index.js';
import { settingsOfUnit, type SettingsDefaults } from '../people/unit-tree.js';
import { lastDuePeriod, parsePeriod, shiftPeriod, type ReportingSettings } from '../kernel/periods.js';
import { localDate, zonedInstant } from '../kernel/zoned-time.js';
import { classify, type CollaboratorRow, type ReporterState } from '../reports/completeness.js';
import { collaboratorColumns, loadSubmissions } from '../reports/completeness-load.js';

/**
 * A collaborator's scorecard over the last N due periods of their unit (issue 17 item 3):
 * periodic reports on time / late / missing, quick and thematic reports and alerts filed since the
 * first of those periods began, reports officials rated "hữu ích", reports sent back "cần bổ sung",
 * and the giao ban meetings held since then that the person was invited to and attended («Dự giao
 * ban x/y»: the official's record, or the person's check-in when nothing was recorded).
 */
export interface Scorecard {
  periods: { period: string; state: ReporterState | null }[];
  onTime: number;
  late: number;
  missing: number;
  quick: number;
  thematic: number;
  alerts: number;
  useful: number;
  needsMore: number;
  meetingsInvited: number;
  meetingsAttended: number;
  /** Why an official may want to look at this person (empty: nothing stands out). */
  reasons: ('missing_all' | 'missing_periodic' | 'mostly_late' | 'needs_more' | 'missed_meetings')[];
}

/**
 * Pure: the reasons to review, from the counts. Missing reports count only over a whole window
 * (someone who joined last month is not flagged for one missed period); lateness from two late
 * reports on.
 */
export function reviewReasons(s: Omit<Scorecard, 'reasons'>): Scorecard['reasons'] {
  const out: Scorecard['reasons'] = [];
  const expected = s.onTime + s.late + s.missing;
  if (expected > 0 && expected === s.periods.length && s.missing === expected)
    out.push(s.quick + s.thematic + s.alerts === 0 ? 'missing_all' : 'missing_periodic');
  if (s.late >= 2 && s.late > s.onTime) out.push('mostly_late');
  if (s.needsMore > 0 && s.needsMore > s.useful) out.push('needs_more');
  if (s.meetingsInvited >= 2 && s.meetingsAttended === 0) out.push('missed_meetings');
  return out;
}

async function loadScorecard(db: Executor, person: CollaboratorRow, settings: ReportingSettings, now: Date, timeZone: string, n: number): Promise<Scorecard> {
  const today = localDate(now, timeZone);
  const last = lastDuePeriod(today, settings);
  const periods = Array.from({ length: n }, (_, k) => shiftPeriod(last, -k));
  const subs = await loadSubmissions(db, [person.id], periods);
  const states = periods.map((period) => ({ period, state: classify(period, settings, person, subs.get(`${person.id}/${period}`), timeZone) }));
  const oldest = parsePeriod(periods[periods.length - 1]!);
  const since = zonedInstant({ year: oldest.year, month: oldest.month, day: 1 }, 0, 0, timeZone);
  const filed = await db
    .select({ kind: reports.kind, n: count() })
    .from(reports)
    .where(and(eq(reports.reporterId, person.id), ne(reports.status, 'draft'), gte(reports.submittedAt, since)))
    .groupBy(reports.kind);
  const [alerts] = await db
    .select({ n: count() })
    .from(hotSpots)
    .where(and(eq(hotSpots.reporterId, person.id), gte(hotSpots.createdAt, since)));
  const [useful] = await db
    .select({ n: countDistinct(reportRatings.reportId) })
    .from(reportRatings)
    .innerJoin(reports, eq(reports.id, reportRatings.reportId))
    .where(and(eq(reports.reporterId, person.id), gte(reports.submittedAt, since)));
  const [more] = await db
    .select({ n: count() })
    .from(reports)
    .where(and(eq(reports.reporterId, person.id), inArray(reports.status, ['needs_more']), gte(reports.submittedAt, since)));
  const [met] = await db
    .select({
      invited: count(),
      attended: sql<number>`count(*) filter (where coalesce(${meetingInvitees.attended}, ${meetingInvitees.checkedInAt} is not null))::int`,
    })
    .from(meetingInvitees)
    .innerJoin(meetings, eq(meetings.id, meetingInvitees.meetingId))
    .where(and(eq(meetingInvitees.personId, person.id), eq(meetings.status, 'scheduled'), gte(meetings.startsAt, since), lt(meetings.endsAt, now)));
  const of = (k: string) => filed.find((f) => f.kind === k)?.n ?? 0;
  const base = {
    periods: states,
    onTime: states.filter((s) => s.state === 'on_time').length,
    late: states.filter((s) => s.state === 'late').length,
    missing: states.filter((s) => s.state === 'missing').length,
    quick: of('quick'),
    thematic: of('thematic'),
    alerts: alerts?.n ?? 0,
    useful: useful?.n ?? 0,
    needsMore: more?.n ?? 0,
    meetingsInvited: met?.invited ?? 0,
    meetingsAttended: Number(met?.attended ?? 0),
  };
  return { ...base, reasons: reviewReasons(base) };
}

/** The scorecard of one person by id (scope is checked by the caller); null if not a collaborator. */
export async function scorecardOf(
  db: Executor,
  defaults: SettingsDefaults,
  personId: string,
  now: Date,
  timeZone: string,
  n: number,
): Promise<Scorecard | null> {
  const [person] = await db
    .select(collaboratorColumns)
    .from(people)
    .where(and(eq(people.id, personId), eq(people.role, 'collaborator')));
  const unit = person ? await settingsOfUnit(db, defaults, person.unitId) : null;
  if (!person || !unit) return null;
  return loadScorecard(db, person, unit.settings, now, timeZone, n);
}
