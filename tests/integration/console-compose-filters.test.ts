import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { broadcasts, people } from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { consoleApp, form, login, type ConsoleClient } from './console-fixtures.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

let t: TestDatabase;
let tree: Tree;
let c: ConsoleClient;
let session: { cookie: string; csrf: string };

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  c = consoleApp(t.db, testConfig({ QUIET_HOURS: '', MAP_TILE_URL: '' }));
  const official = await addPerson(t.db, tree.province, 'official', 'Cán bộ tỉnh');
  const seed = async (unitId: string, role: 'collaborator' | 'official', sector: string, stratum: string) => {
    const p = await addPerson(t.db, unitId, role, `Người ${sector} ${stratum}`);
    await t.db.update(people).set({ sector, stratum }).where(eq(people.id, p.id));
  };
  await seed(tree.commune, 'collaborator', 'mttq', 'nong_dan');
  await seed(tree.otherCommune, 'collaborator', 'mttq', 'cong_nhan');
  await seed(tree.commune, 'collaborator', 'doan_tn', 'nong_dan');
  await seed(tree.commune, 'official', 'mttq', 'can_bo');
  session = await login(t.db, c, official.id);
});
afterAll(async () => {
  await t?.close();
});

const compose = (values: Record<string, string>, extra = '') => {
  const f = form({ _csrf: session.csrf, title: 'Định hướng thông tin', body: 'Nội dung định hướng.', unit: tree.province, ...values });
  return c.request('/guidance/new', { method: 'POST', cookie: session.cookie, headers: f.headers, body: f.body + extra });
};
const total = (html: string) => Number(/phạm vi [^:]+: (\d+) người nhận/.exec(html)?.[1]);

describe('console compose: audience filters, the chat’s (core/people/audience-filters.ts) on one screen (issue 14)', () => {
  it('offers roles and the sectors and strata present in the subtree, by their names', async () => {
    const html = await (await c.request('/guidance/new', { cookie: session.cookie })).text();
    for (const text of [
      'Mặt trận Tổ quốc',
      'Đoàn Thanh niên',
      'name="sectors" value="mttq"',
      'name="strata" value="nong_dan"',
      'name="roles" value="collaborator"',
    ]) {
      expect(html).toContain(text);
    }
  });

  it('the dry run counts only those the ticked filters select; nothing ticked is everyone', async () => {
    const everyone = total(await (await compose({ step: 'preview' })).text());
    expect(everyone).toBeGreaterThanOrEqual(5);
    expect(total(await (await compose({ step: 'preview', sectors: 'mttq' })).text())).toBe(3);
    expect(total(await (await compose({ step: 'preview', sectors: 'mttq', roles: 'collaborator' })).text())).toBe(2);
    // Two values of one filter: either (mttq or doan_tn), and ticked boxes stay ticked on the preview.
    const both = await (await compose({ step: 'preview', roles: 'collaborator', sectors: 'mttq' }, '&sectors=doan_tn')).text();
    expect(total(both)).toBe(3);
    expect(both).toMatch(/value="doan_tn" checked/);
    expect(total(await (await compose({ step: 'preview', strata: 'nong_dan' })).text())).toBe(2);
  });

  it('a forged filter is refused with a clear message and nothing is created; a send keeps the filters on the guidance', async () => {
    const bad = await compose({ step: 'send', roles: 'liaison' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Bộ lọc người nhận không hợp lệ');
    expect(await t.db.select().from(broadcasts)).toHaveLength(0);
    const sent = await compose({ step: 'send', sectors: 'mttq', roles: 'collaborator' });
    expect(sent.status).toBe(200);
    const [b] = await t.db.select().from(broadcasts);
    expect(b!.filters).toEqual({ roles: ['collaborator'], sectors: ['mttq'] });
  });
});
