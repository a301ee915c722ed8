import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';

/** Small read models of the console's lists, each bounded to a subtree (`rootPath`). */

export async function pollsInScope(db: Executor, rootPath: string, limit = 50) {
  const rows = rowsOf<{ id: string; question: string; status: string; closes_at: string; created_at: string; unit_name: string }>(
    await db.execute(sql`
      select c.id, s.definition->'questions'->0->>'text' as question, case c.status when 'closed' then 'closed' else 'open' end as status,
             c.closes_at, c.created_at, u.name as unit_name
      from survey_campaigns c join surveys s on s.id = c.survey_id join units u on u.id = c.unit_id
      where c.kind = 'poll' and u.path like ${`${rootPath}%`}
      order by c.created_at desc limit ${limit}`),
  );
  return rows.map((r) => ({
    id: r.id,
    question: r.question,
    status: r.status,
    closesAt: new Date(r.closes_at),
    createdAt: new Date(r.created_at),
    unitName: r.unit_name,
  }));
}

export async function synthesisRunsInScope(db: Executor, rootPath: string, limit = 50) {
  const rows = rowsOf<{
    id: string;
    period: string;
    status: string;
    unit_name: string;
    created_at: string;
    report_count: number | null;
    docx: boolean;
    md: boolean;
  }>(
    await db.execute(sql`
      select s.id, s.period, s.status, u.name as unit_name, s.created_at, s.report_count,
             s.docx_path is not null as docx, s.markdown_path is not null as md
      from synthesis_runs s join units u on u.id = s.unit_id where u.path like ${`${rootPath}%`}
      order by s.created_at desc limit ${limit}`),
  );
  return rows.map((r) => ({ ...r, createdAt: new Date(r.created_at) }));
}

/** Collaborators per unit, sector and stratum, with status and last activity (the roster's data). */
export async function networkInScope(db: Executor, rootPath: string, opts: { unitId?: string | null; limit: number; offset: number }) {
  const unitCond = opts.unitId ? sql`and p.unit_id = ${opts.unitId}` : sql``;
  const where = sql`u.path like ${`${rootPath}%`} and p.role = 'collaborator' ${unitCond}`;
  const summary = rowsOf<{ unit_id: string; unit_name: string; active: number; inactive: number; total: number }>(
    await db.execute(sql`
      select u.id as unit_id, u.name as unit_name, count(*) filter (where p.status = 'active')::int as active,
             count(*) filter (where p.status <> 'active')::int as inactive, count(*)::int as total
      from people p join units u on u.id = p.unit_id where ${where} group by u.id, u.name, u.path order by u.path`),
  );
  const people = rowsOf<{ id: string; name: string; unit_name: string; sector: string | null; stratum: string | null; status: string; last: string | null }>(
    await db.execute(sql`
      select p.id, p.display_name as name, u.name as unit_name, p.sector, p.stratum, p.status,
             (select max(ca.last_inbound_at) from channel_accounts ca where ca.person_id = p.id) as last
      from people p join units u on u.id = p.unit_id where ${where}
      order by u.path, p.display_name limit ${opts.limit} offset ${opts.offset}`),
  );
  const total = summary.reduce((s, r) => s + Number(r.total), 0);
  return { summary, people: people.map((p) => ({ ...p, last: p.last ? new Date(p.last) : null })), total };
}

export async function auditPage(db: Executor, limit: number, beforeId: number | null) {
  const before = beforeId ? sql`where a.id < ${beforeId}` : sql``;
  return rowsOf<{ id: number; at: string; action: string; outcome: string; target_type: string | null; target_id: string | null; actor: string | null }>(
    await db.execute(sql`
      select a.id, a.at, a.action, a.outcome, a.target_type, a.target_id, p.display_name as actor
      from audit_log a left join people p on p.id = a.actor_id ${before} order by a.id desc limit ${limit}`),
  );
}
