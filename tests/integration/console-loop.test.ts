import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createI18n } from '../../core/kernel/i18n.js';
import { handleFollowUp } from '../../core/hot-spots/follow-up.js';
import { seedTopics } from '../../core/reports/topics.js';
import { FALLBACK_TOPIC } from '../../core/reports/topic-taxonomy.js';
import { createReportRequest } from '../../core/reports/requests/request.js';
import { sendReportRequest } from '../../core/reports/requests/delivery.js';
import { auditLog, hotSpotEvents, hotSpots, outbox, reports } from '../../db/schema/index.js';
import { fmtTime } from '../../bot/console/page-context.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { consoleApp, form, login, type ConsoleClient } from './console-fixtures.js';
import { raiseAlert, testEnv } from './hotspot-fixtures.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/**
 * The console side of issue 13: the playbook checklist ticked on the alert page (same core
 * function as the chat's /kichban, so the tick is on the timeline), the deadline that runs
 * (acknowledgement, then the handling follow-up's), urgent reports marked «Khẩn», and the
 * Yêu cầu báo cáo page (who answered, unit by unit).
 */
let db: TestDatabase;
let tree: Tree;
let c: ConsoleClient;
let official: { id: string; cookie: string; csrf: string };
let reporter: string;
const config = testConfig({ MAP_TILE_URL: '', QUIET_HOURS: '' });
const tz = config.TIMEZONE;

beforeAll(async () => {
  db = await createTestDatabase();
  tree = await seedTree(db.db);
  await seedTopics(db.db);
  c = consoleApp(db.db, config);
  reporter = (await addPerson(db.db, tree.commune, 'collaborator', 'CTV Hoa')).id;
  const id = (await addPerson(db.db, tree.commune, 'official', 'Cán bộ Bình')).id;
  official = { id, ...(await login(db.db, c, id)) };
});
afterAll(async () => db.close());

const page = async (path: string) => {
  const res = await c.request(path, { cookie: official.cookie });
  return { status: res.status, html: await res.text() };
};
/** As htmx posts (the part with the outcome comes back); without htmx the answer is a 303 (console-leftovers). */
const post = (path: string, values: Record<string, string> = {}) => {
  const f = form({ _csrf: official.csrf, ...values });
  return c.request(path, { method: 'POST', body: f.body, headers: { ...f.headers, 'hx-request': 'true' }, cookie: official.cookie });
};
const tickButtons = (html: string) => [...html.matchAll(/name="n" value="(\d+)"/g)].map((m) => Number(m[1]));

describe('alert page: playbook checklist and deadlines', () => {
  it('shows the category playbook with a button per step; ticking one puts it on the timeline and removes its button', async () => {
    const { hotSpotId } = await raiseAlert(db.db, { id: reporter }, tree.commune, 4);
    // The escalation job sets the acknowledgement deadline when it notifies the officials.
    const ackBy = new Date(Date.now() + 10 * 60_000);
    await db.db.update(hotSpots).set({ ackDeadline: ackBy }).where(eq(hotSpots.id, hotSpotId));
    const before = await page(`/hot-spots/${hotSpotId}`);
    expect(before.status).toBe(200);
    expect(before.html).toContain('Khiếu kiện đông người, vượt cấp');
    expect(before.html).toContain('Liên hệ: Đầu mối cơ sở, Công an xã');
    expect(tickButtons(before.html)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Open: the acknowledgement deadline runs.
    expect(before.html).toContain('Hạn tiếp nhận');
    expect(before.html).toContain(`<dd data-testid="hs-deadline">${fmtTime(ackBy, tz)}</dd>`);

    const res = await post(`/hot-spots/${hotSpotId}/step`, { n: '2' });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('Đã ghi nhận bước 2 của kịch bản');
    expect(tickButtons(html)).toEqual([1, 3, 4, 5, 6, 7]);
    expect(html).toContain('đã làm 1/7 bước');
    // On the timeline, with the step's text, as the chat's tick.
    expect(html).toMatch(/làm bước kịch bản<\/strong> — Cán bộ Bình<div class="pre">Gọi điện báo cáo Thường trực/);
    const events = await db.db
      .select()
      .from(hotSpotEvents)
      .where(and(eq(hotSpotEvents.hotSpotId, hotSpotId), eq(hotSpotEvents.kind, 'playbook_step')));
    expect(events.map((e) => e.data)).toEqual([{ stepId: 'bao_cao_nhanh', n: 2 }]);
    const audited = await db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, official.id), eq(auditLog.action, 'hotspot.playbook_step')));
    expect(audited.map((a) => a.outcome)).toEqual(['ok']);

    // A second tick of the same step changes nothing; a step that does not exist is refused.
    expect(await (await post(`/hot-spots/${hotSpotId}/step`, { n: '2' })).text()).toContain('Bước 2 đã được đánh dấu từ trước');
    expect(await (await post(`/hot-spots/${hotSpotId}/step`, { n: '99' })).text()).not.toContain('đã làm 2/7');
    expect(await (await post(`/hot-spots/${hotSpotId}/step`, { n: 'x' })).text()).toContain('đã làm 1/7 bước');
    expect(await db.db.$count(hotSpotEvents, and(eq(hotSpotEvents.hotSpotId, hotSpotId), eq(hotSpotEvents.kind, 'playbook_step')))).toBe(1);
  });

  it('once taken, shows the handling deadline exactly when the next follow-up fires, also after a follow-up round', async () => {
    const { hotSpotId } = await raiseAlert(db.db, { id: reporter }, tree.commune, 4);
    expect((await post(`/hot-spots/${hotSpotId}/ack`)).status).toBe(200);
    const jobAt = async (round: number) => {
      const [job] = await db.db
        .select()
        .from(outbox)
        .where(eq(outbox.jobId, (await jobIdOf(hotSpotId, round))!));
      return job!.runAt;
    };
    const first = await page(`/hot-spots/${hotSpotId}`);
    expect(first.html).toContain('Hạn cập nhật xử lý');
    expect(first.html).not.toContain('Hạn tiếp nhận');
    expect(first.html).toContain(fmtTime(await jobAt(1), tz));
    expect(first.html).toContain('cập nhật tình hình 2 giờ một lần');

    // The follow-up fires later: the next deadline counts from it, as the timer does.
    const [hs] = await db.db.select().from(hotSpots).where(eq(hotSpots.id, hotSpotId));
    const later = new Date(Date.now() + 3 * 3600_000);
    const env = testEnv(config, () => later);
    await db.db.transaction((tx) => handleFollowUp(tx, env, { hotSpotId, takenAt: hs!.acknowledgedAt!.toISOString(), round: 1 }));
    const second = await page(`/hot-spots/${hotSpotId}`);
    const next = await jobAt(2);
    expect(next.getTime()).toBe(later.getTime() + 120 * 60_000 * config.ESCALATION_TIME_SCALE);
    expect(second.html).toContain(fmtTime(next, tz));
  });
});

async function jobIdOf(hotSpotId: string, round: number): Promise<string | undefined> {
  const rows = await db.db.select({ jobId: outbox.jobId }).from(outbox);
  return rows.map((r) => r.jobId).find((j) => j.startsWith(`hs-follow-${hotSpotId}-`) && j.endsWith(`-${round}`));
}

describe('urgent reports are marked «Khẩn»', () => {
  it('in the report browser, on the report and on the overview; a plain report is not', async () => {
    const mk = async (urgent: boolean, receiptNo: string) => {
      const [r] = await db.db
        .insert(reports)
        .values({
          kind: 'quick',
          unitId: tree.commune,
          reporterId: reporter,
          receiptNo,
          status: 'submitted',
          submittedAt: new Date(),
          title: receiptNo,
          urgent,
        })
        .returning();
      return r!.id;
    };
    const urgentId = await mk(true, 'BN-KHAN-1');
    await mk(false, 'BN-THUONG-1');
    const mark = '<span class="urgent"';
    const rowOf = (html: string, receipt: string) => html.slice(html.indexOf(`>${receipt}</a>`), html.indexOf('</td>', html.indexOf(`>${receipt}</a>`)));
    const list = await page('/reports');
    expect(rowOf(list.html, 'BN-KHAN-1')).toContain(mark);
    expect(rowOf(list.html, 'BN-KHAN-1')).toContain('Khẩn');
    expect(rowOf(list.html, 'BN-THUONG-1')).not.toContain(mark);
    const overview = await page('/');
    expect(rowOf(overview.html, 'BN-KHAN-1')).toContain(mark);
    expect(rowOf(overview.html, 'BN-THUONG-1')).not.toContain(mark);
    expect((await page(`/reports/${urgentId}`)).html).toContain(mark);
  });
});

describe('Yêu cầu báo cáo page', () => {
  it('lists the requests of the subtree and, per request, who answered unit by unit; out of scope is refused', async () => {
    const nam = (await addPerson(db.db, tree.commune, 'collaborator', 'CTV Nam')).id;
    await addPerson(db.db, tree.otherCommune, 'collaborator', 'CTV An');
    const province = (await addPerson(db.db, tree.province, 'official', 'Cán bộ tỉnh')).id;
    const now = new Date();
    const created = await db.db.transaction((tx) =>
      createReportRequest(
        tx,
        config,
        { id: province, unitId: tree.province },
        {
          topicCode: FALLBACK_TOPIC,
          subject: 'Dư luận về bồi thường đất',
          questions: [],
          dueAt: new Date(now.getTime() + 3 * 86_400_000),
          unitId: tree.province,
          filters: { roles: ['collaborator'] },
        },
        now,
      ),
    );
    if (!created.ok) throw new Error(created.code);
    const { t } = createI18n();
    await sendReportRequest({ db: db.db, config, t, now: () => new Date() }, created.requestId);
    await db.db.insert(reports).values({
      kind: 'thematic',
      unitId: tree.commune,
      reporterId: nam,
      receiptNo: 'BN-YC-1',
      status: 'submitted',
      submittedAt: new Date(),
      requestId: created.requestId,
    });

    const provinceSession = await login(db.db, c, province);
    const list = await (await c.request('/requests', { cookie: provinceSession.cookie })).text();
    expect(list).toContain(`href="/console/requests/${created.requestId}"`);
    expect(list).toContain('Dư luận về bồi thường đất');
    const detailRes = await c.request(`/requests/${created.requestId}`, { cookie: provinceSession.cookie });
    const detail = await detailRes.text();
    expect(detailRes.status).toBe(200);
    const row = (unit: string) =>
      detail.slice(detail.indexOf(`<th scope="row">${unit}</th>`), detail.indexOf('</tr>', detail.indexOf(`<th scope="row">${unit}</th>`)));
    // Tân Hòa: Nam answered (receipt linked), Hoa (and nobody else) has not; An Lạc: An has not.
    expect(row('Xã Tân Hòa')).toMatch(/<td data-label="[^"]+">1\/2<\/td>/);
    expect(row('Xã Tân Hòa')).toMatch(/CTV Nam \(<a href="\/console\/reports\/[0-9a-f-]{36}">BN-YC-1<\/a>\)/);
    expect(row('Xã Tân Hòa')).toMatch(/<td data-label="[^"]+">CTV Hoa<\/td>/);
    expect(row('Xã An Lạc')).toMatch(/<td data-label="[^"]+">0\/1<\/td>/);
    expect(row('Xã An Lạc')).toMatch(/<td data-label="[^"]+">CTV An<\/td>/);
    expect(detail).toContain('1/3');

    // The commune's official does not see the province's request, in the list or by its address.
    expect(await (await c.request('/requests', { cookie: official.cookie })).text()).not.toContain('Dư luận về bồi thường đất');
    const refused = await c.request(`/requests/${created.requestId}`, { cookie: official.cookie });
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toContain('Dư luận về bồi thường đất');
  });
});
