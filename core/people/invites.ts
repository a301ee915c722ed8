import { createHash, randomInt } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { channelAccounts, invites, people, units } from '../../db/schema/index.js';
import { AppError } from '../kernel/errors.js';
import { matchKey } from '../kernel/text.js';
import type { Role } from './people.js';
import { refuse, type Refusal } from '../kernel/result.js';

/**
 * Consonants and digits only: Vietnamese keyboards (Telex, VNI) rewrite letters that follow a
 * vowel ("as" → "á", "dd" → "đ", "a1" → "á"), so a code without vowels survives any IME; I, L, O,
 * 0 and 1 are left out because they are misread. 19^8 ≈ 1.7·10^10 codes.
 */
export const INVITE_ALPHABET = 'BCGHKMNPQTV23456789';
export const INVITE_CODE_LENGTH = 8;
/** Version of the consent text the user agrees to (templates: registration-consent). */
export const CONSENT_VERSION = '2026-01';

export type InviteRefusal = 'unknown' | 'expired' | 'used';

class InviteError extends AppError {
  constructor(readonly reason: InviteRefusal | 'collision') {
    super(`invite_${reason}`, `invite ${reason}`);
  }
}

export function generateInviteCode(): string {
  let code = '';
  for (let i = 0; i < INVITE_CODE_LENGTH; i++) code += INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)];
  return code;
}

/** "bcgh-2k9m", "BCGH 2K9M" and "BCGH2K9M" are the same code; accents from an IME are dropped. */
export function normalizeInviteCode(input: string): string {
  return matchKey(input)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/** Shown to admins as two groups of four for reading aloud. */
export function formatInviteCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

export function hashInviteCode(code: string): string {
  return createHash('sha256').update(normalizeInviteCode(code)).digest('hex');
}

export interface NewInvite {
  unitId: string;
  role: Role;
  displayName: string;
  sector?: string | null;
  stratum?: string | null;
  ttlHours: number;
  createdBy?: string | null;
  replacesPersonId?: string | null;
  now?: Date;
}

/** Creates a single-use invite; the clear code is returned once and never stored. */
export async function createInvite(db: Executor, input: NewInvite): Promise<{ code: string; inviteId: string; expiresAt: Date }> {
  const expiresAt = new Date((input.now ?? new Date()).getTime() + input.ttlHours * 3_600_000);
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = generateInviteCode();
    const [row] = await db
      .insert(invites)
      .values({
        codeHash: hashInviteCode(code),
        unitId: input.unitId,
        role: input.role,
        displayName: input.displayName,
        sector: input.sector ?? null,
        stratum: input.stratum ?? null,
        createdBy: input.createdBy ?? null,
        replacesPersonId: input.replacesPersonId ?? null,
        expiresAt,
      })
      .onConflictDoNothing({ target: invites.codeHash })
      .returning({ id: invites.id });
    if (row) return { code, inviteId: row.id, expiresAt };
  }
  throw new InviteError('collision');
}

interface InviteView {
  id: string;
  displayName: string;
  role: Role;
  unitId: string;
  unitName: string;
  expiresAt: Date;
}

export type InviteCheck = { ok: true; invite: InviteView } | Refusal<InviteRefusal>;

/** Looks a code up without consuming it (the consent question comes between check and redeem). */
export async function checkInvite(db: Executor, code: string, now: Date): Promise<InviteCheck> {
  const normalized = normalizeInviteCode(code);
  if (normalized.length !== INVITE_CODE_LENGTH) return refuse('unknown');
  const [row] = await db
    .select({ invite: invites, unitName: units.name })
    .from(invites)
    .innerJoin(units, eq(units.id, invites.unitId))
    .where(eq(invites.codeHash, hashInviteCode(normalized)))
    .limit(1);
  if (!row) return refuse('unknown');
  const refusal = refusalOf(row.invite, now);
  if (refusal) return refuse(refusal);
  const i = row.invite;
  return { ok: true, invite: { id: i.id, displayName: i.displayName, role: i.role, unitId: i.unitId, unitName: row.unitName, expiresAt: i.expiresAt } };
}

function refusalOf(i: { usedAt: Date | null; expiresAt: Date }, now: Date): InviteRefusal | null {
  if (i.usedAt) return 'used';
  if (i.expiresAt.getTime() <= now.getTime()) return 'expired';
  return null;
}

export interface Redemption {
  /** The invite found by `checkInvite` (kept in the conversation instead of the clear code). */
  inviteId: string;
  channel: string;
  externalId: string;
  locale?: string;
  consentVersion?: string;
  now: Date;
}

/**
 * Consumes the invite and creates the person bound to this channel account, in the caller's
 * transaction. The claim is one conditional UPDATE (… WHERE used_at IS NULL AND not expired):
 * of two concurrent redemptions the second waits for the first's row lock, re-checks the
 * condition and matches nothing, so an invite yields exactly one person. Nothing is written
 * before the claim succeeds, so a refusal leaves the transaction clean.
 */
export async function redeemInvite(tx: Executor, r: Redemption): Promise<{ ok: true; personId: string } | Refusal<InviteRefusal>> {
  const [claimed] = await tx
    .update(invites)
    .set({ usedAt: r.now })
    .where(and(eq(invites.id, r.inviteId), isNull(invites.usedAt), gt(invites.expiresAt, r.now)))
    .returning();
  if (!claimed) {
    const [row] = await tx.select({ usedAt: invites.usedAt, expiresAt: invites.expiresAt }).from(invites).where(eq(invites.id, r.inviteId));
    return refuse(row ? (refusalOf(row, r.now) ?? 'used') : 'unknown');
  }
  const [person] = await tx
    .insert(people)
    .values({
      displayName: claimed.displayName,
      role: claimed.role,
      unitId: claimed.unitId,
      sector: claimed.sector,
      stratum: claimed.stratum,
      locale: r.locale ?? 'vi',
      consentAt: r.now,
      consentVersion: r.consentVersion ?? CONSENT_VERSION,
      replacesPersonId: claimed.replacesPersonId,
    })
    .returning({ id: people.id });
  if (!person) throw new Error('person insert returned nothing');
  // A channel account left behind by a former person (replaced, left) is re-bound, not duplicated.
  await tx
    .insert(channelAccounts)
    .values({ personId: person.id, channel: r.channel, externalId: r.externalId, lastInboundAt: r.now })
    .onConflictDoUpdate({
      target: [channelAccounts.channel, channelAccounts.externalId],
      set: { personId: person.id, status: 'active', unreachableReason: null, lastInboundAt: r.now },
    });
  await tx.update(invites).set({ usedByPersonId: person.id }).where(eq(invites.id, claimed.id));
  return { ok: true, personId: person.id };
}
