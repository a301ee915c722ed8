import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { topics } from '../../db/schema/index.js';
import type { Locale } from '../kernel/i18n.js';
import { DEFAULT_TAXONOMY } from './topic-taxonomy.js';

/** A topic as the flows offer it: named in the conversation's locale. */
export interface TopicView {
  code: string;
  parentCode: string | null;
  name: string;
}

/**
 * Inserts the default taxonomy; running it again changes nothing an admin edited (names and
 * the active flag of existing codes are kept), it only adds codes that are missing.
 */
export async function seedTopics(db: Executor): Promise<{ inserted: number }> {
  const rows: (typeof topics.$inferInsert)[] = [];
  DEFAULT_TAXONOMY.forEach(({ group, children }, g) => {
    rows.push({ code: group[0], parentCode: null, nameVi: group[1], nameEn: group[2], sort: (g + 1) * 100 });
    children.forEach((c, i) => rows.push({ code: c[0], parentCode: group[0], nameVi: c[1], nameEn: c[2], sort: (g + 1) * 100 + i + 1 }));
  });
  const inserted = await db.insert(topics).values(rows).onConflictDoNothing({ target: topics.code }).returning({ code: topics.code });
  return { inserted: inserted.length };
}

/** Active topics in display order, named in the requested locale. */
export async function listTopics(db: Executor, locale: Locale = 'vi'): Promise<TopicView[]> {
  const rows = await db.select().from(topics).where(eq(topics.active, true)).orderBy(asc(topics.sort), asc(topics.code));
  return rows.map((r) => ({ code: r.code, parentCode: r.parentCode, name: locale === 'en' ? r.nameEn : r.nameVi }));
}
