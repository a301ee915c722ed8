import { asc, eq, inArray } from 'drizzle-orm';
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

/** The names of these topic codes: as the table has them, else as the default taxonomy does (a table not seeded). */
export async function topicNames(db: Executor, codes: string[]): Promise<Map<string, { vi: string; en: string }>> {
  const names = new Map<string, { vi: string; en: string }>();
  if (codes.length === 0) return names;
  for (const { group, children } of DEFAULT_TAXONOMY) for (const [code, vi, en] of [group, ...children]) if (codes.includes(code)) names.set(code, { vi, en });
  const rows = await db.select({ code: topics.code, vi: topics.nameVi, en: topics.nameEn }).from(topics).where(inArray(topics.code, codes));
  for (const r of rows) names.set(r.code, { vi: r.vi, en: r.en });
  return names;
}
