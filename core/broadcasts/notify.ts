import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { rowsOf, type Db, type Executor } from '../../db/client.js';
import { broadcasts, people, sends as d, units } from '../../db/schema/index.js';
import { localeOf, type Locale, type Translate } from '../kernel/i18n.js';
import { queueMessage } from '../delivery/sends.js';

/** Officials told about a broadcast per unit (non-acknowledgers) are capped to keep lists readable. */
const MAX_NAMES = 40;
const MAX_APPROVERS = 5;

interface Recipient {
  id: string;
  locale: Locale;
}

const asLocale = (l: string): Locale => localeOf(l);

/**
 * Active officials of the nearest level at or above `unitPath` that has any (their own unit
 * first, then up the tree), never `exclude`.
 */
async function nearestOfficials(db: Executor, unitPath: string, exclude: string[] = [], limit = 20): Promise<Recipient[]> {
  const chain = unitPath.split('/').filter(Boolean).reverse();
  const rows = await db
    .select({ id: people.id, locale: people.locale, unitId: people.unitId })
    .from(people)
    .where(and(inArray(people.unitId, chain), inArray(people.role, ['official', 'admin']), eq(people.status, 'active')))
    .orderBy(asc(people.createdAt));
  const eligible = rows.filter((r) => !exclude.includes(r.id));
  const level = chain.find((u) => eligible.some((r) => r.unitId === u));
  return eligible
    .filter((r) => r.unitId === level)
    .slice(0, limit)
    .map((r) => ({ id: r.id, locale: asLocale(r.locale) }));
}

/**
 * Asks officials at the broadcast's unit or above (never the author) to approve; each gets
 * approve / reject buttons. Returns how many were asked (0: nobody can approve).
 */
export async function requestApproval(tx: Executor, broadcastId: string, t: Translate): Promise<number> {
  const [b] = await tx
    .select({ b: broadcasts, unitName: units.name, unitPath: units.path, author: people.displayName })
    .from(broadcasts)
    .innerJoin(units, eq(units.id, broadcasts.unitId))
    .innerJoin(people, eq(people.id, broadcasts.authorId))
    .where(eq(broadcasts.id, broadcastId));
  if (!b) return 0;
  const chain = b.unitPath.split('/').filter(Boolean);
  const approvers = await tx
    .select({ id: people.id, locale: people.locale })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .where(and(inArray(people.unitId, chain), inArray(people.role, ['official', 'admin']), eq(people.status, 'active'), ne(people.id, b.b.authorId)))
    .orderBy(sql`length(${units.path}) desc`, asc(people.createdAt))
    .limit(MAX_APPROVERS);
  let asked = 0;
  for (const a of approvers) {
    const l = asLocale(a.locale);
    const text = t(l, 'broadcast-approval-request', { author: b.author, title: b.b.title, unit: b.unitName, count: b.b.audienceSize });
    const choices = [
      { label: t(l, 'broadcast-btn-approve'), data: `ba:${broadcastId}:y` },
      { label: t(l, 'broadcast-btn-reject'), data: `ba:${broadcastId}:n` },
    ];
    if (await queueMessage(tx, { purpose: `bappr-${broadcastId}`, personId: a.id, message: { type: 'text', text, choices }, lane: 'interactive' })) asked++;
  }
  return asked;
}

/** Tells the author what a second official decided. */
export async function notifyAuthor(
  tx: Executor,
  broadcastId: string,
  key: 'broadcast-approved-author' | 'broadcast-rejected-author',
  deciderName: string,
  t: Translate,
): Promise<void> {
  const [b] = await tx
    .select({ title: broadcasts.title, authorId: broadcasts.authorId, locale: people.locale })
    .from(broadcasts)
    .innerJoin(people, eq(people.id, broadcasts.authorId))
    .where(eq(broadcasts.id, broadcastId));
  if (!b) return;
  const text = t(asLocale(b.locale), key, { title: b.title, official: deciderName });
  await queueMessage(tx, { purpose: `bdec-${broadcastId}`, personId: b.authorId, message: { type: 'text', text }, lane: 'interactive' });
}

/**
 * After the deadline: to the officials of each unit (nearest level with officials), the list of
 * their people who received the guidance but did not acknowledge it. One transaction per unit;
 * the ledger's purpose key makes a re-run send nothing twice.
 */
export async function reportNonAcknowledgers(db: Db, broadcastId: string, title: string, t: Translate): Promise<number> {
  const perUnit = rowsOf<{ unit_id: string; path: string; name: string; n: number }>(
    await db.execute(sql`
      select x.unit_id, u.path, u.name, x.n from (
        select unit_id, count(*)::int as n from ${d} where broadcast_id = ${broadcastId} and state = 'sent' group by unit_id) x
      join units u on u.id = x.unit_id order by u.path`),
  );
  let messages = 0;
  for (const unit of perUnit) {
    const names = await db
      .select({ name: people.displayName })
      .from(d)
      .innerJoin(people, eq(people.id, d.personId))
      .where(and(eq(d.broadcastId, broadcastId), eq(d.unitId, unit.unit_id), eq(d.state, 'sent')))
      .orderBy(asc(people.displayName))
      .limit(MAX_NAMES);
    const officials = await nearestOfficials(db, unit.path);
    await db.transaction(async (tx) => {
      for (const o of officials) {
        const list = names.map((r) => `• ${r.name}`).join('\n');
        const more = Number(unit.n) - names.length;
        const text = [
          t(o.locale, 'broadcast-nonack-report', { title, unit: unit.name, count: Number(unit.n) }),
          list,
          more > 0 ? t(o.locale, 'broadcast-nonack-more', { n: more }) : '',
        ]
          .filter(Boolean)
          .join('\n');
        if (await queueMessage(tx, { purpose: `bnack-${broadcastId}-${unit.unit_id}`, personId: o.id, message: { type: 'text', text }, lane: 'interactive' }))
          messages++;
      }
    });
  }
  return messages;
}
