import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { browseReports } from '../../core/reports/browse.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { testConfig } from '../helpers/config.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';
import { consoleApp, login } from './console-fixtures.js';

/**
 * The Báo cáo list counts up to 10,000 (counting a province's 100,000 reports cost more than the
 * page, bench/console.ts): beyond it the page says «more than», a filter still counts exactly.
 */
let t: TestDatabase;
let tree: Tree;
let official: string;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  official = (await addPerson(t.db, tree.commune, 'official', 'Cán bộ xã')).id;
  await t.db.execute(sql`
    insert into reports (kind, receipt_no, period, unit_id, status, title, submitted_at)
    select case when g <= 3 then 'thematic' else 'quick' end, 'BN-CAP-' || g, '2026-11', ${tree.commune}, 'submitted', 'Báo cáo ' || g,
           now() - g * interval '1 minute'
    from generate_series(1, 10003) g`);
}, 120_000);
afterAll(async () => t?.close());

describe('the report list’s count', () => {
  it('stops at 10,000 and says «more than»; the pages follow the capped count', async () => {
    const c = consoleApp(t.db, testConfig());
    const { cookie } = await login(t.db, c, official);
    const page = await (await c.request('/reports', { cookie })).text();
    expect(page).toContain('Hơn 10.000 báo cáo phù hợp');
    expect(page).toContain('BN-CAP-1<');
    const r = await t.db.transaction((tx) => browseReports(tx, { id: official, unitId: tree.commune }, {}, { page: 0, pageSize: 25 }));
    expect(r.ok && { total: r.total, capped: r.capped, pages: r.pages }).toEqual({ total: 10_000, capped: true, pages: 400 });
  });

  it('counts exactly under the cap (a filter narrows it)', async () => {
    const c = consoleApp(t.db, testConfig());
    const { cookie } = await login(t.db, c, official);
    const page = await (await c.request('/reports?kind=thematic', { cookie })).text();
    expect(page).toContain('3 báo cáo phù hợp');
    expect(page).not.toContain('Hơn');
  });
});
