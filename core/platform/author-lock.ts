import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';

/**
 * Holds, until the transaction ends, a lock on one author's requests of one kind: two copies of
 * the same form sent at once (a reload, «back» and send again, two tabs) queue here, so the
 * second sees the row the first wrote and is answered with it instead of acting twice.
 */
export async function lockAuthorRequests(tx: Executor, kind: string, authorId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${kind}:${authorId}`}))`);
}
