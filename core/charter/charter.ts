import { and, desc, eq, isNotNull, isNull, like, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { charterAcceptances, charterVersions, people, units } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { refuse, type Ok, type Refusal } from '../kernel/result.js';
import { splitText } from '../kernel/text.js';

/**
 * Quy chế hoạt động của cộng tác viên (issue 17 item 5): the admin publishes a version, every
 * collaborator reads and accepts it — at registration, or once on their next message after a new
 * version is in force — and officials see who has not. Only collaborators are asked.
 */
export interface CharterView {
  id: string;
  version: string;
  title: string;
  body: string;
  mediaId: string | null;
}

/** A chat message's worth of the text: parts end on paragraph boundaries (Zalo's 2,000 is the smallest limit). */
const PART_CHARS = 1_800;
const MAX_VERSION = 40;
const MAX_TITLE = 200;
const MAX_BODY = 100_000;

export function charterParts(body: string): string[] {
  return splitText(body.trim(), PART_CHARS);
}

export async function currentCharter(db: Executor): Promise<CharterView | null> {
  const [row] = await db
    .select({
      id: charterVersions.id,
      version: charterVersions.version,
      title: charterVersions.title,
      body: charterVersions.body,
      mediaId: charterVersions.mediaId,
    })
    .from(charterVersions)
    .orderBy(desc(charterVersions.publishedAt))
    .limit(1);
  return row ?? null;
}

export type PublishRefusal = 'bad_version' | 'bad_title' | 'empty' | 'too_long' | 'exists';

/** A new version in force from now; everyone is asked again on their next message. Audited. */
export async function publishCharter(
  tx: Executor,
  by: string | null,
  c: { version: string; title: string; body: string; mediaId?: string | null; now: Date },
): Promise<Ok<{ id: string }> | Refusal<PublishRefusal>> {
  const version = c.version.trim();
  const body = c.body.replace(/\r\n?/g, '\n').trim();
  if (!/^[\p{L}\p{N}._/-]{1,40}$/u.test(version) || version.length > MAX_VERSION) return refuse('bad_version');
  if (!c.title.trim() || c.title.length > MAX_TITLE) return refuse('bad_title');
  if (!body) return refuse('empty');
  if (body.length > MAX_BODY) return refuse('too_long');
  const [row] = await tx
    .insert(charterVersions)
    .values({ version, title: c.title.trim(), body, mediaId: c.mediaId ?? null, publishedBy: by, publishedAt: c.now })
    .onConflictDoNothing()
    .returning({ id: charterVersions.id });
  if (!row) return refuse('exists');
  await appendAudit(tx, { actorId: by, action: 'charter.publish', targetType: 'charter', targetId: row.id, outcome: 'ok', details: { version } });
  return { ok: true, id: row.id };
}

/**
 * The version was put in front of the person: recorded once (true the first time). The people
 * row carries the last version asked, so the intake knows without another query who is due.
 */
export async function markAsked(tx: Executor, personId: string, versionId: string, now: Date): Promise<boolean> {
  await tx.update(people).set({ charterVersionId: versionId }).where(eq(people.id, personId));
  const fresh = await tx
    .insert(charterAcceptances)
    .values({ personId, versionId, askedAt: now })
    .onConflictDoNothing()
    .returning({ p: charterAcceptances.personId });
  return fresh.length > 0;
}

export async function hasAccepted(db: Executor, personId: string, versionId: string): Promise<boolean> {
  const [row] = await db
    .select({ at: charterAcceptances.acceptedAt })
    .from(charterAcceptances)
    .where(and(eq(charterAcceptances.personId, personId), eq(charterAcceptances.versionId, versionId), isNotNull(charterAcceptances.acceptedAt)));
  return !!row;
}

/** Acceptance of the version in force (an older version's button says so); a second tap changes nothing. Audited. */
export async function acceptCharter(
  tx: Executor,
  personId: string,
  versionId: string,
  now: Date,
): Promise<Ok<{ version: string; changed: boolean }> | Refusal<'none' | 'outdated'>> {
  const current = await currentCharter(tx);
  if (!current) return refuse('none');
  if (current.id !== versionId) return refuse('outdated');
  await markAsked(tx, personId, versionId, now);
  const done = await tx
    .update(charterAcceptances)
    .set({ acceptedAt: now })
    .where(and(eq(charterAcceptances.personId, personId), eq(charterAcceptances.versionId, versionId), isNull(charterAcceptances.acceptedAt)))
    .returning({ p: charterAcceptances.personId });
  if (done.length > 0) {
    await appendAudit(tx, {
      actorId: personId,
      action: 'charter.accept',
      targetType: 'charter',
      targetId: versionId,
      outcome: 'ok',
      details: { version: current.version },
    });
  }
  return { ok: true, version: current.version, changed: done.length > 0 };
}

export interface CharterStanding {
  version: string;
  total: number;
  accepted: number;
  /** Names of active collaborators who have not accepted yet, first ones by name. */
  pending: string[];
}

/** Who in a subtree (its unit path) has accepted the version in force: a line of /thongke. */
export async function charterStanding(db: Executor, path: string, limit = 10): Promise<CharterStanding | null> {
  const current = await currentCharter(db);
  if (!current) return null;
  const accepted = sql<boolean>`${charterAcceptances.acceptedAt} is not null`;
  const rows = await db
    .select({ name: people.displayName, accepted })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .leftJoin(charterAcceptances, and(eq(charterAcceptances.personId, people.id), eq(charterAcceptances.versionId, current.id)))
    .where(and(like(units.path, `${path}%`), eq(people.role, 'collaborator'), eq(people.status, 'active')))
    .orderBy(people.displayName);
  const pending = rows.filter((r) => !r.accepted).map((r) => r.name);
  return { version: current.version, total: rows.length, accepted: rows.length - pending.length, pending: pending.slice(0, limit) };
}
