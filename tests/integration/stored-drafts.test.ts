import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { configSchema } from '../../core/platform/config.js';
import { seedTopics } from '../../core/reports/topics.js';
import { channelAccounts, conversations, hotSpots, reports } from '../../db/schema/index.js';
import { createIntake, type Intake } from '../../bot/engine/intake.js';
import { createFeatures } from '../../bot/features/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { collectInto, intakeUser } from '../helpers/intake-user.js';
import { makeUnitAndPerson } from './domain-fixtures.js';

/**
 * Drafts written before the flow machine (current step in `at`, report edit scope as a list,
 * hot-spot `editing` flag; hot-spot actions in `phase`) sit in existing databases, active or
 * parked. They are upgraded on read: the person carries on where they stopped.
 */
let t: TestDatabase;
let intake: Intake;
const outbox = new Map<string, OutboundMessage[]>();

const oldReport = {
  v: 1,
  kind: 'periodic',
  at: 'good-practices',
  draft: { kind: 'periodic', period: '2026-11', assessment: 'on_dinh', mood: 'tin_tuong', issues: [], rumours: 'Tin đồn về giá điện' },
  ix: 0,
  sd: null,
  page: 0,
  group: null,
  edit: ['good-practices'],
};
const oldHotSpot = { v: 1, at: 'description', draft: { category: 'dat_dai', severity: 2, placeText: 'Thôn 3, xã Tân Hòa', media: [] }, editing: false };

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTopics(t.db);
  const { personId } = await makeUnitAndPerson(t.db, 'Xã Tân Hòa');
  await t.db.insert(channelAccounts).values({ personId, channel: 'sandbox', externalId: 'old-1' });
  await t.db.insert(conversations).values({
    accountKey: 'sandbox:old-1',
    personId,
    flow: 'periodic-report',
    state: { flow: 'periodic-report', data: oldReport, parked: [{ flow: 'hot-spot', data: oldHotSpot }], pending: null },
  });
  intake = createIntake({
    db: t.db,
    features: createFeatures({ config: configSchema.parse({}), i18n: createI18n() }),
    t: createI18n().t,
    logger: silentLogger,
    maxTextLength: 4000,
    defaultLocale: 'vi',
    deliver: collectInto(outbox),
  });
});
afterAll(async () => t.close());

const texts = (seen: { text: string }[]) => seen.map((m) => m.text).join('\n');

describe('drafts stored by the previous engine', () => {
  it('an active report draft takes the next answer, then the edit scope returns it to the review', async () => {
    const u = intakeUser(() => intake, outbox, 'old-1');
    const seen = await u.send('Mô hình dân vận khéo ở thôn 2');
    expect(texts(seen)).toContain('Mô hình dân vận khéo ở thôn 2');
    expect(texts(seen)).toContain('Tin đồn về giá điện');
    expect(seen.at(-1)?.choices.map((c) => c.label)).toContain('✅ Gửi báo cáo');
  });

  it('a parked hot-spot draft is restored where it stopped and can be sent', async () => {
    const u = intakeUser(() => intake, outbox, 'old-1');
    let seen = await u.send('/diemnong');
    expect(texts(seen)).toContain('Đã mở lại bản nháp');
    seen = await u.send('Khoảng 30 hộ dân tập trung phản đối cắm mốc.');
    const people = seen.at(-1)!.choices.find((c) => c.label === '10–50 người')!;
    seen = await u.press(people.data);
    seen = await u.press(seen.at(-1)!.choices[0]!.data);
    expect(texts(seen)).toMatch(/DN-\d{4}-\d{2}-\d{6}/);
    const [hs] = await t.db.select().from(hotSpots);
    expect(hs).toMatchObject({ category: 'dat_dai', severity: 2, placeText: 'Thôn 3, xã Tân Hòa' });
  });

  it('the report draft parked meanwhile is still whole and is filed', async () => {
    const u = intakeUser(() => intake, outbox, 'old-1');
    const seen = await u.send('/baocao');
    expect(texts(seen)).toContain('Tin đồn về giá điện');
    const submitted = await u.press(seen.at(-1)!.choices[0]!.data);
    expect(texts(submitted)).toMatch(/BC-\d{4}-\d{2}-\d{6}/);
    const [r] = await t.db.select().from(reports).where(eq(reports.kind, 'periodic'));
    expect(r).toMatchObject({ assessment: 'on_dinh', rumours: 'Tin đồn về giá điện', goodPractices: 'Mô hình dân vận khéo ở thôn 2' });
  });

  it('an officials’ action flow stored with `phase` answers the typed note', async () => {
    await t.db
      .update(conversations)
      .set({
        state: {
          flow: 'hotspot-note',
          data: { kind: 'note', phase: 'text', hotSpotId: '00000000-0000-4000-8000-000000000000', receipt: 'DN-X' },
          parked: [],
          pending: null,
        },
      })
      .where(eq(conversations.accountKey, 'sandbox:old-1'));
    const u = intakeUser(() => intake, outbox, 'old-1');
    const seen = await u.send('Đã cử cán bộ xuống nắm tình hình');
    // The collaborator is not an official: the action itself is refused, in words, and the flow ends.
    expect(texts(seen)).toContain('chỉ dành cho cán bộ');
    const [row] = await t.db.select().from(conversations).where(eq(conversations.accountKey, 'sandbox:old-1'));
    expect(row?.flow).toBeNull();
  });
});
