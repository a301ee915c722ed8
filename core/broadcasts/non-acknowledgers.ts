import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';

/** Who received a guidance that asks for acknowledgement and has not acknowledged it (by unit, then name). */
export async function nonAcknowledgers(db: Executor, broadcastId: string, limit = 500): Promise<{ name: string; unitName: string; state: string }[]> {
  const rows = rowsOf<{ name: string; unit_name: string; state: string }>(
    await db.execute(sql`
      select p.display_name as name, u.name as unit_name, d.state
      from sends d join people p on p.id = d.person_id join units u on u.id = d.unit_id
      where d.broadcast_id = ${broadcastId} and d.state <> 'acknowledged'
      order by u.name, p.display_name limit ${limit}`),
  );
  return rows.map((r) => ({ name: r.name, unitName: r.unit_name, state: r.state }));
}
