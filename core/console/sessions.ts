import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { consoleLoginTokens, consoleSessions, people, units } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { refuse, type Refusal } from '../kernel/result.js';

/**
 * Console login through the bot (issue 14): /dangnhap writes a single-use link valid a few
 * minutes (only its hash is stored); opening it creates a session whose id travels in an
 * HttpOnly cookie and is stored hashed too. Collaborators get no console; every login, logout
 * and refusal is audited like a chat action.
 */
export interface SessionPolicy {
  linkMinutes: number;
  idleMinutes: number;
  sessionHours: number;
}

export type ConsoleRole = 'official' | 'admin';

export interface ConsoleUser {
  sessionId: string;
  csrfToken: string;
  id: string;
  displayName: string;
  role: ConsoleRole;
  unitId: string;
  unitName: string;
  unitPath: string;
  locale: 'vi' | 'en';
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
const newToken = (): string => randomBytes(32).toString('base64url');

export function mayUseConsole(role: string): role is ConsoleRole {
  return role === 'official' || role === 'admin';
}

export type LinkResult = { ok: true; token: string; expiresAt: Date } | Refusal<'not_official' | 'inactive'>;

/** A fresh single-use login token for an active official or admin (audited either way). */
export async function issueLoginToken(tx: Executor, personId: string, policy: SessionPolicy, now: Date): Promise<LinkResult> {
  const [p] = await tx.select({ role: people.role, status: people.status }).from(people).where(eq(people.id, personId));
  const refusal = !p || !mayUseConsole(p.role) ? 'not_official' : p.status !== 'active' ? 'inactive' : null;
  if (refusal) {
    await appendAudit(tx, { actorId: personId, action: 'console.link', outcome: 'refused', details: { reason: refusal } });
    return refuse(refusal);
  }
  const token = newToken();
  const expiresAt = new Date(now.getTime() + policy.linkMinutes * 60_000);
  await tx.insert(consoleLoginTokens).values({ tokenHash: hashToken(token), personId, expiresAt, createdAt: now });
  await appendAudit(tx, { actorId: personId, action: 'console.link', outcome: 'ok' });
  return { ok: true, token, expiresAt };
}

export type LoginResult = { ok: true; sessionToken: string; personId: string } | Refusal<'invalid' | 'expired' | 'used' | 'not_official'>;

/** Redeems a login token once (row locked) and opens a session. */
export async function redeemLoginToken(tx: Executor, token: string, policy: SessionPolicy, now: Date): Promise<LoginResult> {
  const [row] = await tx
    .select()
    .from(consoleLoginTokens)
    .where(eq(consoleLoginTokens.tokenHash, hashToken(token)))
    .for('update');
  if (!row) return refuse('invalid');
  const reason = row.usedAt ? 'used' : row.expiresAt <= now ? 'expired' : null;
  const [p] = await tx.select({ role: people.role, status: people.status }).from(people).where(eq(people.id, row.personId));
  const refused = reason ?? (!p || !mayUseConsole(p.role) || p.status !== 'active' ? 'not_official' : null);
  if (refused) {
    await appendAudit(tx, { actorId: row.personId, action: 'console.login', outcome: 'refused', details: { reason: refused } });
    return refuse(refused);
  }
  await tx.update(consoleLoginTokens).set({ usedAt: now }).where(eq(consoleLoginTokens.id, row.id));
  const sessionToken = newToken();
  const [s] = await tx
    .insert(consoleSessions)
    .values({
      tokenHash: hashToken(sessionToken),
      personId: row.personId,
      csrfToken: newToken(),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + policy.sessionHours * 3_600_000),
    })
    .returning({ id: consoleSessions.id });
  await appendAudit(tx, { actorId: row.personId, action: 'console.login', targetType: 'console_session', targetId: s!.id, outcome: 'ok' });
  return { ok: true, sessionToken, personId: row.personId };
}

/** The session's user if it is live (not revoked, not idle too long, not past its lifetime); touches it. */
export async function loadSession(db: Executor, sessionToken: string, policy: SessionPolicy, now: Date): Promise<ConsoleUser | null> {
  const idleSince = new Date(now.getTime() - policy.idleMinutes * 60_000);
  const [row] = await db
    .select({
      sessionId: consoleSessions.id,
      csrfToken: consoleSessions.csrfToken,
      lastSeenAt: consoleSessions.lastSeenAt,
      id: people.id,
      displayName: people.displayName,
      role: people.role,
      status: people.status,
      locale: people.locale,
      unitId: people.unitId,
      unitName: units.name,
      unitPath: units.path,
    })
    .from(consoleSessions)
    .innerJoin(people, eq(people.id, consoleSessions.personId))
    .innerJoin(units, eq(units.id, people.unitId))
    .where(
      and(
        eq(consoleSessions.tokenHash, hashToken(sessionToken)),
        isNull(consoleSessions.revokedAt),
        gt(consoleSessions.expiresAt, now),
        gt(consoleSessions.lastSeenAt, idleSince),
      ),
    );
  if (!row || !mayUseConsole(row.role) || row.status !== 'active') return null;
  // Touch at most once a minute: a page with several partial requests writes once.
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db.update(consoleSessions).set({ lastSeenAt: now }).where(eq(consoleSessions.id, row.sessionId));
  }
  const { lastSeenAt: _seen, status: _status, ...user } = row;
  return { ...user, role: row.role as ConsoleRole, locale: row.locale === 'en' ? 'en' : 'vi' };
}

/** Ends this session, or every session of the person (logout everywhere). */
export async function logout(tx: Executor, user: Pick<ConsoleUser, 'id' | 'sessionId'>, everywhere: boolean, now: Date): Promise<void> {
  const where = everywhere
    ? and(eq(consoleSessions.personId, user.id), isNull(consoleSessions.revokedAt))
    : and(eq(consoleSessions.id, user.sessionId), isNull(consoleSessions.revokedAt));
  await tx.update(consoleSessions).set({ revokedAt: now }).where(where);
  await appendAudit(tx, {
    actorId: user.id,
    action: everywhere ? 'console.logout_all' : 'console.logout',
    targetType: 'console_session',
    targetId: user.sessionId,
    outcome: 'ok',
  });
}
