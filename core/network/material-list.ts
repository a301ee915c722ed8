import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import type { MaterialKind } from './materials.js';

/**
 * The training library as a table (admin CLI `materials`, the console's Tài liệu page): what a
 * unit's officials see in /tailieu — material published to their unit, a unit above it, or any
 * unit of their subtree — with «Ai đã đọc» counted among the people of their subtree only (a
 * province's material, seen from a district, shows that district's readers).
 */
export interface MaterialRow {
  id: string;
  topic: string;
  kind: MaterialKind;
  title: string;
  unitName: string;
  createdAt: Date;
  /** The guidance's status (sending, awaiting_approval, done, cancelled …). */
  status: string;
  hasFile: boolean;
  /** People of the subtree it reached (a delivery) or who opened it later. */
  audience: number;
  read: number;
}

/** Newest first; `path` '' is every unit (the admin CLI). */
export async function materialsOfSubtree(db: Executor, path: string, opts: { topic?: string; limit?: number } = {}): Promise<MaterialRow[]> {
  const topic = opts.topic ? sql`and m.topic = ${opts.topic}` : sql``;
  const rows = rowsOf<{
    id: string;
    topic: string;
    kind: MaterialKind;
    title: string;
    unit_name: string;
    created_at: string | Date;
    status: string;
    has_file: boolean;
    audience: number;
    read: number;
  }>(
    await db.execute(sql`
      with shown as (
        select m.id, m.topic, m.kind, m.title, m.created_at, b.id as broadcast_id, b.status, b.attachment is not null as has_file, u.name as unit_name
        from materials m join broadcasts b on b.id = m.broadcast_id join units u on u.id = b.unit_id
        where (u.path like ${path} || '%' or ${path} like u.path || '%') ${topic}
        order by m.created_at desc limit ${opts.limit ?? 50}
      ),
      who as (
        select sh.id, s.person_id, s.state = 'acknowledged' as read from shown sh join sends s on s.broadcast_id = sh.broadcast_id
        union all
        select r.material_id, r.person_id, true from material_reads r where r.material_id in (select id from shown)
      ),
      counted as (
        select w.id, count(distinct w.person_id)::int as audience, count(distinct w.person_id) filter (where w.read)::int as read
        from who w join people p on p.id = w.person_id join units pu on pu.id = p.unit_id
        where pu.path like ${path} || '%'
        group by w.id
      )
      select sh.*, coalesce(c.audience, 0) as audience, coalesce(c.read, 0) as read
      from shown sh left join counted c on c.id = sh.id
      order by sh.created_at desc`),
  );
  return rows.map((r) => ({
    id: r.id,
    topic: r.topic,
    kind: r.kind,
    title: r.title,
    unitName: r.unit_name,
    createdAt: new Date(r.created_at),
    status: r.status,
    hasFile: r.has_file,
    audience: r.audience,
    read: r.read,
  }));
}
