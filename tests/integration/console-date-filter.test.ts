import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { testConfig } from '../helpers/config.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';
import { consoleApp, login, type ConsoleClient } from './console-fixtures.js';

/**
 * «Từ ngày» / «Đến ngày» read and show dd/mm/yyyy whatever the browser's language (a date input
 * showed mm/dd/yyyy on an English-language browser), and a filter survives its round trip: the
 * fields showed the day before (the local midnight read in UTC), so each «Lọc» moved it back.
 */
let t: TestDatabase;
let tree: Tree;
let c: ConsoleClient;
let cookie: string;

/** Reports sent just inside and just outside 1–2 December 2026, Vietnam time. */
const SENT = [
  ['BN-DAY-before', '2026-11-30T23:30:00+07:00'],
  ['BN-DAY-first', '2026-12-01T00:30:00+07:00'],
  ['BN-DAY-last', '2026-12-02T23:30:00+07:00'],
  ['BN-DAY-after', '2026-12-03T00:30:00+07:00'],
] as const;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  const official = (await addPerson(t.db, tree.commune, 'official', 'Cán bộ xã')).id;
  for (const [receipt, at] of SENT) {
    await t.db.execute(sql`
      insert into reports (kind, receipt_no, period, unit_id, status, title, submitted_at)
      values ('quick', ${receipt}, '2026-12', ${tree.commune}, 'submitted', ${receipt}, ${at}::timestamptz)`);
  }
  c = consoleApp(t.db, testConfig());
  ({ cookie } = await login(t.db, c, official));
});
afterAll(async () => t?.close());

const field = (page: string, id: string) => new RegExp(`<input id="${id}" type="text" name="[a-z]+" value="([^"]*)"`).exec(page)?.[1];
const shown = (page: string) => SENT.map(([r]) => r).filter((r) => page.includes(`${r}<`));

describe('console date filters', () => {
  it('typed dd/mm/yyyy: the days themselves in the fields, the reports of those two local days, links in yyyy-mm-dd', async () => {
    const page = await (await c.request('/reports?from=01%2F12%2F2026&to=2%2F12%2F2026', { cookie })).text();
    expect(field(page, 'f-from')).toBe('01/12/2026');
    expect(field(page, 'f-to')).toBe('02/12/2026');
    expect(page).toContain('placeholder="dd/mm/yyyy"');
    expect(shown(page)).toEqual(['BN-DAY-first', 'BN-DAY-last']);
    expect(page).toContain('/console/reports/export.csv?from=2026-12-01&amp;to=2026-12-02');
  });

  it('the link form (yyyy-mm-dd) shows the same days, so a second «Lọc» filters the same range', async () => {
    const page = await (await c.request('/reports?from=2026-12-01&to=2026-12-02', { cookie })).text();
    expect([field(page, 'f-from'), field(page, 'f-to')]).toEqual(['01/12/2026', '02/12/2026']);
    const again = await (
      await c.request(`/reports?from=${encodeURIComponent(field(page, 'f-from')!)}&to=${encodeURIComponent(field(page, 'f-to')!)}`, { cookie })
    ).text();
    expect(shown(again)).toEqual(['BN-DAY-first', 'BN-DAY-last']);
  });

  it('a day that does not exist, or a malformed one, is no filter (never an error page)', async () => {
    for (const bad of ['31%2F02%2F2026', '2026-13-01', 'hom%20qua', '1%2F12']) {
      const r = await c.request(`/reports?from=${bad}`, { cookie });
      expect(r.status, bad).toBe(200);
      expect(field(await r.text(), 'f-from'), bad).toBe('');
    }
  });

  it('the report period reads 12/2026 as typed and as the link carries it (2026-12); a month 13 is no filter', async () => {
    const typed = await (await c.request('/reports?period=12%2F2026', { cookie })).text();
    expect(/<input id="f-period" type="text" name="period" value="([^"]*)"/.exec(typed)?.[1]).toBe('12/2026');
    expect(shown(typed)).toEqual(SENT.map(([r]) => r)); // all four were filed under 2026-12
    expect(typed).toContain('export.csv?period=2026-12');
    const link = await (await c.request('/reports?period=2026-12', { cookie })).text();
    expect(/<input id="f-period" type="text" name="period" value="([^"]*)"/.exec(link)?.[1]).toBe('12/2026');
    const bad = await (await c.request('/reports?period=13%2F2026', { cookie })).text();
    expect(/<input id="f-period" type="text" name="period" value="([^"]*)"/.exec(bad)?.[1]).toBe('');
  });

  it('the hot-spot list has the same fields', async () => {
    const page = await (await c.request('/hot-spots?from=01%2F12%2F2026&to=02%2F12%2F2026', { cookie })).text();
    expect([field(page, 'f-from'), field(page, 'f-to')]).toEqual(['01/12/2026', '02/12/2026']);
    expect(page).toContain('from=2026-12-01&amp;to=2026-12-02');
  });
});
