import { inArray, ne } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { channelAccounts, units } from '../../db/schema/index.js';
import { createInvite, formatInviteCode } from '../people/invites.js';
import type { Role } from '../people/people.js';

export interface DemoInvite {
  code: string;
  role: 'collaborator' | 'official';
  unitName: string;
}

/**
 * The name a demo invite's person gets, read as a name in «Kính chào đồng chí … (Phường Phú Lợi)»
 * and in the officials' lists (demo data is Vietnamese).
 */
const DEMO_NAMES: Record<Role, string> = {
  collaborator: 'Cộng tác viên dùng thử',
  official: 'Cán bộ dùng thử',
  admin: 'Quản trị viên dùng thử',
  liaison: 'Đầu mối dùng thử',
};

/** Which role registers at which demo unit; codes stay valid for a month of trying things out. */
const DEMO_INVITES = [
  { role: 'collaborator', unit: 'DEMO-XA-AB' },
  { role: 'official', unit: 'DEMO-PH-PL' },
] as const;
const DEMO_INVITE_TTL_HOURS = 24 * 30;

/**
 * True when someone reached this database through a real channel (Telegram, Zalo). Demo units,
 * demo officials and demo invite codes must never exist there: a demo official's code would work
 * on the real bot and see real reports.
 */
export async function realAccountsExist(db: Executor): Promise<boolean> {
  const [row] = await db.select({ id: channelAccounts.id }).from(channelAccounts).where(ne(channelAccounts.channel, 'sandbox')).limit(1);
  return row !== undefined;
}

/** One fresh invite per demo role, at the demo units (code → id and name). */
export async function createDemoInvites(tx: Executor, unitsByCode: ReadonlyMap<string, { id: string; name: string }>): Promise<DemoInvite[]> {
  const created: DemoInvite[] = [];
  for (const { role, unit } of DEMO_INVITES) {
    const target = unitsByCode.get(unit);
    if (!target) continue;
    const inv = await createInvite(tx, { unitId: target.id, role, displayName: DEMO_NAMES[role], ttlHours: DEMO_INVITE_TTL_HOURS });
    created.push({ code: formatInviteCode(inv.code), role, unitName: target.name });
  }
  return created;
}

export type FreshDemoInvites = { ok: true; invites: DemoInvite[] } | { ok: false; code: 'real_accounts' | 'no_demo' };

/** `npm run admin -- demo-invites` and the running sandbox: new codes for the demo province. */
export async function freshDemoInvites(db: Db): Promise<FreshDemoInvites> {
  if (await realAccountsExist(db)) return { ok: false, code: 'real_accounts' };
  const codes = DEMO_INVITES.map((d) => d.unit);
  const rows = await db.select({ id: units.id, name: units.name, code: units.code }).from(units).where(inArray(units.code, codes));
  if (rows.length < codes.length) return { ok: false, code: 'no_demo' };
  const invites = await db.transaction((tx) => createDemoInvites(tx, new Map(rows.map((r) => [r.code, r]))));
  return { ok: true, invites };
}
