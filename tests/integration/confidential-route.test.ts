import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { handleCreated } from '../../core/hot-spots/escalation.js';
import { defaultsFromConfig } from '../../core/people/unit-tree.js';
import { collectSynthesis } from '../../core/synthesis/collect.js';
import { spanOf } from '../../core/synthesis/span.js';
import { createReportRequest } from '../../core/reports/requests/request.js';
import { sendReportRequest } from '../../core/reports/requests/delivery.js';
import { FALLBACK_TOPIC } from '../../core/reports/topic-taxonomy.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { hotSpots, reports, units } from '../../db/schema/index.js';
import { fillUntilReceipt, RECEIPT, type ChatUser, type SeenMessage } from '../helpers/chat-driver.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { testConfig } from '../helpers/config.js';
import { consoleApp, login, type ConsoleClient } from './console-fixtures.js';
import { testEnv } from './hotspot-fixtures.js';
import { loopWorld, member, type LoopWorld } from './loop-fixtures.js';
import { seedUnits, type PersonRef, type Unit } from '../../testkit/seed.js';

/**
 * Issue 13 §7, the confidential route, through the real intake: a commune collaborator sends a
 * quick report «chỉ cấp trên trực tiếp» (to the district) and a hot spot «thẳng lên tỉnh». The
 * commune's official sees neither anywhere (notices, /baocao_ds, /xem, /timkiem, /canhbao, the
 * console's lists, pages, exports and dashboard, the synthesis of the commune); the district sees
 * the report but not the alert sent past it; the province sees both.
 */
const config = testConfig({ QUIET_HOURS: '' });
let t: TestDatabase;
let u: Record<string, Unit>;
let world: LoopWorld;
let c: ConsoleClient;
const who: Record<'ctv' | 'commune' | 'district' | 'province', PersonRef> = {} as never;
let quick: { receipt: string; id: string; replies: string };
let alert: { receipt: string; id: string; replies: string };

/** Answers like fillUntilReceipt until a button with this label is offered. */
async function fillUntilButton(user: ChatUser, first: SeenMessage[], label: RegExp): Promise<string> {
  let seen = first;
  for (let step = 0; step < 60; step++) {
    const choices = seen.flatMap((m) => m.choices);
    const wanted = choices.find((ch) => label.test(ch.label));
    if (wanted) return wanted.data;
    const pick = choices.find((ch) => !/^(✏️|🗑|‹|Xem thêm|Thêm|Bỏ qua|Không có|Sửa|Hủy|Nhóm khác)/u.test(ch.label)) ?? choices[0];
    seen = pick ? await user.press(pick.data) : await user.send(`Chủ tịch xã chỉ đạo san lấp trái phép, ý kiến nhóm nông dân ${step}`);
  }
  throw new Error(`no button ${label} offered`);
}

/** Starts a flow, takes «🔒 Chỉ gửi cấp trên», picks the route, and follows it to the receipt. */
async function sendConfidential(command: string, route: RegExp): Promise<{ receipt: string; replies: string }> {
  const ctv = world.user(who.ctv);
  const asked = await ctv.press(await fillUntilButton(ctv, await ctv.send(command), /Chỉ gửi cấp trên/));
  const routeButton = asked.flatMap((m) => m.choices).find((ch) => route.test(ch.label))!;
  const after = await ctv.press(routeButton.data);
  const { receipt } = await fillUntilReceipt(ctv, after);
  return { receipt, replies: after.map((m) => m.text).join('\n') };
}

async function page(personId: string, path: string) {
  const s = await login(t.db, c, personId);
  const res = await c.request(path, { cookie: s.cookie });
  return { status: res.status, body: await res.text() };
}

const idOf = async (receipt: string) =>
  (await t.db.select({ id: reports.id }).from(reports).where(eq(reports.receiptNo, receipt)))[0]?.id ??
  (await t.db.select({ id: hotSpots.id }).from(hotSpots).where(eq(hotSpots.receiptNo, receipt)))[0]!.id;

beforeAll(async () => {
  t = await createTestDatabase();
  u = await seedUnits(t.db, [
    { key: 'province', code: 'HP', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' },
    { key: 'district', code: 'H1', name: 'Huyện ủy Thủy Nguyên', parent: 'province' },
    { key: 'commune', code: 'X1', name: 'Xã Tân Hòa', parent: 'district' },
    { key: 'ward', code: 'P1', name: 'Phường Minh Khai', parent: 'province' },
  ]);
  await t.db.update(units).set({ kind: 'tinh' }).where(eq(units.id, u.province!.id));
  who.ctv = await member(t.db, u.commune!.id, 'collaborator', 'CTV Hoa');
  who.commune = await member(t.db, u.commune!.id, 'official', 'Cán bộ xã Bình');
  who.district = await member(t.db, u.district!.id, 'official', 'Cán bộ huyện Nam');
  who.province = await member(t.db, u.province!.id, 'official', 'Cán bộ tỉnh Minh');
  world = loopWorld(t.db, config);
  c = consoleApp(t.db, config);
  const q = await sendConfidential('/nhanh', /^Chỉ cấp trên trực tiếp$/);
  quick = { ...q, id: await idOf(q.receipt) };
  const a = await sendConfidential('/diemnong', /^Thẳng lên tỉnh$/);
  alert = { ...a, id: await idOf(a.receipt) };
  // On the map too (the chat's alert came without a location).
  await t.db.update(hotSpots).set({ latitude: 20.86, longitude: 106.68 }).where(eq(hotSpots.id, alert.id));
  // The worker's job: the first notification of the alert.
  await t.db.transaction((tx) => handleCreated(tx, testEnv(config), alert.id));
}, 120_000);
afterAll(async () => t?.close());

describe('filing «chỉ cấp trên»', () => {
  it('with the province directly above, one choice is offered, not two that mean the same', async () => {
    const deep = world.user(who.ctv);
    const three = await deep.press(await fillUntilButton(deep, await deep.send('/nhanh'), /Chỉ gửi cấp trên/));
    expect(three.at(-1)!.choices.map((ch) => ch.label)).toEqual(['Gửi bình thường', 'Chỉ cấp trên trực tiếp', 'Thẳng lên tỉnh']);
    await deep.send('/huy');

    const ward = world.user(await member(t.db, u.ward!.id, 'collaborator', 'CTV phường Lan'));
    const asked = await ward.press(await fillUntilButton(ward, await ward.send('/nhanh'), /Chỉ gửi cấp trên/));
    expect(asked.at(-1)!.choices.map((ch) => ch.label)).toEqual(['Gửi bình thường', 'Chỉ gửi lên tỉnh (cấp trên trực tiếp)']);
    // "Thẳng lên tỉnh" is not a choice here: typing it asks again.
    expect((await ward.send('Thẳng lên tỉnh')).at(-1)!.text).toContain('Ai được xem tin này?');
    const after = await ward.press(asked.at(-1)!.choices[1]!.data);
    const { receipt } = await fillUntilReceipt(ward, after);
    const [r] = await t.db.select().from(reports).where(eq(reports.receiptNo, receipt));
    expect(r!.confidentialUnitId).toBe(u.province!.id);
  });

  it('stores the unit it was sent to, and the receipt says who will see it', async () => {
    const [r] = await t.db.select().from(reports).where(eq(reports.id, quick.id));
    expect(r!.confidentialUnitId).toBe(u.district!.id);
    expect(quick.replies).toContain(`Chỉ cán bộ ${u.district!.name} và cấp trên xem được`);
    const [h] = await t.db.select().from(hotSpots).where(eq(hotSpots.id, alert.id));
    expect(h!.confidentialUnitId).toBe(u.province!.id);
    // Escalation starts at the province: the alert is in its hands from the first notice.
    expect(h!.levelUnitId).toBe(u.province!.id);
    expect(alert.replies).toContain(`Chỉ cán bộ ${u.province!.name} và cấp trên xem được`);
  });

  it('notices go to the unit it was sent to, never to the skipped units', async () => {
    expect(await world.inbox(who.commune)).toEqual([]);
    const district = await world.inbox(who.district);
    expect(district.map((m) => m.purpose)).toEqual([`rn-${quick.id}`]);
    expect(district[0]!.text).toContain('chỉ cấp trên');
    const province = await world.inbox(who.province, `hs-${alert.id}`);
    expect(province).toHaveLength(1);
    expect(province[0]!.text).toContain(alert.receipt);
  });
});

describe('the commune official sees nothing of it in chat', () => {
  it('/baocao_ds, /xem, /timkiem, /canhbao', async () => {
    const binh = world.user(who.commune);
    expect((await binh.send('/baocao_ds'))[0]!.text).toContain('Chưa có báo cáo');
    expect((await binh.send(`/xem ${quick.receipt}`))[0]!.text).toContain('Không tìm thấy');
    expect((await binh.send(`/xem ${alert.receipt}`))[0]!.text).toContain('Không tìm thấy');
    expect((await binh.send('/timkiem san lap trai phep'))[0]!.text).toContain('Không tìm thấy');
    expect((await binh.send('/canhbao'))[0]!.text).toContain('không có cảnh báo');
    const [rated] = await binh.press(`nw:u:${quick.id}`);
    expect(rated!.text).not.toContain('Hữu ích');
  });

  it('the district sees the report sent to it, but not the alert sent past it to the province', async () => {
    const nam = world.user(who.district);
    expect((await nam.send('/baocao_ds'))[0]!.text).toContain(quick.receipt);
    expect((await nam.send(`/xem ${quick.receipt}`))[0]!.text).toContain(`Báo cáo nhanh ${quick.receipt}`);
    const search = (await nam.send('/timkiem san lap trai phep')).map((m) => m.text).join('\n');
    expect(search).toContain(quick.receipt);
    expect(search).not.toContain(alert.receipt);
    expect((await nam.send('/canhbao'))[0]!.text).not.toContain(alert.receipt);
  });

  it('the province sees both', async () => {
    const minh = world.user(who.province);
    expect((await minh.send('/baocao_ds'))[0]!.text).toContain(quick.receipt);
    expect((await minh.send(`/xem ${alert.receipt}`))[0]!.text).toContain(alert.receipt);
    expect((await minh.send('/canhbao')).map((m) => m.text).join('\n')).toContain(alert.receipt);
    expect((await minh.send('/timkiem san lap trai phep')).map((m) => m.text).join('\n')).toContain(alert.receipt);
  });
});

describe('the console (HTTP) and the synthesis', () => {
  it('commune: reports, alerts, map, detail pages, exports, dashboard show nothing of it', async () => {
    for (const path of ['/', '/reports', '/reports?q=san+lap', '/reports/export.csv', '/hot-spots', '/hot-spots?status=active', '/hot-spots/points']) {
      const r = await page(who.commune.id, path);
      expect(r.body, path).not.toContain(quick.receipt);
      expect(r.body, path).not.toContain(alert.receipt);
    }
    expect((await page(who.commune.id, `/reports/${quick.id}`)).status).toBe(404);
    expect((await page(who.commune.id, `/hot-spots/${alert.id}`)).status).toBe(404);
  });

  it('district and province: the console shows what their chat shows', async () => {
    expect((await page(who.district.id, '/reports')).body).toContain(quick.receipt);
    // The search checks the scope on the search documents (their copy of the confidential unit).
    expect((await page(who.district.id, '/reports?q=san+lap')).body).toContain(quick.receipt);
    const detail = await page(who.district.id, `/reports/${quick.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toContain(`🔒 Chỉ cấp trên: cán bộ ${u.commune!.name}`);
    expect((await page(who.district.id, '/hot-spots')).body).not.toContain(alert.receipt);
    expect((await page(who.province.id, '/hot-spots')).body).toContain(alert.receipt);
    const points = async (id: string) => (JSON.parse((await page(id, '/hot-spots/points')).body) as { points: { id: string }[] }).points;
    expect(await points(who.district.id)).toEqual([]);
    expect(await points(who.province.id)).toEqual([
      { id: alert.id, lat: 20.86, lng: 106.68, severity: expect.any(Number), label: expect.stringMatching(new RegExp(`^${alert.receipt} · \\S.* · \\S.*$`)) },
    ]);
    const alertPage = await page(who.province.id, `/hot-spots/${alert.id}`);
    expect(alertPage.status).toBe(200);
    // The alert's page says who cannot see it, as the report's does (one shared line).
    expect(alertPage.body).toContain(`🔒 Chỉ cấp trên: cán bộ ${u.commune!.name} và các cấp bị bỏ qua không xem được tin này`);
  });

  it('the synthesis of the commune leaves both out; the province has both', async () => {
    const [r] = await t.db.select({ period: reports.period }).from(reports).where(eq(reports.id, quick.id));
    const env = { timeZone: config.TIMEZONE, defaults: defaultsFromConfig(config), locale: 'vi' as const };
    const collect = (unit: Unit) =>
      collectSynthesis(t.db, env, { unitId: unit.id, code: unit.code, name: unit.name, path: unit.path }, spanOf(r!.period!), new Date());
    const commune = (await collect(u.commune!)).input;
    expect(commune.reports.map((x) => x.receiptNo)).not.toContain(quick.receipt);
    expect(commune.hotSpots.map((x) => x.receiptNo)).not.toContain(alert.receipt);
    const district = (await collect(u.district!)).input;
    expect(district.reports.map((x) => x.receiptNo)).toContain(quick.receipt);
    expect(district.hotSpots.map((x) => x.receiptNo)).not.toContain(alert.receipt);
    const province = (await collect(u.province!)).input;
    expect(province.reports.map((x) => x.receiptNo)).toContain(quick.receipt);
    expect(province.hotSpots.map((x) => x.receiptNo)).toContain(alert.receipt);
  });

  it('the reporter still finds both under /trangthai', async () => {
    const text = (await world.user(who.ctv).send('/trangthai')).map((m) => m.text).join('\n');
    expect(text).toContain(quick.receipt);
    expect(text).toContain(alert.receipt);
    expect(RECEIPT.test(text)).toBe(true);
  });
});

describe('an answer to a report request sent «chỉ cấp trên»', () => {
  it('counts as answered for the commune official who asked, without its receipt; the district sees the receipt', async () => {
    const made = await t.db.transaction((tx) =>
      createReportRequest(
        tx,
        config,
        { id: who.commune.id, unitId: u.commune!.id },
        {
          topicCode: FALLBACK_TOPIC,
          subject: 'Dư luận về san lấp mặt bằng',
          questions: [],
          dueAt: new Date(Date.now() + 86_400_000),
          unitId: u.commune!.id,
          filters: {},
        },
        new Date(),
      ),
    );
    if (!made.ok) throw new Error(made.code);
    await sendReportRequest({ db: t.db, config, t: createI18n().t, now: () => new Date() }, made.requestId);
    const [card] = await world.inbox(who.ctv, `report-request-${made.requestId}`);
    const ctv = world.user(who.ctv);
    const asked = await ctv.press(await fillUntilButton(ctv, await ctv.press(card!.choices[0]!.data), /Chỉ gửi cấp trên/));
    const { receipt } = await fillUntilReceipt(
      ctv,
      await ctv.press(asked.flatMap((m) => m.choices).find((ch) => /^Chỉ cấp trên trực tiếp$/.test(ch.label))!.data),
    );
    const [answer] = await t.db.select().from(reports).where(eq(reports.receiptNo, receipt));
    expect(answer).toMatchObject({ requestId: made.requestId, confidentialUnitId: u.district!.id });
    const commune = (await world.user(who.commune).send('/yeucaubaocao_ds')).map((m) => m.text).join('\n');
    expect(commune).toContain('đã gửi 1/1');
    expect(commune).toContain('CTV Hoa (Xã Tân Hòa)');
    expect(commune).not.toContain(receipt);
    const district = (await world.user(who.district).send('/yeucaubaocao_ds')).map((m) => m.text).join('\n');
    expect(district).toContain(receipt);
    expect((await page(who.commune.id, `/requests/${made.requestId}`)).body).not.toContain(receipt);
    expect((await page(who.district.id, `/requests/${made.requestId}`)).body).toContain(receipt);
  });
});
