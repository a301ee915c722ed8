import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { people, units } from '../../db/schema/index.js';
import { rawAudienceWhere, type AudienceFilters } from '../people/audience.js';

/** The poll's audience (core/people/audience.ts rules), without the author. */
export async function countPollAudience(db: Executor, rootPath: string, filters: AudienceFilters, authorId: string): Promise<number> {
  const rows = rowsOf<{ n: number }>(
    await db.execute(
      sql`select count(*)::int as n from ${people} p join ${units} u on u.id = p.unit_id where ${rawAudienceWhere(rootPath, filters)} and p.id <> ${authorId}`,
    ),
  );
  return Number(rows[0]?.n ?? 0);
}
