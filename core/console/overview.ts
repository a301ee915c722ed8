import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { visibleInAliased } from '../reports/visible-unit.js';

/** Read models of the console's dashboard, all bounded to a subtree (`rootPath`). */

/** Active alerts (open, acknowledged, handling) per severity, and how many nobody has taken. */
export async function alertsBySeverity(db: Executor, rootPath: string): Promise<{ severity: number; active: number; open: number }[]> {
  const rows = rowsOf<{ severity: number; active: number; open: number }>(
    await db.execute(sql`
      select h.severity, count(*)::int as active, (count(*) filter (where h.status = 'open'))::int as open
      from hot_spots h join units u on u.id = h.unit_id
      where ${visibleInAliased('h', 'u', rootPath)} and h.status in ('open', 'acknowledged', 'handling')
      group by h.severity`),
  );
  return [4, 3, 2, 1].map((s) => {
    const r = rows.find((x) => Number(x.severity) === s);
    return { severity: s, active: Number(r?.active ?? 0), open: Number(r?.open ?? 0) };
  });
}

export interface ActivityItem {
  kind: 'report' | 'hot_spot_event';
  id: string;
  label: string;
  detail: string;
  unitName: string;
  at: Date;
  /** A report sent as urgent (khẩn). */
  urgent: boolean;
}

/** The latest reports filed and alert events in the subtree, newest first. */
export async function latestActivity(db: Executor, rootPath: string, limit = 10): Promise<ActivityItem[]> {
  const rows = rowsOf<{ kind: string; id: string; label: string; detail: string; unit_name: string; at: string; urgent: boolean }>(
    await db.execute(sql`
      (select 'report' as kind, r.id::text as id, coalesce(r.receipt_no, '') as label, r.kind as detail, u.name as unit_name, r.submitted_at as at, r.urgent
       from reports r join units u on u.id = r.unit_id
       where ${visibleInAliased('r', 'u', rootPath)} and r.status <> 'draft' and r.submitted_at is not null
       order by r.submitted_at desc limit ${limit})
      union all
      (select 'hot_spot_event', h.id::text, h.receipt_no, e.kind, u.name, e.created_at, false
       from hot_spot_events e join hot_spots h on h.id = e.hot_spot_id join units u on u.id = h.unit_id
       where ${visibleInAliased('h', 'u', rootPath)} and e.kind in ('created', 'acknowledged', 'handling', 'resolved', 'false_alarm', 'escalated', 'merged')
       order by e.created_at desc limit ${limit})
      order by at desc limit ${limit}`),
  );
  return rows.map((r) => ({
    kind: r.kind as ActivityItem['kind'],
    id: r.id,
    label: r.label,
    detail: r.detail,
    unitName: r.unit_name,
    at: new Date(r.at),
    urgent: r.urgent === true,
  }));
}
