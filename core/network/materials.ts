import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { broadcasts, materialReads, materials, units } from '../../db/schema/index.js';
import { BroadcastInputError, type BroadcastAttachment, type BroadcastSettings, type DraftProblem } from '../broadcasts/broadcast.js';
import { submitDraft } from '../broadcasts/compose.js';
import { acknowledge } from '../broadcasts/ack.js';
import { appendAudit } from '../compliance/audit.js';
import type { Translate } from '../kernel/i18n.js';
import { refuse, type Ok, type Refusal } from '../kernel/result.js';
import { audienceRootInScope } from '../people/audience.js';
import type { Actor } from '../people/roster.js';
import { findUnitTyped } from '../people/units.js';
import { uploadAttachment, type KeptUpload } from '../broadcasts/attachment-file.js';
import { isUuid } from '../kernel/uuid.js';

/**
 * The training library (issue 17 item 5, `/tailieu`): an official publishes a document, link or
 * short note under a topic to a subtree. Publishing IS a guidance broadcast (one delivery path,
 * its «Đã nhận» under each copy) to the subtree's collaborators, with a `materials` row for the
 * library. A person sees the material published to their unit or any unit above it (officials
 * also their subtree's); «Đã đọc» is the delivery's acknowledgement, or a `material_reads` row
 * for someone who opens it later from /tailieu. The official sees who has read it.
 */
export type MaterialKind = 'document' | 'link' | 'note';
const TOPIC_MAX = 60;

export interface MaterialInput {
  topic: string;
  kind: MaterialKind;
  title: string;
  /** The note, or what the document or link is about. */
  body: string;
  link?: string | null;
  attachment?: BroadcastAttachment | null;
  /** A file given to the admin CLI, already kept (core/broadcasts/attachment-file.ts keepUpload). */
  upload?: KeptUpload | null;
  /** A unit's code or name as typed (core/people/units.ts findUnitTyped); null: the official's own unit. */
  unitCode: string | null;
}

export type PublishRefusal = Refusal<'not_official' | 'bad_topic' | 'bad_link' | 'no_file' | 'unknown_unit' | 'out_of_scope' | DraftProblem>;

/** Only officials publish and see readers; anyone else is refused and audited. */
async function notOfficial(tx: Executor, actor: Actor, action: string, targetId?: string): Promise<boolean> {
  if (actor.role === 'official' || actor.role === 'admin') return false;
  await appendAudit(tx, { actorId: actor.id, action, targetType: 'material', targetId, outcome: 'refused', details: { reason: 'not_official' } });
  return true;
}

/** A topic names a library shelf: words (not emoji only), spaces collapsed; null when unfit. */
export function cleanTopic(raw: string): string | null {
  const topic = raw.replace(/\s+/g, ' ').trim();
  return topic.length >= 2 && topic.length <= TOPIC_MAX && /\p{L}/u.test(topic) ? topic : null;
}

function isLink(raw: string): boolean {
  return /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(raw.trim()) && raw.trim().length <= 500;
}

/** Publishes: the broadcast (requires «Đã nhận», collaborators of the subtree) and the library row; both audited. */
export async function publishMaterial(
  tx: Executor,
  env: { settings: BroadcastSettings; t: Translate },
  actor: Actor,
  m: MaterialInput,
  now: Date,
): Promise<Ok<{ materialId: string; audience: number; status: string; unitName: string }> | PublishRefusal> {
  if (await notOfficial(tx, actor, 'material.publish')) return refuse('not_official');
  const topic = cleanTopic(m.topic);
  if (!topic) return refuse('bad_topic');
  if (m.kind === 'link' && !isLink(m.link ?? '')) return refuse('bad_link');
  const attachment = m.upload ? uploadAttachment(m.upload) : (m.attachment ?? null);
  if (m.kind === 'document' && !attachment) return refuse('no_file');
  const unit = m.unitCode ? await findUnitTyped(tx, m.unitCode) : { id: actor.unitId };
  if (!unit) return refuse('unknown_unit');
  const root = await audienceRootInScope(tx, actor, unit.id, 'material.publish');
  if (!root) return refuse('out_of_scope');
  // A file or link sent without a word about it still carries a body (guidance needs one): its title.
  const body = [m.body.trim() || (m.kind === 'note' ? '' : m.title.trim()), m.kind === 'link' ? `🔗 ${m.link!.trim()}` : ''].filter(Boolean).join('\n\n');
  let sent: Awaited<ReturnType<typeof submitDraft>>;
  // The file belongs to the material (anyone who sees it in /tailieu may open it): its id is known before the row.
  const materialId = randomUUID();
  try {
    const draft = {
      title: m.title,
      body,
      attachment,
      unitId: root.unitId,
      filters: { roles: ['collaborator' as const] },
      requireAck: true,
      urgent: false,
    };
    sent = await submitDraft(tx, actor, draft, env.settings, env.t, now, { upload: m.upload ?? null, owner: { type: 'material', id: materialId } });
  } catch (err) {
    if (err instanceof BroadcastInputError) return refuse(err.problems[0]!);
    throw err;
  }
  await tx
    .insert(materials)
    .values({ id: materialId, broadcastId: sent.id, topic, kind: m.kind, title: m.title.trim(), link: m.kind === 'link' ? m.link!.trim() : null });
  await appendAudit(tx, {
    actorId: actor.id,
    action: 'material.publish',
    targetType: 'material',
    targetId: materialId,
    outcome: 'ok',
    details: { topic, kind: m.kind },
  });
  return { ok: true, materialId, audience: sent.audience, status: sent.status, unitName: root.name };
}

/** Material published to the person's unit or above it — and, for officials, anywhere in their subtree. Cancelled ones are gone. */
function visibleSql(person: Actor) {
  const below = person.role === 'official' || person.role === 'admin' ? sql`or u.path like (select path from units where id = ${person.unitId}) || '%'` : sql``;
  return sql`b.status <> 'cancelled' and ((select path from units where id = ${person.unitId}) like u.path || '%' ${below})`;
}

export interface TopicCount {
  topic: string;
  count: number;
  unread: number;
  /** The newest material of the topic: buttons carry its id (a topic name may not fit 64 bytes). */
  newestId: string;
}

export async function listTopics(tx: Executor, person: Actor): Promise<TopicCount[]> {
  const rows = rowsOf<{ topic: string; n: number; unread: number; newest: string }>(
    await tx.execute(sql`
      select m.topic, count(*)::int as n,
        count(*) filter (where not exists (select 1 from material_reads r where r.material_id = m.id and r.person_id = ${person.id})
          and not exists (select 1 from sends s where s.broadcast_id = b.id and s.person_id = ${person.id} and s.state = 'acknowledged'))::int as unread,
        (array_agg(m.id order by m.created_at desc))[1] as newest
      from materials m join broadcasts b on b.id = m.broadcast_id join units u on u.id = b.unit_id
      where ${visibleSql(person)}
      group by m.topic order by max(m.created_at) desc limit 40`),
  );
  return rows.map((r) => ({ topic: r.topic, count: r.n, unread: r.unread, newestId: r.newest }));
}

export interface MaterialView {
  id: string;
  topic: string;
  kind: MaterialKind;
  title: string;
  body: string;
  link: string | null;
  attachment: BroadcastAttachment | null;
  unitName: string;
  unitId: string;
  createdAt: Date;
  read: boolean;
}

async function loadVisible(tx: Executor, person: Actor, where: ReturnType<typeof sql>, limit: number): Promise<MaterialView[]> {
  const rows = rowsOf<{
    id: string;
    topic: string;
    kind: MaterialKind;
    title: string;
    body: string;
    link: string | null;
    attachment: BroadcastAttachment | null;
    unit_name: string;
    unit_id: string;
    created_at: string | Date;
    read: boolean;
  }>(
    await tx.execute(sql`
      select m.id, m.topic, m.kind, m.title, b.body, m.link, b.attachment, u.name as unit_name, u.id as unit_id, m.created_at,
        (exists (select 1 from material_reads r where r.material_id = m.id and r.person_id = ${person.id})
          or exists (select 1 from sends s where s.broadcast_id = b.id and s.person_id = ${person.id} and s.state = 'acknowledged')) as read
      from materials m join broadcasts b on b.id = m.broadcast_id join units u on u.id = b.unit_id
      where ${visibleSql(person)} and ${where}
      order by m.created_at desc limit ${limit}`),
  );
  return rows.map((r) => ({ ...r, unitName: r.unit_name, unitId: r.unit_id, createdAt: new Date(r.created_at) }));
}

/** The materials of the topic of `anyId` (a material of that topic), newest first. */
export async function listByTopic(tx: Executor, person: Actor, anyId: string): Promise<{ topic: string; items: MaterialView[] } | null> {
  if (!isUuid(anyId)) return null;
  const [m] = await tx.select({ topic: materials.topic }).from(materials).where(eq(materials.id, anyId));
  if (!m) return null;
  return { topic: m.topic, items: await loadVisible(tx, person, sql`m.topic = ${m.topic}`, 30) };
}

export async function openMaterial(tx: Executor, person: Actor, id: string): Promise<MaterialView | null> {
  if (!isUuid(id)) return null;
  return (await loadVisible(tx, person, sql`m.id = ${id}`, 1))[0] ?? null;
}

/** «Đã đọc»: recorded once; the person's delivery of it (if any) is acknowledged too, so guidance figures agree. */
export async function markRead(tx: Executor, person: Actor, id: string, now: Date): Promise<Ok<{ title: string; already: boolean }> | Refusal<'not_found'>> {
  const m = await openMaterial(tx, person, id);
  if (!m) return refuse('not_found');
  const added = await tx.insert(materialReads).values({ materialId: id, personId: person.id, readAt: now }).onConflictDoNothing().returning();
  const [delivery] = rowsOf<{ id: string }>(
    await tx.execute(sql`
      select s.id from sends s join materials m on m.broadcast_id = s.broadcast_id
      where m.id = ${id} and s.person_id = ${person.id} order by s.id desc limit 1`),
  );
  if (delivery) await acknowledge(tx, person.id, Number(delivery.id), now);
  if (added.length > 0) await appendAudit(tx, { actorId: person.id, action: 'material.read', targetType: 'material', targetId: id, outcome: 'ok' });
  return { ok: true, title: m.title, already: m.read };
}

export interface Readers {
  title: string;
  /** Received it (a delivery) or read it. */
  total: number;
  read: { name: string; unit: string }[];
  notRead: { name: string; unit: string }[];
}

/** Who has read a material of the official's subtree (out of scope: refused, audited). */
export async function materialReaders(
  tx: Executor,
  official: Actor,
  id: string,
): Promise<Ok<Readers> | Refusal<'not_found' | 'out_of_scope' | 'not_official'>> {
  if (!isUuid(id)) return refuse('not_found');
  if (await notOfficial(tx, official, 'material.readers', id)) return refuse('not_official');
  const [m] = await tx
    .select({ title: materials.title, broadcastId: materials.broadcastId, unitId: broadcasts.unitId })
    .from(materials)
    .innerJoin(broadcasts, eq(broadcasts.id, materials.broadcastId))
    .innerJoin(units, eq(units.id, broadcasts.unitId))
    .where(eq(materials.id, id));
  if (!m) return refuse('not_found');
  if (!(await audienceRootInScope(tx, official, m.unitId, 'material.readers'))) return refuse('out_of_scope');
  const rows = rowsOf<{ name: string; unit: string; read: boolean }>(
    await tx.execute(sql`
      with who as (
        select person_id, bool_or(state = 'acknowledged') as acked from sends where broadcast_id = ${m.broadcastId} group by person_id
        union all
        select person_id, true from material_reads where material_id = ${id}
      )
      select p.display_name as name, u.name as unit, bool_or(w.acked) as read
      from who w join people p on p.id = w.person_id join units u on u.id = p.unit_id
      group by p.id, p.display_name, u.name order by u.name, p.display_name`),
  );
  await appendAudit(tx, { actorId: official.id, action: 'material.readers', targetType: 'material', targetId: id, outcome: 'ok' });
  const pick = (read: boolean) => rows.filter((r) => r.read === read).map((r) => ({ name: r.name, unit: r.unit }));
  return { ok: true, title: m.title, total: rows.length, read: pick(true), notRead: pick(false) };
}
