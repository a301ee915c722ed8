import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { cases, hotSpotEvents, hotSpots, people, sends, units } from '../../db/schema/index.js';
import { createIntake, type Intake } from '../../bot/engine/intake.js';
import { createFeatures } from '../../bot/features/index.js';
import { ensurePersonaAccounts } from '../../bot/channels/sandbox/store.js';
import { seedDemoIfEmpty } from '../../core/demo/seed.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { collectInto, intakeUser } from '../helpers/intake-user.js';
import { testConfig } from '../helpers/config.js';
import { choiceOf } from './survey-driver.js';

/**
 * The demo province a newcomer meets on `npm start`: besides units, people and a month of
 * activity, a questionnaire, so /taokhaosat works at once (it answered «Chưa có bộ câu hỏi nào»).
 */
let t: TestDatabase;
let intake: Intake;
const outbox = new Map<string, OutboundMessage[]>();

beforeAll(async () => {
  t = await createTestDatabase();
  const i18n = createI18n();
  intake = createIntake({
    db: t.db,
    features: createFeatures({ config: testConfig(), i18n }),
    t: i18n.t,
    deliver: collectInto(outbox),
    logger: silentLogger,
    maxTextLength: 4000,
    defaultLocale: 'vi',
  });
});
afterAll(async () => t?.close());

describe('the demo province', () => {
  it('is seeded once, with invites, and its official can start a survey from the demo questionnaire', async () => {
    const seed = await seedDemoIfEmpty(t.db);
    expect(seed?.invites).toHaveLength(2);
    expect(await seedDemoIfEmpty(t.db)).toBeNull();
    await ensurePersonaAccounts(t.db);
    const [official] = await t.db.select({ id: people.id }).from(people).where(eq(people.displayName, 'Cán bộ Ban TGDV tỉnh (demo)'));
    const me = intakeUser(() => intake, outbox, `p-${official!.id}`);
    let seen = await me.send('/taokhaosat');
    seen = await me.press(choiceOf(seen.at(-1), /Dư luận về chính quyền xã mới sau sắp xếp/).data);
    // The province's own audience is named by its area, not «Ban Tuyên giáo và Dân vận Tỉnh ủy (demo)».
    expect(seen.at(-1)!.choices.map((c) => c.label)).toEqual(['Toàn tỉnh']);
    seen = await me.press(choiceOf(seen.at(-1), 'Toàn tỉnh').data);
    expect(seen.map((m) => m.text).join('\n')).toContain('Gửi tới những ai?');
  });

  it('its alert nobody acknowledged is today’s and has climbed to the province, as the escalation does', async () => {
    const [open] = await t.db.select().from(hotSpots).where(eq(hotSpots.status, 'open'));
    expect(Date.now() - open!.createdAt.getTime()).toBeLessThan(86_400_000);
    const [province] = await t.db.select().from(units).where(eq(units.code, 'DEMO-TINH'));
    expect(open!.levelUnitId).toBe(province!.id);
    expect(open!.escalationStep).toBe(1);
    const events = await t.db.select().from(hotSpotEvents).where(eq(hotSpotEvents.hotSpotId, open!.id)).orderBy(hotSpotEvents.createdAt);
    expect(events.map((e) => [e.kind, e.unitId])).toEqual([
      ['created', open!.unitId],
      ['notified', open!.unitId],
      ['escalated', province!.id],
      ['notified', province!.id],
    ]);
    // The provincial official's /canhbao shows it at their level.
    const [official] = await t.db.select({ id: people.id }).from(people).where(eq(people.displayName, 'Cán bộ Ban TGDV tỉnh (demo)'));
    const seen = await intakeUser(() => intake, outbox, `p-${official!.id}`).send(`/xem ${open!.receiptNo}`);
    expect(seen.map((m) => m.text).join('\n')).toContain('cấp đang phụ trách: Ban Tuyên giáo và Dân vận Tỉnh ủy (demo)');
  });

  it('has responsible bodies with liaisons, so «Chuyển xử lý» works in the sandbox from the first start', async () => {
    await ensurePersonaAccounts(t.db);
    const person = async (name: string) => (await t.db.select({ id: people.id }).from(people).where(eq(people.displayName, name)))[0]!;
    const official = intakeUser(() => intake, outbox, `p-${(await person('Cán bộ Đảng ủy xã An Bình (demo)')).id}`);
    let seen = await official.send('/chuyenxuly DN-DEMO-002');
    expect(seen.at(-1)!.choices.map((c) => c.label)).toEqual(expect.arrayContaining(['UBND xã An Bình']));
    for (const label of [/UBND xã An Bình/, /./, /./, /^Có$/, /Chuyển/]) seen = await official.press(choiceOf(seen.at(-1), label).data);
    const [c] = await t.db.select().from(cases);
    const [body] = await t.db.select().from(units).where(eq(units.id, c!.bodyUnitId));
    expect(body!.name).toBe('UBND xã An Bình');
    const liaison = await person('Đầu mối UBND xã An Bình (demo)');
    const [told] = await t.db.select().from(sends).where(eq(sends.personId, liaison.id));
    expect(JSON.stringify(told!.message)).toContain(c!.receiptNo);
  });

  it('has a report request some answered (one late), so Yêu cầu báo cáo shows data from the first start', async () => {
    const [official] = await t.db.select({ id: people.id }).from(people).where(eq(people.displayName, 'Cán bộ Ban TGDV tỉnh (demo)'));
    const seen = (await intakeUser(() => intake, outbox, `p-${official!.id}`).send('/yeucaubaocao_ds')).map((m) => m.text).join('\n');
    expect(seen).toContain('đổi tên xã');
    expect(seen).toMatch(/5\/8/);
    // The answer sent after the due time says so; the others do not.
    expect(seen.match(/nộp muộn/g)).toHaveLength(1);
  });
});
