import { and, desc, eq, gt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { broadcasts } from '../../db/schema/index.js';
import type { BroadcastDraft } from './broadcast.js';
import { lockAuthorRequests } from '../platform/author-lock.js';

/** How long the same guidance from the same official counts as the same sending (a form sent again). */
const TWIN_WINDOW = sql`interval '15 minutes'`;

/**
 * The guidance this official created moments ago for the same unit with the same title and body:
 * a page reloaded after «Gửi», «back» and «Gửi» again, two tabs. Sending it again would reach the
 * whole audience twice. Takes a per-author lock first, so two such requests at once see each other.
 */
export async function recentTwin(
  tx: Executor,
  authorId: string,
  d: Pick<BroadcastDraft, 'unitId' | 'title' | 'body'>,
): Promise<{ id: string; createdAt: Date } | null> {
  await lockAuthorRequests(tx, 'broadcast-compose', authorId);
  const [twin] = await tx
    .select({ id: broadcasts.id, createdAt: broadcasts.createdAt })
    .from(broadcasts)
    .where(
      and(
        eq(broadcasts.authorId, authorId),
        eq(broadcasts.unitId, d.unitId),
        eq(broadcasts.title, d.title),
        eq(broadcasts.body, d.body),
        ne(broadcasts.status, 'cancelled'),
        gt(broadcasts.createdAt, sql`now() - ${TWIN_WINDOW}`),
      ),
    )
    .orderBy(desc(broadcasts.createdAt))
    .limit(1);
  return twin ?? null;
}
