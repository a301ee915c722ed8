import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like, sql } from 'drizzle-orm';
import { submitReport } from '../../core/reports/submit.js';
import { broadcasts, hotSpots, reportReviews, reports, sends, synthesisRuns } from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { testConfig } from '../helpers/config.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';
import { consoleApp, form, login, type ConsoleClient } from './console-fixtures.js';
import { raiseAlert } from './hotspot-fixtures.js';

/** What an official does without thinking: dates typed the wrong way round, a form sent again. */
let t: TestDatabase;
let tree: Tree;
let c: ConsoleClient;
let s: { cookie: string; csrf: string };
let collaborator: string;
let receiptOfHotSpot: string;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  const official = (await addPerson(t.db, tree.commune, 'official', 'Cán bộ xã')).id;
  collaborator = (await addPerson(t.db, tree.commune, 'collaborator', 'CTV xã')).id;
  for (const [receipt, at] of [
    ['BN-REV-in', '2026-11-10T09:00:00+07:00'],
    ['BN-REV-out', '2026-11-25T09:00:00+07:00'],
  ] as const) {
    await t.db.execute(sql`
      insert into reports (kind, receipt_no, period, unit_id, status, title, submitted_at)
      values ('quick', ${receipt}, '2026-11', ${tree.commune}, 'submitted', ${receipt}, ${at}::timestamptz)`);
  }
  const { hotSpotId } = await raiseAlert(t.db, { id: collaborator }, tree.commune, 2);
  await t.db
    .update(hotSpots)
    .set({ createdAt: new Date('2026-11-10T09:00:00+07:00') })
    .where(eq(hotSpots.id, hotSpotId));
  receiptOfHotSpot = (await t.db.select({ r: hotSpots.receiptNo }).from(hotSpots).where(eq(hotSpots.id, hotSpotId)))[0]!.r;
  c = consoleApp(t.db, testConfig({ MAP_TILE_URL: '' }));
  s = await login(t.db, c, official);
});
afterAll(async () => t?.close());

const field = (page: string, id: string) => new RegExp(`<input id="${id}" type="text" name="[a-z]+" value="([^"]*)"`).exec(page)?.[1];

describe('«Từ ngày» later than «Đến ngày»', () => {
  it('reports: the range meant (the days swapped in the fields), not an empty list', async () => {
    const page = await (await c.request('/reports?from=20%2F11%2F2026&to=01%2F11%2F2026', { cookie: s.cookie })).text();
    expect([field(page, 'f-from'), field(page, 'f-to')]).toEqual(['01/11/2026', '20/11/2026']);
    expect(page).toContain('BN-REV-in<');
    expect(page).not.toContain('BN-REV-out<');
    expect(page).toContain('export.csv?from=2026-11-01&amp;to=2026-11-20');
  });

  it('hot spots: the same', async () => {
    const page = await (await c.request('/hot-spots?status=&from=20%2F11%2F2026&to=01%2F11%2F2026', { cookie: s.cookie })).text();
    expect([field(page, 'f-from'), field(page, 'f-to')]).toEqual(['01/11/2026', '20/11/2026']);
    expect(page).toContain(`${receiptOfHotSpot}<`);
  });
});

describe('«Yêu cầu bổ sung» sent again', () => {
  it('the same note on the same version (back, send again) reaches the reporter once; a new note is a new request', async () => {
    const draft = { kind: 'quick', period: '2026-11', issues: [{ topicCode: 'DD01', title: 'Đường sạt lở', summary: 'Khó đi.', streams: [] }] };
    const { reportId } = await t.db.transaction((tx) => submitReport(tx, draft, { personId: collaborator, unitId: tree.commune }, new Date()));
    const ask = (note: string) => c.request(`/reports/${reportId}/more`, { method: 'POST', cookie: s.cookie, ...form({ _csrf: s.csrf, note }) });
    const notices = () =>
      t.db
        .select()
        .from(sends)
        .where(like(sends.purpose, `rv-${reportId}-more-%`));
    const first = await ask('Nêu rõ đoạn nào sạt lở');
    const again = await ask('  Nêu rõ đoạn nào sạt lở ');
    expect([first.status, again.status]).toEqual([303, 303]);
    expect(again.headers.get('location')).toContain('done=reports-review-done-more');
    expect(await notices()).toHaveLength(1);
    await ask('Thêm số hộ bị ảnh hưởng');
    expect(await notices()).toHaveLength(2);
    expect(await t.db.select().from(reportReviews).where(eq(reportReviews.reportId, reportId))).toHaveLength(2);
  });
});

describe('«Gửi định hướng» sent again', () => {
  it('a reload or «back» and «Gửi» of the same guidance does not reach everyone a second time; another guidance does', async () => {
    const send = (title: string) =>
      c.request('/guidance/new', {
        method: 'POST',
        cookie: s.cookie,
        ...form({ _csrf: s.csrf, step: 'send', title, body: 'Đề nghị các đồng chí nắm tình hình.', unit: tree.commune, requireAck: '1' }),
      });
    const first = await (await send('Lịch tiếp công dân tháng 12')).text();
    expect(first).toContain('Đã bắt đầu gửi định hướng');
    const again = await send('Lịch tiếp công dân tháng 12');
    expect(again.status).toBe(200);
    const html = await again.text();
    expect(html).toContain('đã được gửi lúc');
    expect(html).toContain('hệ thống không gửi lại lần thứ hai');
    expect(await t.db.select().from(broadcasts)).toHaveLength(1);
    await send('Lịch tiếp công dân tháng 1');
    expect(await t.db.select().from(broadcasts)).toHaveLength(2);
  });
});

describe('«Tổng hợp» for a period typed by hand', () => {
  it('11/2026 (as Firefox lets one type it) is November 2026; an unreadable period is said so, not replaced by another', async () => {
    const ask = (period: string) => c.request('/synthesis', { method: 'POST', cookie: s.cookie, ...form({ _csrf: s.csrf, unit: tree.commune, period }) });
    const html = await ask('tháng 11');
    expect(html.status).toBe(400);
    expect(await html.text()).toContain('Không đọc được kỳ báo cáo «tháng 11»');
    expect(await t.db.select().from(synthesisRuns)).toHaveLength(0);
    const ok = await ask(' 11/2026 ');
    expect(ok.status).toBe(200);
    expect((await t.db.select({ period: synthesisRuns.period }).from(synthesisRuns)).map((r) => r.period)).toEqual(['2026-11']);
    // Reloaded (the browser sends the form again): the run just asked for, not a second document.
    expect((await ask('11/2026')).status).toBe(200);
    expect(await t.db.select().from(synthesisRuns)).toHaveLength(1);
    const page = await (await c.request('/synthesis', { cookie: s.cookie })).text();
    expect(page).toContain('id="s-period" type="text" name="period"');
  });
});

describe('the report period as officials write it', () => {
  it('11/2026 on a report and in the list, not 2026-11', async () => {
    await t.db.execute(sql`
      insert into reports (kind, receipt_no, period, unit_id, status, submitted_at)
      values ('periodic', 'BC-PER-1', '2026-11', ${tree.commune}, 'submitted', '2026-11-12T09:00:00+07:00'::timestamptz)`);
    const [r] = await t.db.select({ id: reports.id }).from(reports).where(eq(reports.receiptNo, 'BC-PER-1'));
    const page = await (await c.request(`/reports/${r!.id}`, { cookie: s.cookie })).text();
    expect(page).toContain('>11/2026<');
    expect(page).not.toContain('>2026-11<');
    const list = await (await c.request('/reports?kind=periodic', { cookie: s.cookie })).text();
    expect(list).toContain('Báo cáo kỳ 11/2026');
  });
});
