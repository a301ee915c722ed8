import { createHash } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { surveys } from '../../db/schema/index.js';
import type { Questionnaire } from './definition.js';

/** Stored questionnaires: importing a file makes a new version of its code unless nothing changed. */
export async function importQuestionnaire(db: Executor, q: Questionnaire): Promise<{ id: string; version: number; created: boolean }> {
  const digest = createHash('sha256').update(JSON.stringify(q)).digest('hex');
  const [latest] = await db.select().from(surveys).where(eq(surveys.code, q.code)).orderBy(desc(surveys.version)).limit(1);
  if (latest?.digest === digest) return { id: latest.id, version: latest.version, created: false };
  const version = (latest?.version ?? 0) + 1;
  const [row] = await db.insert(surveys).values({ code: q.code, version, title: q.title, definition: q, digest }).returning({ id: surveys.id });
  return { id: row!.id, version, created: true };
}

export async function latestQuestionnaires(db: Executor, limit = 30): Promise<{ id: string; code: string; version: number; title: string }[]> {
  const rows = await db
    .selectDistinctOn([surveys.code], { id: surveys.id, code: surveys.code, version: surveys.version, title: surveys.title })
    .from(surveys)
    // A quick poll's one-question definition (core/polls) is not a questionnaire to send again.
    .where(sql`not exists (select 1 from survey_campaigns c where c.survey_id = ${surveys.id} and c.kind = 'poll')`)
    .orderBy(surveys.code, desc(surveys.version))
    .limit(limit);
  return rows;
}
