import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { hotSpotEvents } from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { testConfig } from '../helpers/config.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';
import { consoleApp, form, login, type ConsoleClient } from './console-fixtures.js';
import { raiseAlert } from './hotspot-fixtures.js';

/** What officials trip on in the console after the first pass (qa5's list): reloads, typed dates, closed checklists. */
let t: TestDatabase;
let tree: Tree;
let c: ConsoleClient;
let s: { cookie: string; csrf: string };
let collaborator: string;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  const official = (await addPerson(t.db, tree.commune, 'official', 'Cán bộ xã')).id;
  collaborator = (await addPerson(t.db, tree.commune, 'collaborator', 'CTV xã')).id;
  c = consoleApp(t.db, testConfig({ MAP_TILE_URL: '' }));
  s = await login(t.db, c, official);
});
afterAll(async () => t?.close());

describe('hot-spot actions without htmx', () => {
  it('answer 303 to the detail page, which shows the outcome once; a reload does not add the note again', async () => {
    const { hotSpotId } = await raiseAlert(t.db, { id: collaborator }, tree.commune, 2);
    const post = form({ _csrf: s.csrf, note: 'Đã gọi trưởng thôn' });
    const res = await c.request(`/hot-spots/${hotSpotId}/note`, { method: 'POST', cookie: s.cookie, ...post });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/console/hot-spots/${hotSpotId}`);
    const flash = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(flash).toMatch(/^hs_flash=/);
    const page = await c.request(`/hot-spots/${hotSpotId}`, { cookie: `${s.cookie}; ${flash}` });
    const html = await page.text();
    expect(html).toMatch(/class="flash ok"/);
    expect(page.headers.get('set-cookie')).toMatch(/hs_flash=;.*Max-Age=0/);
    // The reload is a GET: nothing posted again.
    await c.request(`/hot-spots/${hotSpotId}`, { cookie: s.cookie });
    const notes = (await t.db.select().from(hotSpotEvents).where(eq(hotSpotEvents.hotSpotId, hotSpotId))).filter((e) =>
      JSON.stringify(e).includes('Đã gọi trưởng thôn'),
    );
    expect(notes).toHaveLength(1);
  });

  it('with htmx, the detail part as before (no redirect)', async () => {
    const { hotSpotId } = await raiseAlert(t.db, { id: collaborator }, tree.commune, 2);
    const post = form({ _csrf: s.csrf, note: 'Ghi chú htmx' });
    const res = await c.request(`/hot-spots/${hotSpotId}/note`, {
      method: 'POST',
      cookie: s.cookie,
      body: post.body,
      headers: { ...post.headers, 'hx-request': 'true' },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/class="flash ok"/);
  });
});

describe('typed dates the console cannot read', () => {
  const notice = (html: string) => /data-testid="unread-days">([^<]*)</.exec(html)?.[1];

  it('hot spots: a one-line notice above the results names what was not understood (full page and htmx part)', async () => {
    const path = '/hot-spots?status=&from=31%2F02%2F2026&to=hom%20qua';
    const page = await (await c.request(path, { cookie: s.cookie })).text();
    expect(notice(page)).toContain('Từ ngày «31/02/2026», Đến ngày «hom qua»');
    expect(notice(page)).toContain('chưa lọc theo ngày này');
    const part = await (await c.request(path, { cookie: s.cookie, headers: { 'hx-request': 'true', 'hx-target': 'results' } })).text();
    expect(notice(part)).toContain('31/02/2026');
    const fine = await (await c.request('/hot-spots?status=&from=01%2F11%2F2026', { cookie: s.cookie })).text();
    expect(notice(fine)).toBeUndefined();
  });

  it('reports: the same', async () => {
    const page = await (await c.request('/reports?from=&to=32%2F12%2F2026', { cookie: s.cookie })).text();
    expect(notice(page)).toContain('Đến ngày «32/12/2026»');
    expect(notice(page)).not.toContain('Từ ngày');
  });
});

describe('a closed hot spot', () => {
  it('shows its playbook as a record of the ticked steps, no empty ☐ boxes', async () => {
    const { hotSpotId } = await raiseAlert(t.db, { id: collaborator }, tree.commune, 4);
    const htmx = (verb: string, values: Record<string, string>) => {
      const f = form({ _csrf: s.csrf, ...values });
      return c.request(`/hot-spots/${hotSpotId}/${verb}`, { method: 'POST', body: f.body, headers: { ...f.headers, 'hx-request': 'true' }, cookie: s.cookie });
    };
    const open = await (await c.request(`/hot-spots/${hotSpotId}`, { cookie: s.cookie })).text();
    expect(open).toContain('☐');
    await htmx('ack', {});
    await htmx('step', { n: '2' });
    expect((await htmx('done', { note: 'Đã đối thoại xong' })).status).toBe(200);
    const closed = await (await c.request(`/hot-spots/${hotSpotId}`, { cookie: s.cookie })).text();
    const record = closed.slice(closed.indexOf('data-testid="playbook-record"'));
    expect(record).toContain('đã đánh dấu 1/');
    expect(record).toContain('<li class="done" value="2"');
    expect(closed).not.toContain('☐');
  });
});
