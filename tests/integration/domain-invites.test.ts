import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client.js';
import { channelAccounts, invites, people } from '../../db/schema/index.js';
import {
  CONSENT_VERSION,
  INVITE_ALPHABET,
  checkInvite,
  createInvite,
  formatInviteCode,
  hashInviteCode,
  normalizeInviteCode,
  redeemInvite,
} from '../../core/people/invites.js';
import { loadPersonByAccount } from '../../core/people/people.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { makeUnitAndPerson } from './domain-fixtures.js';
import { waitFor } from '../helpers/wait.js';

let t: TestDatabase;
let unitId: string;
const now = new Date('2026-11-10T03:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  ({ unitId } = await makeUnitAndPerson(t.db, 'Phường Hồng Bàng'));
});
afterAll(async () => t.close());

const newInvite = (ttlHours = 72) => createInvite(t.db, { unitId, role: 'collaborator', displayName: 'Trần Thị B', stratum: 'nong_dan', ttlHours, now });

describe('createInvite / checkInvite', () => {
  it('stores only the SHA-256 of a typable code and finds it however it is typed', async () => {
    const { code, inviteId, expiresAt } = await newInvite();
    expect(code).toMatch(new RegExp(`^[${INVITE_ALPHABET}]{8}$`));
    expect(expiresAt.toISOString()).toBe('2026-11-13T03:00:00.000Z');
    const [row] = await t.db.select().from(invites).where(eq(invites.id, inviteId));
    expect(row?.codeHash).toBe(hashInviteCode(code));
    expect(JSON.stringify(row)).not.toContain(code);
    const typed = ` ${formatInviteCode(code).toLowerCase()} `;
    const check = await checkInvite(t.db, typed, now);
    expect(check).toMatchObject({ ok: true, invite: { id: inviteId, displayName: 'Trần Thị B', unitName: 'Phường Hồng Bàng', role: 'collaborator' } });
  });

  it('normalises IME accents and separators', () => {
    expect(normalizeInviteCode('bcgh-2k9m')).toBe('BCGH2K9M');
    expect(normalizeInviteCode('BĆGH 2K9M')).toBe('BCGH2K9M');
  });

  it('refuses unknown, expired and used codes', async () => {
    expect(await checkInvite(t.db, 'BBBBBBBB', now)).toEqual({ ok: false, code: 'unknown' });
    expect(await checkInvite(t.db, 'short', now)).toEqual({ ok: false, code: 'unknown' });
    const { code } = await newInvite(1);
    expect(await checkInvite(t.db, code, new Date(now.getTime() + 3_600_000))).toEqual({ ok: false, code: 'expired' });
    const used = await newInvite();
    await t.db.transaction((tx) => redeemInvite(tx, { inviteId: used.inviteId, channel: 'sandbox', externalId: 'u-used', now }));
    expect(await checkInvite(t.db, used.code, now)).toEqual({ ok: false, code: 'used' });
  });
});

describe('redeemInvite', () => {
  it('creates the person from the invite, binds the account and records consent', async () => {
    const { inviteId } = await newInvite();
    const r = await t.db.transaction((tx) => redeemInvite(tx, { inviteId, channel: 'telegram', externalId: '777', now, locale: 'vi' }));
    expect(r.ok).toBe(true);
    const person = await loadPersonByAccount(t.db, 'telegram', '777');
    expect(person).toMatchObject({ displayName: 'Trần Thị B', role: 'collaborator', unitId, unitName: 'Phường Hồng Bàng', status: 'active' });
    expect(person?.consentAt?.toISOString()).toBe(now.toISOString());
    const [p] = await t.db.select().from(people).where(eq(people.id, person!.id));
    expect(p).toMatchObject({ consentVersion: CONSENT_VERSION, stratum: 'nong_dan' });
    const [inv] = await t.db.select().from(invites).where(eq(invites.id, inviteId));
    expect(inv?.usedAt?.toISOString()).toBe(now.toISOString());
    expect(inv?.usedByPersonId).toBe(person!.id);
  });

  it('refuses an expired invite and writes nothing', async () => {
    const { inviteId } = await newInvite(1);
    const later = new Date(now.getTime() + 2 * 3_600_000);
    const before = await t.db.select().from(people);
    const r = await t.db.transaction((tx) => redeemInvite(tx, { inviteId, channel: 'sandbox', externalId: 'late', now: later }));
    expect(r).toEqual({ ok: false, code: 'expired' });
    expect(await t.db.select().from(people)).toHaveLength(before.length);
    expect(await loadPersonByAccount(t.db, 'sandbox', 'late')).toBeNull();
  });

  it('re-binds an account that belonged to a former person instead of failing', async () => {
    const first = await newInvite();
    const second = await newInvite();
    await t.db.transaction((tx) => redeemInvite(tx, { inviteId: first.inviteId, channel: 'zalo', externalId: 'z1', now }));
    const r = await t.db.transaction((tx) => redeemInvite(tx, { inviteId: second.inviteId, channel: 'zalo', externalId: 'z1', now }));
    expect(r.ok).toBe(true);
    const accounts = await t.db.select().from(channelAccounts).where(eq(channelAccounts.externalId, 'z1'));
    expect(accounts).toHaveLength(1);
    expect(accounts[0]?.personId).toBe(r.ok ? r.personId : null);
  });

  it('is single-use under two concurrent redemptions', async () => {
    const { inviteId } = await newInvite();
    const redeem = (externalId: string) => t.db.transaction((tx) => redeemInvite(tx, { inviteId, channel: 'sandbox', externalId, now }));
    let results;
    if (t.kind === 'postgres') {
      // Hold the first claim open until the second is provably waiting on the row lock.
      let release!: () => void;
      let claimed!: () => void;
      const held = new Promise<void>((r) => (release = r));
      const claimedFirst = new Promise<void>((r) => (claimed = r));
      const first = t.db.transaction(async (tx) => {
        const r = await redeemInvite(tx, { inviteId, channel: 'sandbox', externalId: 'race-a', now });
        claimed();
        await held;
        return r;
      });
      await claimedFirst;
      const second = redeem('race-b');
      await waitFor(lockWaiters, { timeout: 5_000, what: 'the second claim to wait on the row lock' });
      release();
      results = await Promise.all([first, second]);
    } else {
      results = await Promise.all([redeem('race-a'), redeem('race-b')]);
    }
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, code: 'used' });
    const bound = await t.db
      .select()
      .from(channelAccounts)
      .where(sql`${channelAccounts.externalId} in ('race-a', 'race-b')`);
    expect(bound).toHaveLength(1);
  });
});

async function lockWaiters(): Promise<boolean> {
  const rows = rowsOf<{ n: number }>(
    await t.db.execute(sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`),
  );
  return (rows[0]?.n ?? 0) > 0;
}
