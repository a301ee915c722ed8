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

/**
 * Who is asked, fixed when the poll goes out (people who join later are not asked; people
 * suspended later keep their answer). Set-based, so a large audience is one statement; a
 * re-run adds nobody twice.
 */
export async function snapshotRecipients(tx: Executor, poll: { id: string; authorId: string }, rootPath: string, filters: AudienceFilters): Promise<number> {
  await tx.execute(sql`
    insert into poll_recipients (poll_id, person_id, unit_id)
    select ${poll.id}, p.id, p.unit_id from ${people} p join ${units} u on u.id = p.unit_id
    where ${rawAudienceWhere(rootPath, filters)} and p.id <> ${poll.authorId}
    on conflict do nothing`);
  const rows = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from poll_recipients where poll_id = ${poll.id}`));
  return Number(rows[0]?.n ?? 0);
}
