import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createIntake } from '../../bot/engine/intake.js';
import { createInteractionWindowFeature } from '../../bot/features/delivery/interaction-window.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import { queueMessage } from '../../core/delivery/sends.js';
import { channelAccounts, outbox, people, sends, units } from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

let t: TestDatabase;
let personId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  const [u] = await t.db.insert(units).values({ code: 'X', name: 'Xã X', path: '/' }).returning();
  const [p] = await t.db.insert(people).values({ displayName: 'Cán bộ', role: 'official', unitId: u!.id }).returning();
  personId = p!.id;
  await t.db.insert(channelAccounts).values({ personId, channel: 'zalo', externalId: 'z1' });
});
afterAll(async () => t.close());

describe('Zalo interaction window', () => {
  it('a notification refused as out of window goes out when the person next writes', async () => {
    const queued = await t.db.transaction((tx) =>
      queueMessage(tx, { purpose: 'test-notice', personId, message: { type: 'text', text: 'x' }, lane: 'interactive' }),
    );
    await t.db.update(sends).set({ state: 'waiting_window' }).where(eq(sends.id, queued!.sendId));
    const before = (await t.db.select().from(outbox)).length;

    const intake = createIntake({
      db: t.db,
      features: [createInteractionWindowFeature()],
      t: createI18n().t,
      logger: silentLogger,
      maxTextLength: 4000,
      defaultLocale: 'vi',
      deliver: async () => {},
    });
    await intake.handle({ channel: 'zalo', accountId: 'z1', updateKey: 'm1', receivedAt: new Date(), payload: { type: 'text', text: 'chào' } });

    const [row] = await t.db.select().from(sends).where(eq(sends.id, queued!.sendId));
    expect(row!.state).toBe('queued');
    expect((await t.db.select().from(outbox)).length).toBe(before + 1);
  });
});
