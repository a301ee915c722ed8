import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { installation } from '../../db/schema/index.js';

/**
 * The prefix of every Redis key of this deployment: QUEUE_PREFIX when set, else the one stored
 * with this database (created on first start as dlxh-<8 hex of a new id>). Every bot and worker
 * process on the same database reads the same row, so they share queues; a new database, even on
 * the same Redis, starts with empty queues.
 */
export async function resolveQueuePrefix(db: Db, explicit: string | undefined): Promise<string> {
  if (explicit) return explicit;
  const id = randomUUID();
  await db
    .insert(installation)
    .values({ id: 1, installationId: id, queuePrefix: `dlxh-${id.slice(0, 8)}` })
    .onConflictDoNothing({ target: installation.id });
  const [row] = await db.select({ prefix: installation.queuePrefix }).from(installation);
  return row!.prefix;
}
