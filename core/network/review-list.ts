import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { lastDuePeriod, shiftPeriod, type CivilDate } from '../kernel/periods.js';
import { compareVi } from '../kernel/text.js';
import { classify, memberUnitIds } from '../reports/completeness.js';
import { loadCollaborators, loadSubmissions } from '../reports/completeness-load.js';
import type { UnitNode, UnitTree } from '../people/unit-tree.js';
import { reviewReasons, type Scorecard } from './scorecard.js';

/**
 * The monthly «cần xem xét» list (issue 17 item 3): every active collaborator whose scorecard over
 * the last N due periods of their unit gives a reason to look at them (scorecard.ts
 * reviewReasons) — no report at all, only periodic reports missing, mostly late, mostly sent back,
 * every giao ban meeting missed.
 * The same counts as the card's scorecard, for the whole tree in five queries: activity is
 * counted per local month and summed from the first month of each person's window.
 */
export interface ReviewEntry {
  personId: string;
  displayName: string;
  unitId: string;
  reasons: Scorecard['reasons'];
  /** The missed periods, newest first (empty when none was missed). */
  missed: string[];
}

type Counts = Pick<Scorecard, 'quick' | 'thematic' | 'alerts' | 'useful' | 'needsMore' | 'meetingsInvited' | 'meetingsAttended'>;
const ZERO: Counts = { quick: 0, thematic: 0, alerts: 0, useful: 0, needsMore: 0, meetingsInvited: 0, meetingsAttended: 0 };

/** Per person and local month ('YYYY-MM'): what they filed and how officials judged it. */
async function monthlyActivity(db: Executor, ids: string[], since: string, timeZone: string, now: Date): Promise<Map<string, (Counts & { month: string })[]>> {
  const rows = rowsOf<{ person_id: string; month: string; kind: keyof Counts; n: number }>(
    await db.execute(sql`
      with r as (
        select id, reporter_id, kind, status, to_char(submitted_at at time zone ${timeZone}, 'YYYY-MM') as month from reports
        where reporter_id = any(${sql.param(ids)}::uuid[]) and status <> 'draft' and submitted_at is not null)
      select reporter_id as person_id, month, kind, count(*)::int as n from r where month >= ${since} and kind in ('quick', 'thematic') group by 1, 2, 3
      union all
      select reporter_id, month, 'needsMore', count(*)::int from r where month >= ${since} and status = 'needs_more' group by 1, 2
      union all
      select reporter_id, month, 'useful', count(distinct r.id)::int from r join report_ratings rr on rr.report_id = r.id where month >= ${since} group by 1, 2
      union all
      select reporter_id, to_char(created_at at time zone ${timeZone}, 'YYYY-MM'), 'alerts', count(*)::int from hot_spots
      where reporter_id = any(${sql.param(ids)}::uuid[]) and to_char(created_at at time zone ${timeZone}, 'YYYY-MM') >= ${since} group by 1, 2
      union all
      select i.person_id, m.month, x.kind, count(*) filter (where x.kind = 'meetingsInvited' or coalesce(i.attended, i.checked_in_at is not null))::int
      from meeting_invitees i
      join (select id, to_char(starts_at at time zone ${timeZone}, 'YYYY-MM') as month from meetings
            where status = 'scheduled' and ends_at < ${now.toISOString()}::timestamptz) m on m.id = i.meeting_id
      cross join (values ('meetingsInvited'), ('meetingsAttended')) as x(kind)
      where i.person_id = any(${sql.param(ids)}::uuid[]) and m.month >= ${since} group by 1, 2, 3`),
  );
  const out = new Map<string, (Counts & { month: string })[]>();
  for (const r of rows) {
    const list = out.get(r.person_id) ?? [];
    let m = list.find((x) => x.month === r.month);
    if (!m) list.push((m = { ...ZERO, month: r.month }));
    m[r.kind] += r.n;
    out.set(r.person_id, list);
  }
  return out;
}

function sumFrom(months: (Counts & { month: string })[] | undefined, first: string): Counts {
  const c = { ...ZERO };
  for (const m of months ?? []) if (m.month >= first) for (const k of Object.keys(ZERO) as (keyof Counts)[]) c[k] += m[k];
  return c;
}

export async function findForReview(
  db: Executor,
  tree: UnitTree,
  targets: UnitNode[],
  at: { today: CivilDate; now: Date },
  timeZone: string,
  n: number,
): Promise<ReviewEntry[]> {
  const today = at.today;
  const windows = new Map(
    targets.map((u) => {
      const last = lastDuePeriod(today, tree.settings(u.id));
      return [u.id, Array.from({ length: n }, (_, k) => shiftPeriod(last, -k))];
    }),
  );
  const active = (await loadCollaborators(db, memberUnitIds(tree, targets))).filter((c) => c.status === 'active');
  if (active.length === 0) return [];
  const allPeriods = [...new Set([...windows.values()].flat())].sort();
  const ids = active.map((c) => c.id);
  const subs = await loadSubmissions(db, ids, allPeriods);
  const activity = await monthlyActivity(db, ids, allPeriods[0]!, timeZone, at.now);
  const out: ReviewEntry[] = [];
  for (const c of active) {
    const unit = tree.effective(c.unitId);
    const periods = unit && windows.get(unit.id);
    if (!unit || !periods) continue;
    const settings = tree.settings(unit.id);
    const states = periods.map((period) => ({ period, state: classify(period, settings, c, subs.get(`${c.id}/${period}`), timeZone) }));
    const count = (s: string) => states.filter((x) => x.state === s).length;
    const base = { periods: states, onTime: count('on_time'), late: count('late'), missing: count('missing'), ...sumFrom(activity.get(c.id), periods.at(-1)!) };
    const reasons = reviewReasons(base);
    if (reasons.length === 0) continue;
    const missed = states.filter((x) => x.state === 'missing').map((x) => x.period);
    out.push({ personId: c.id, displayName: c.displayName, unitId: unit.id, reasons, missed });
  }
  return out.sort((a, b) => a.unitId.localeCompare(b.unitId) || compareVi(a.displayName, b.displayName));
}
