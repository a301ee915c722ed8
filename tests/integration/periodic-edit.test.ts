import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createIntake } from '../../bot/engine/intake.js';
import { createFeatures } from '../../bot/features/index.js';
import { configSchema } from '../../core/platform/config.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { importUnits } from '../../core/people/units.js';
import { channelAccounts, people, reports, reportVersions, units } from '../../db/schema/index.js';
import { fillUntilReceipt } from '../helpers/chat-driver.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { collectInto, intakeUser } from '../helpers/intake-user.js';

let t: TestDatabase;
let now = new Date('2026-11-10T03:00:00Z');
const outbox = new Map<string, OutboundMessage[]>();

beforeAll(async () => {
  t = await createTestDatabase();
  await importUnits(t.db, [{ code: 'XA', name: 'Xã A', kind: 'xa', parentCode: null, deadlineDay: 20 }]);
  const [xa] = await t.db.select().from(units);
  const [p] = await t.db.insert(people).values({ displayName: 'CTV', role: 'collaborator', unitId: xa!.id, consentAt: new Date() }).returning();
  await t.db.insert(channelAccounts).values({ personId: p!.id, channel: 'sandbox', externalId: 'ctv' });
});
afterAll(async () => t.close());

const config = configSchema.parse({ REPORT_LOCK_DAYS: '5' });
const engine = () =>
  createIntake({
    db: t.db,
    features: createFeatures({ config, i18n: createI18n() }),
    t: createI18n().t,
    logger: silentLogger,
    maxTextLength: 4000,
    defaultLocale: 'vi',
    deliver: collectInto(outbox),
    clock: () => now,
  });

describe('periodic report for the unit’s cycle', () => {
  it('a second /baocao in the same period becomes version 2 of the same report; after the lock it files the next period', async () => {
    const me = intakeUser(engine, outbox, 'ctv');
    const first = await fillUntilReceipt(me, await me.send('/baocao'));
    now = new Date('2026-11-12T03:00:00Z');
    const again = await fillUntilReceipt(me, await me.send('/baocao'));
    expect(again.receipt).toBe(first.receipt);
    const [row] = await t.db.select().from(reports).where(eq(reports.receiptNo, first.receipt));
    expect(row!.version).toBe(2);
    expect(await t.db.select().from(reportVersions).where(eq(reportVersions.reportId, row!.id))).toHaveLength(2);
    expect((await t.db.select().from(reports)).length).toBe(1);

    now = new Date('2026-11-27T03:00:00Z'); // past the 20th + 5 lock days
    const next = await fillUntilReceipt(me, await me.send('/baocao'));
    expect(next.receipt).not.toBe(first.receipt);
    const periods = (await t.db.select({ period: reports.period }).from(reports)).map((r) => r.period).sort();
    expect(new Set(periods).size).toBe(2);
    const [locked] = await t.db.select().from(reports).where(eq(reports.receiptNo, first.receipt));
    expect(locked!.version).toBe(2);
  });
});
