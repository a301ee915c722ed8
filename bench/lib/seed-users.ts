import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { channelAccounts, people, units } from '../../db/schema/index.js';

export const TELEGRAM_ID_BASE = 7_100_000_000;
export const ZALO_ID_BASE = 9_100_000_000_000;

/** Registered collaborators in one commune, `telegram` on Telegram and `zalo` on Zalo OA. */
export async function seedUsers(db: Db, counts: { telegram: number; zalo: number }): Promise<void> {
  const code = `B${randomBytes(3).toString('hex')}`;
  const [unit] = await db
    .insert(units)
    .values({ code, name: 'Xã Bench', path: `/${code}/` })
    .returning({ id: units.id });
  const plan = [
    ...Array.from({ length: counts.telegram }, (_, i) => ({ channel: 'telegram', externalId: String(TELEGRAM_ID_BASE + i) })),
    ...Array.from({ length: counts.zalo }, (_, i) => ({ channel: 'zalo', externalId: String(ZALO_ID_BASE + i) })),
  ];
  for (let i = 0; i < plan.length; i += 1000) {
    const slice = plan.slice(i, i + 1000);
    const rows = await db
      .insert(people)
      .values(
        slice.map((_, j) => ({
          displayName: `CTV ${i + j}`,
          role: 'collaborator' as const,
          unitId: unit!.id,
          consentAt: new Date(),
          consentVersion: '2026-01',
        })),
      )
      .returning({ id: people.id });
    await db.insert(channelAccounts).values(slice.map((a, j) => ({ ...a, personId: rows[j]!.id })));
  }
}
