import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { unzipSync, strFromU8 } from 'fflate';
import { issueLoginToken, logout } from '../../core/console/sessions.js';
import { parseCsv } from '../../core/kernel/csv.js';
import { readXlsxLines } from '../../core/kernel/xlsx-read.js';
import { submitReport } from '../../core/reports/submit.js';
import { auditLog, consoleSessions, hotSpots, reportReviews, sends, synthesisRuns } from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { consoleApp, form, HOST, login, POLICY, type ConsoleClient } from './console-fixtures.js';
import { raiseAlert } from './hotspot-fixtures.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

let db: TestDatabase;
let tree: Tree;
let c: ConsoleClient;
let official: string;
let collaborator: string;
const config = testConfig({ MAP_TILE_URL: '' });

beforeAll(async () => {
  db = await createTestDatabase();
  tree = await seedTree(db.db);
  official = (await addPerson(db.db, tree.commune, 'official', 'Cán bộ xã')).id;
  collaborator = (await addPerson(db.db, tree.commune, 'collaborator', 'CTV xã')).id;
  c = consoleApp(db.db, config);
});
afterAll(async () => db.close());

describe('console login by a single-use link', () => {
  it('opening the link shows a button; only the POST logs in, once, with a HttpOnly SameSite=Lax cookie', async () => {
    const r = await db.db.transaction((tx) => issueLoginToken(tx, official, POLICY, c.clock.now));
    expect(r.ok).toBe(true);
    const token = (r as { token: string }).token;
    const shown = await c.request(`/login/${token}`);
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain('<form method="post"');
    const res = await c.request(`/login/${token}`, { method: 'POST', headers: { origin: `http://${HOST}` } });
    expect(res.status).toBe(303);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^dlxh_console=[A-Za-z0-9_-]+;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/console/);
    expect(cookie).not.toMatch(/Secure/);
    const again = await c.request(`/login/${token}`, { method: 'POST', headers: { origin: `http://${HOST}` } });
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('đã được sử dụng');
    // Only hashes are stored.
    const stored = await db.db.select().from(consoleSessions).where(eq(consoleSessions.personId, official));
    expect(stored.every((s) => !cookie.includes(s.tokenHash))).toBe(true);
  });

  it('refuses expired, unknown and cross-site links; collaborators get no link; all audited', async () => {
    const r = await db.db.transaction((tx) => issueLoginToken(tx, official, POLICY, new Date(Date.now() - 11 * 60_000)));
    const expired = await c.request(`/login/${(r as { token: string }).token}`, { method: 'POST', headers: { origin: `http://${HOST}` } });
    expect(expired.status).toBe(410);
    expect((await c.request(`/login/${'x'.repeat(43)}`, { method: 'POST', headers: { origin: `http://${HOST}` } })).status).toBe(410);
    const fresh = await db.db.transaction((tx) => issueLoginToken(tx, official, POLICY, new Date()));
    const cross = await c.request(`/login/${(fresh as { token: string }).token}`, { method: 'POST', headers: { origin: 'https://evil.example' } });
    expect(cross.status).toBe(400);
    const ctv = await db.db.transaction((tx) => issueLoginToken(tx, collaborator, POLICY, new Date()));
    expect(ctv).toEqual({ ok: false, code: 'not_official' });
    const refused = await db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'console.login'), eq(auditLog.outcome, 'refused')));
    expect(refused.map((a) => (a.details as { reason: string }).reason)).toContain('expired');
    const link = await db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'console.link'), eq(auditLog.actorId, collaborator)));
    expect(link[0]?.outcome).toBe('refused');
  });

  it('a secure cookie when PUBLIC_URL is https', async () => {
    const secure = consoleApp(db.db, testConfig({ PUBLIC_URL: 'https://dlxh.example.vn' }));
    const r = await db.db.transaction((tx) => issueLoginToken(tx, official, POLICY, new Date()));
    const res = await secure.request(`/login/${(r as { token: string }).token}`, { method: 'POST', headers: { origin: `http://${HOST}` } });
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });
});

describe('console sessions', () => {
  it('pages need a session; idle timeout and absolute lifetime end it', async () => {
    expect((await c.request('/')).status).toBe(303);
    expect((await c.request('/hot-spots', { headers: { 'hx-request': 'true' } })).status).toBe(401);
    const s = await login(db.db, c, official);
    expect((await c.request('/', { cookie: s.cookie })).status).toBe(200);
    const start = c.clock.now;
    c.clock.now = new Date(start.getTime() + 29 * 60_000);
    expect((await c.request('/', { cookie: s.cookie })).status).toBe(200); // touched: idle restarts
    c.clock.now = new Date(start.getTime() + 58 * 60_000);
    expect((await c.request('/', { cookie: s.cookie })).status).toBe(200);
    c.clock.now = new Date(start.getTime() + 95 * 60_000);
    expect((await c.request('/', { cookie: s.cookie })).status).toBe(303); // idle 37 min
    c.clock.now = start;
    const s2 = await login(db.db, c, official);
    for (let m = 25; m < 12 * 60; m += 25) {
      c.clock.now = new Date(start.getTime() + m * 60_000);
      await c.request('/', { cookie: s2.cookie });
    }
    c.clock.now = new Date(start.getTime() + 12 * 60 * 60_000 + 60_000);
    expect((await c.request('/', { cookie: s2.cookie })).status).toBe(303); // past the 12 h lifetime
    c.clock.now = new Date();
  });

  it('logout ends this session; logout everywhere ends them all; both audited', async () => {
    const a = await login(db.db, c, official);
    const b = await login(db.db, c, official);
    const out = await c.request('/logout', { method: 'POST', cookie: a.cookie, ...form({ _csrf: a.csrf }) });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/dlxh_console=;/);
    expect((await c.request('/', { cookie: a.cookie })).status).toBe(303);
    expect((await c.request('/', { cookie: b.cookie })).status).toBe(200);
    const user = { id: official, sessionId: 'x' };
    await db.db.transaction((tx) => logout(tx, user, true, new Date()));
    expect((await c.request('/', { cookie: b.cookie })).status).toBe(303);
    const actions = (await db.db.select().from(auditLog).where(eq(auditLog.actorId, official))).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['console.login', 'console.logout', 'console.logout_all']));
  });
});

describe('not found', () => {
  it('an unknown address or a report that does not exist is the console’s own page with the nav and a way back, not a bare line or JSON', async () => {
    expect((await c.request('/khong-co-trang-nay')).status).toBe(303); // no session: to the login page first
    const s = await login(db.db, c, official);
    for (const path of ['/khong-co-trang-nay', '/reports/00000000-0000-0000-0000-000000000000']) {
      const res = await c.request(path, { cookie: s.cookie });
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html, path).toContain('<h1>Không tìm thấy trang</h1>');
      expect(html, path).toContain('aria-label="Các trang"');
      expect(html, path).toContain('Về trang Tổng quan');
    }
    const part = await c.request('/reports/00000000-0000-0000-0000-000000000000', { cookie: s.cookie, headers: { 'hx-request': 'true' } });
    expect(part.status).toBe(404);
    expect(await part.text()).not.toContain('<nav');
  });
});

describe('CSRF and CSP', () => {
  it('a state-changing request without the session token, with a wrong one or from another origin changes nothing', async () => {
    const s = await login(db.db, c, official);
    const { hotSpotId } = await raiseAlert(db.db, { id: collaborator }, tree.commune);
    const attempts: RequestInit[] = [
      { method: 'POST', ...form({}) },
      { method: 'POST', ...form({ _csrf: 'wrong' }) },
      {
        method: 'POST',
        body: new URLSearchParams({ _csrf: s.csrf }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      },
    ];
    for (const init of attempts) expect((await c.request(`/hot-spots/${hotSpotId}/ack`, { ...init, cookie: s.cookie })).status).toBe(403);
    expect((await db.db.select().from(hotSpots).where(eq(hotSpots.id, hotSpotId)))[0]!.status).toBe('open');
    const ok = await c.request(`/hot-spots/${hotSpotId}/ack`, {
      method: 'POST',
      cookie: s.cookie,
      headers: { 'x-csrf-token': s.csrf, 'hx-request': 'true', origin: `http://${HOST}` },
    });
    expect(ok.status).toBe(200);
    expect((await db.db.select().from(hotSpots).where(eq(hotSpots.id, hotSpotId)))[0]!.status).toBe('acknowledged');
  });

  it('every page carries a strict CSP whose nonce is on each script; assets are versioned and immutable', async () => {
    const s = await login(db.db, c, official);
    const res = await c.request('/hot-spots', { cookie: s.cookie });
    const csp = res.headers.get('content-security-policy')!;
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)![1]!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).not.toMatch(/openstreetmap/); // MAP_TILE_URL is empty here: no tile server allowed
    const html = await res.text();
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    expect(scripts.every((a) => a.includes(`nonce="${nonce}"`))).toBe(true);
    const asset = /src="(\/console\/assets\/[0-9a-f]{12}\/htmx\.min\.js)"/.exec(html)![1]!;
    const js = await c.request(asset.replace('/console', ''));
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await c.request('/assets/000000000000/htmx.min.js')).status).toBe(404);
  });
});

describe('exports of the filtered reports', () => {
  it('CSV is UTF-8 with BOM, one row per report; XLSX has one row per opinion stream with labels; both audited', async () => {
    const draft = {
      kind: 'quick',
      period: '2026-11',
      issues: [
        {
          topicCode: 'DD01',
          title: '=SUM(1) Bồi thường đất dự án đường tỉnh',
          summary: 'Người dân chưa đồng thuận giá bồi thường.',
          streams: [
            { stance: 'trai_chieu', prevalence: 'mot_so', holderGroup: 'nong_dan', content: 'Một số hộ cho rằng giá thấp.' },
            { stance: 'de_xuat', prevalence: 'nhieu_y_kien', holderGroup: 'khac:tiểu thương chợ', content: '=HYPERLINK("x") đề nghị đối thoại' },
          ],
        },
      ],
    };
    const { receiptNo } = await db.db.transaction((tx) => submitReport(tx, draft, { personId: collaborator, unitId: tree.commune }, new Date()));
    const s = await login(db.db, c, official);
    const csvRes = await c.request('/reports/export.csv?q=boi+thuong', { cookie: s.cookie });
    expect(csvRes.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csvRes.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs to read UTF-8
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const rows = parseCsv(csv);
    expect(rows[0]![0]).toBe('Số biên nhận');
    expect(rows.filter((r) => r[0] === receiptNo)).toHaveLength(1);
    const xlsx = new Uint8Array(await (await c.request('/reports/export.xlsx?q=boi+thuong', { cookie: s.cookie })).arrayBuffer());
    const sheet = strFromU8(unzipSync(xlsx)['xl/worksheets/sheet1.xml']!);
    // Read as a spreadsheet reads it: the labels and units are shared strings, the rest inline.
    const cells = readXlsxLines(xlsx).map((l) => l.cells);
    expect(cells).toHaveLength(3); // header + two streams
    expect(cells[1]).toContain('Trái chiều');
    expect(cells[2]!.some((c) => c.includes('tiểu thương chợ'))).toBe(true);
    expect(cells[1]).toContain(receiptNo);
    expect(cells[2]).toContain('=HYPERLINK("x") đề nghị đối thoại');
    expect(sheet).toContain('<t>=HYPERLINK(&quot;x&quot;) đề nghị đối thoại</t>'); // a string cell, never a formula
    expect(sheet).not.toContain('<f>');
    expect(csv).toContain("'=SUM(1) Bồi thường"); // CSV cells that would run as formulas are defused
    const audited = await db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'report.export'), eq(auditLog.actorId, official)));
    expect(audited.map((a) => (a.details as { shape: string }).shape).sort()).toEqual(['reports', 'streams']);
  });
});

describe('review actions on a report', () => {
  it('redirect after the action: the report shows the result once, a reload asks the reporter nothing again', async () => {
    const draft = {
      kind: 'quick',
      period: '2026-11',
      issues: [{ topicCode: 'DD01', title: 'Đường liên ấp sạt lở', summary: 'Xe máy đi lại khó khăn.', streams: [] }],
    };
    const { reportId, receiptNo } = await db.db.transaction((tx) => submitReport(tx, draft, { personId: collaborator, unitId: tree.commune }, new Date()));
    const s = await login(db.db, c, official);
    const res = await c.request(`/reports/${reportId}/more`, { method: 'POST', cookie: s.cookie, ...form({ _csrf: s.csrf, note: 'Nêu rõ đoạn nào sạt lở' }) });
    expect(res.status).toBe(303);
    const where = res.headers.get('location')!;
    expect(where).toBe(`/console/reports/${reportId}?done=reports-review-done-more`);
    const page = await (await c.request(where.replace('/console', ''), { cookie: s.cookie })).text();
    expect(page).toContain(`Đã gửi đề nghị bổ sung báo cáo ${receiptNo} tới người báo cáo.`);
    // The reload is a GET: one request for more, one notice to the reporter.
    await c.request(where.replace('/console', ''), { cookie: s.cookie });
    expect(await db.db.select().from(reportReviews).where(eq(reportReviews.reportId, reportId))).toHaveLength(1);
    expect(
      await db.db
        .select()
        .from(sends)
        .where(like(sends.purpose, `rv-${reportId}-more-%`)),
    ).toHaveLength(1);
    // Only the review results are shown from the address: any other key is ignored.
    const forged = await (await c.request(`/reports/${reportId}?done=con-logout`, { cookie: s.cookie })).text();
    expect(forged).not.toContain('class="flash');
  });
});

describe('Tổng hợp page', () => {
  it('says what to do when nothing was generated; a requested run shows its period in words and refreshes itself until it ends', async () => {
    const other = (await addPerson(db.db, tree.otherCommune, 'official', 'Cán bộ xã khác')).id;
    const s = await login(db.db, c, other);
    const empty = await (await c.request('/synthesis', { cookie: s.cookie })).text();
    expect(empty).toContain('Chưa có bản tổng hợp nào trong địa bàn');
    expect(empty).toContain('Để trống để lập cho kỳ vừa đến hạn');

    const res = await c.request('/synthesis', { method: 'POST', cookie: s.cookie, ...form({ _csrf: s.csrf, unit: tree.otherCommune, period: '2026-11' }) });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('tháng 11/2026');
    expect(page).toContain('đang chờ');
    expect(page).toMatch(/hx-get="\/console\/synthesis\/runs"[^>]*hx-trigger="every 3s"/);

    await db.db.update(synthesisRuns).set({ status: 'failed' }).where(eq(synthesisRuns.requestedBy, other));
    const fragment = await (await c.request('/synthesis/runs', { cookie: s.cookie })).text();
    expect(fragment).toContain('tháng 11/2026');
    expect(fragment).toContain('lỗi');
    expect(fragment).not.toContain('hx-trigger');
  });
});
