import { and, asc, eq, inArray, like, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conversations, people, units } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { queueMessage } from '../delivery/sends.js';
import { localeOf, type Locale } from '../kernel/i18n.js';
import { refuse, type Ok, type Refusal } from '../kernel/result.js';
import { STRATA } from '../reports/draft.js';
import { audienceRootInScope, type AudienceRoot } from './audience.js';
import { createInvite } from './invites.js';
import type { Role } from './people.js';
import { findUnitTyped } from './units.js';

/**
 * The roster actions an official takes on the people of their subtree (issue 17 item 1): invite
 * one, edit sector/stratum/unit, suspend / reactivate, replace, mark as left. Chat, console and
 * CLI call these; each checks scope (the person's unit and any target unit lie in the actor's
 * subtree), refuses acting on oneself or on someone of a higher role, and appends one audit entry
 * ('ok' or 'refused') in the caller's transaction. The person concerned is told by a queued message.
 */
export interface Actor {
  id: string;
  role: Role;
  unitId: string;
}

export type RosterRefusal =
  'unknown_unit' | 'out_of_scope' | 'not_found' | 'bad_role' | 'bad_name' | 'bad_stratum' | 'bad_sector' | 'self' | 'same_status' | 'not_current';

export interface RosterEnv {
  t: (locale: Locale, key: string, args?: Record<string, string | number>) => string;
  inviteTtlHours: number;
}

const NAME_MAX = 120;
export const SECTOR_MAX = 80;

/** Roles an actor may give or act on: officials manage collaborators, officials and liaisons of responsible bodies; admins everyone. */
export function manageableRoles(actor: Pick<Actor, 'role'>): Role[] {
  if (actor.role === 'admin') return ['collaborator', 'official', 'liaison', 'admin'];
  if (actor.role === 'official') return ['collaborator', 'official', 'liaison'];
  return [];
}

/** Template key of each role's name (templates/<locale>/people.ftl, the one set every feature uses). */
export const ROLE_LABEL_KEYS: Record<Role, string> = {
  collaborator: 'people-role-collaborator',
  official: 'people-role-official',
  liaison: 'people-role-liaison',
  admin: 'people-role-admin',
};

function checkStratum(stratum: string | null | undefined): boolean {
  return stratum == null || stratum === '' || (STRATA as readonly string[]).includes(stratum);
}

export function cleanName(raw: string): string | null {
  const name = raw.replace(/\s+/g, ' ').trim();
  // A name has letters: «👍» or «12» typed or imported as a name is not one.
  return name.length >= 2 && name.length <= NAME_MAX && /\p{L}/u.test(name) ? name : null;
}

/** The unit of a code (or the actor's own unit) if it lies in the actor's subtree; refusals audited. */
async function unitInScope(
  tx: Executor,
  actor: Actor,
  unitCode: string | null,
  action: string,
): Promise<Ok<{ root: AudienceRoot }> | Refusal<'unknown_unit' | 'out_of_scope'>> {
  const unit = unitCode ? await findUnitTyped(tx, unitCode) : null;
  if (unitCode && !unit) {
    await appendAudit(tx, { actorId: actor.id, action, outcome: 'refused', details: { reason: 'unknown_unit' } });
    return refuse('unknown_unit');
  }
  const root = await audienceRootInScope(tx, actor, unit?.id ?? actor.unitId, action);
  return root ? { ok: true, root } : refuse('out_of_scope');
}

export interface Member {
  id: string;
  displayName: string;
  role: Role;
  status: 'active' | 'suspended' | 'replaced' | 'left';
  unitId: string;
  unitName: string;
  unitCode: string;
  sector: string | null;
  stratum: string | null;
  locale: string;
  replacesPersonId: string | null;
}

const memberColumns = {
  id: people.id,
  displayName: people.displayName,
  role: people.role,
  status: people.status,
  unitId: people.unitId,
  unitName: units.name,
  unitCode: units.code,
  sector: people.sector,
  stratum: people.stratum,
  locale: people.locale,
  replacesPersonId: people.replacesPersonId,
};

/** A person the actor may act on: in their subtree, of a role they manage, not themselves. */
export async function memberInScope(tx: Executor, actor: Actor, personId: string, action: string): Promise<Ok<{ member: Member }> | Refusal<RosterRefusal>> {
  const refused = async (reason: RosterRefusal) => {
    await appendAudit(tx, { actorId: actor.id, action, targetType: 'person', targetId: personId, outcome: 'refused', details: { reason } });
    return refuse(reason);
  };
  if (!/^[0-9a-f-]{36}$/i.test(personId)) return refused('not_found');
  const [member] = await tx.select(memberColumns).from(people).innerJoin(units, eq(units.id, people.unitId)).where(eq(people.id, personId));
  if (!member) return refused('not_found');
  if (member.id === actor.id) return refused('self');
  const own = await tx.select({ path: units.path }).from(units).where(eq(units.id, actor.unitId));
  const target = await tx.select({ path: units.path }).from(units).where(eq(units.id, member.unitId));
  if (!own[0] || !target[0] || !target[0].path.startsWith(own[0].path)) return refused('out_of_scope');
  if (!manageableRoles(actor).includes(member.role)) return refused('bad_role');
  return { ok: true, member };
}

export interface InviteInput {
  unitCode: string | null;
  role: Role;
  displayName: string;
  sector?: string | null;
  stratum?: string | null;
}

export type InviteResult = Ok<{ code: string; inviteId: string; expiresAt: Date; unitName: string }> | Refusal<RosterRefusal>;

/** /moi: one invite for a unit of the actor's subtree. */
export async function inviteMember(tx: Executor, env: RosterEnv, actor: Actor, input: InviteInput, now: Date): Promise<InviteResult> {
  const action = 'network.invite';
  const refused = async (reason: RosterRefusal) => {
    await appendAudit(tx, { actorId: actor.id, action, outcome: 'refused', details: { reason } });
    return refuse(reason);
  };
  const name = cleanName(input.displayName);
  if (!name) return refused('bad_name');
  if (!manageableRoles(actor).includes(input.role)) return refused('bad_role');
  if (!checkStratum(input.stratum)) return refused('bad_stratum');
  if (input.sector && input.sector.length > SECTOR_MAX) return refused('bad_sector');
  const scope = await unitInScope(tx, actor, input.unitCode, action);
  if (!scope.ok) return scope;
  const inv = await createInvite(tx, {
    unitId: scope.root.unitId,
    role: input.role,
    displayName: name,
    sector: input.sector || null,
    stratum: input.stratum || null,
    ttlHours: env.inviteTtlHours,
    createdBy: actor.id,
    now,
  });
  await appendAudit(tx, {
    actorId: actor.id,
    action,
    targetType: 'invite',
    targetId: inv.inviteId,
    outcome: 'ok',
    details: { unitId: scope.root.unitId, role: input.role },
  });
  return { ok: true, ...inv, unitName: scope.root.name };
}

export interface MemberChange {
  /** undefined: unchanged; null or '': cleared. */
  sector?: string | null;
  stratum?: string | null;
  /** Transfer to this unit (in the actor's subtree). */
  unitCode?: string;
}

/** Edits sector / stratum, or transfers to another unit of the subtree (both units checked). */
export async function editMember(
  tx: Executor,
  env: RosterEnv,
  actor: Actor,
  personId: string,
  change: MemberChange,
  now: Date,
): Promise<Ok<{ member: Member }> | Refusal<RosterRefusal>> {
  const action = change.unitCode ? 'network.transfer' : 'network.edit';
  const found = await memberInScope(tx, actor, personId, action);
  if (!found.ok) return found;
  const refused = async (reason: RosterRefusal) => {
    await appendAudit(tx, { actorId: actor.id, action, targetType: 'person', targetId: personId, outcome: 'refused', details: { reason } });
    return refuse(reason);
  };
  if (!checkStratum(change.stratum)) return refused('bad_stratum');
  if (change.sector && change.sector.length > SECTOR_MAX) return refused('bad_sector');
  const set: Partial<typeof people.$inferInsert> = { updatedAt: now };
  const details: Record<string, unknown> = {};
  if (change.sector !== undefined) set.sector = details.sector = change.sector?.trim() || null;
  if (change.stratum !== undefined) set.stratum = details.stratum = change.stratum || null;
  let unitName = found.member.unitName;
  if (change.unitCode) {
    const scope = await unitInScope(tx, actor, change.unitCode, action);
    if (!scope.ok) return scope;
    set.unitId = scope.root.unitId;
    unitName = scope.root.name;
    details.fromUnitId = found.member.unitId;
    details.toUnitId = scope.root.unitId;
  }
  await tx.update(people).set(set).where(eq(people.id, personId));
  await appendAudit(tx, { actorId: actor.id, action, targetType: 'person', targetId: personId, outcome: 'ok', details });
  if (change.unitCode && set.unitId !== found.member.unitId) {
    await notify(tx, env, found.member, `nw-transfer-${personId}-${now.getTime()}`, 'network-notice-transferred', { unit: unitName });
  }
  const [member] = await tx.select(memberColumns).from(people).innerJoin(units, eq(units.id, people.unitId)).where(eq(people.id, personId));
  return { ok: true, member: member! };
}

export type StatusChange = 'suspend' | 'reactivate' | 'leave';
const TARGET: Record<StatusChange, 'suspended' | 'active' | 'left'> = { suspend: 'suspended', reactivate: 'active', leave: 'left' };
/** Which statuses each change starts from: a replaced or left person is history and is not revived. */
const FROM: Record<StatusChange, Member['status'][]> = { suspend: ['active'], reactivate: ['suspended'], leave: ['active', 'suspended'] };
const NOTICE: Record<StatusChange, string> = { suspend: 'network-notice-suspended', reactivate: 'network-notice-reactivated', leave: 'network-notice-left' };

/** Suspend / reactivate / mark as left; the person is told kindly. A repeated tap is 'same_status'. */
export async function changeStatus(
  tx: Executor,
  env: RosterEnv,
  actor: Actor,
  personId: string,
  change: StatusChange,
  now: Date,
): Promise<Ok<{ member: Member }> | Refusal<RosterRefusal>> {
  const action = `network.${change}`;
  const found = await memberInScope(tx, actor, personId, action);
  if (!found.ok) return found;
  const m = found.member;
  if (m.status === TARGET[change]) return refuse('same_status');
  if (!FROM[change].includes(m.status)) {
    await appendAudit(tx, {
      actorId: actor.id,
      action,
      targetType: 'person',
      targetId: personId,
      outcome: 'refused',
      details: { reason: 'not_current', status: m.status },
    });
    return refuse('not_current');
  }
  await tx.update(people).set({ status: TARGET[change], updatedAt: now }).where(eq(people.id, personId));
  if (change !== 'reactivate') await closeDrafts(tx, personId);
  await appendAudit(tx, { actorId: actor.id, action, targetType: 'person', targetId: personId, outcome: 'ok', details: { from: m.status } });
  await notify(tx, env, m, `nw-${change}-${personId}-${now.getTime()}`, NOTICE[change], {});
  return { ok: true, member: { ...m, status: TARGET[change] } };
}

/**
 * Replace: the old person becomes 'replaced' (kept in history), their open conversation drafts
 * are closed, and an invite for the newcomer takes over the same unit, role, sector and stratum;
 * the person who redeems it records whom they replaced.
 */
export async function replaceMember(
  tx: Executor,
  env: RosterEnv,
  actor: Actor,
  personId: string,
  newName: string,
  now: Date,
): Promise<Ok<{ code: string; inviteId: string; expiresAt: Date; unitName: string; old: Member }> | Refusal<RosterRefusal>> {
  const action = 'network.replace';
  const found = await memberInScope(tx, actor, personId, action);
  if (!found.ok) return found;
  const m = found.member;
  const refused = async (reason: RosterRefusal) => {
    await appendAudit(tx, { actorId: actor.id, action, targetType: 'person', targetId: personId, outcome: 'refused', details: { reason } });
    return refuse(reason);
  };
  const name = cleanName(newName);
  if (!name) return refused('bad_name');
  if (m.status === 'replaced' || m.status === 'left') return refused('not_current');
  await tx.update(people).set({ status: 'replaced', updatedAt: now }).where(eq(people.id, personId));
  await closeDrafts(tx, personId);
  const inv = await createInvite(tx, {
    unitId: m.unitId,
    role: m.role,
    displayName: name,
    sector: m.sector,
    stratum: m.stratum,
    ttlHours: env.inviteTtlHours,
    createdBy: actor.id,
    replacesPersonId: m.id,
    now,
  });
  await appendAudit(tx, {
    actorId: actor.id,
    action,
    targetType: 'person',
    targetId: personId,
    outcome: 'ok',
    details: { inviteId: inv.inviteId, from: m.status },
  });
  await notify(tx, env, m, `nw-replace-${personId}`, 'network-notice-replaced', {});
  return { ok: true, ...inv, unitName: m.unitName, old: { ...m, status: 'replaced' } };
}

/** Drafts in progress live in the person's conversations: closed (flow and parked drafts dropped). */
async function closeDrafts(tx: Executor, personId: string): Promise<void> {
  await tx
    .update(conversations)
    .set({ flow: null, state: {}, updatedAt: sql`now()` })
    .where(eq(conversations.personId, personId));
}

async function notify(tx: Executor, env: RosterEnv, m: Member, purpose: string, key: string, args: Record<string, string>): Promise<void> {
  const text = env.t(asLocale(m.locale), key, { name: m.displayName, ...args });
  await queueMessage(tx, { purpose, personId: m.id, lane: 'interactive', message: { type: 'text', text } });
}

export interface MemberList {
  root: AudienceRoot;
  members: Member[];
  total: number;
}

/** The people of a unit subtree (current ones first: active, suspended), `limit` from `offset`; viewing is audited. */
export async function listMembers(
  tx: Executor,
  actor: Actor,
  unitCode: string | null,
  page: { limit: number; offset: number; statuses?: Member['status'][] },
): Promise<Ok<MemberList> | Refusal<'unknown_unit' | 'out_of_scope'>> {
  const scope = await unitInScope(tx, actor, unitCode, 'network.list');
  if (!scope.ok) return scope;
  const statuses = page.statuses ?? ['active', 'suspended'];
  const where = and(like(units.path, `${scope.root.path}%`), inArray(people.status, statuses), ne(people.id, actor.id));
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .where(where);
  const members = await tx
    .select(memberColumns)
    .from(people)
    .innerJoin(units, eq(units.id, people.unitId))
    .where(where)
    .orderBy(asc(units.path), asc(people.status), asc(people.displayName), asc(people.id))
    .limit(page.limit)
    .offset(page.offset);
  return { ok: true, root: scope.root, members, total: count?.n ?? 0 };
}

function asLocale(s: string): Locale {
  return localeOf(s);
}
