import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, count, desc, eq } from 'drizzle-orm';
import { parseCsv } from '../../core/kernel/csv.js';
import { toXlsx } from '../../core/kernel/xlsx.js';
import { importPeople } from '../../core/people/bulk-import.js';
import { checkInvite } from '../../core/people/invites.js';
import { loadConfig } from '../../core/platform/config.js';
import { auditLog, invites } from '../../db/schema/index.js';
import type { AdminContext } from '../../scripts/admin/context.js';
import { importPeopleCommand } from '../../scripts/admin/network-commands.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { consoleApp, HOST, login } from './console-fixtures.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/**
 * Bulk onboarding (issue 17 item 1): `npm run admin -- import-people` with a 5,000-row CSV (time
 * printed), a file with bad rows (report by line number, nothing written; --partial writes the
 * good ones), an XLSX with Vietnamese headers and labels, and the console's path (an official:
 * rows outside their subtree or of a role they cannot give are refused).
 */
let t: TestDatabase;
let tree: Tree;
let dir: string;
let lines: string[];
let ctx: AdminContext;

const inviteCount = async () => (await t.db.select({ n: count() }).from(invites))[0]!.n;
async function run(args: string[]): Promise<{ out: string; error: string | null }> {
  lines = [];
  try {
    await importPeopleCommand.run(args, ctx);
    return { out: lines.join('\n'), error: null };
  } catch (err) {
    return { out: lines.join('\n'), error: (err as Error).message };
  }
}

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  dir = await mkdtemp(join(tmpdir(), 'dlxh-import-'));
  ctx = { db: t.db, config: loadConfig({ TELEGRAM_BOT_USERNAME: 'dlxh_demo_bot' }), out: (l) => lines.push(l) };
});
afterAll(async () => t?.close());

describe('bulk import of people', () => {
  it('5,000 rows: one invite per row, a printable list with codes and links, in one run', async () => {
    const strata = ['nong_dan', 'cong_nhan', 'tri_thuc', ''];
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `Cộng tác viên số ${i + 1},${i % 2 ? tree.codes.commune : tree.codes.otherCommune},ctv,${strata[i % 4]},Hội Nông dân`,
    );
    const file = join(dir, 'nguoi.csv');
    await writeFile(file, `ho_ten,ma_don_vi,vai_tro,giai_tang,nganh\n${rows.join('\n')}\n`);
    const list = join(dir, 'ma-moi.csv');
    const before = await inviteCount();
    const started = performance.now();
    const r = await run([file, '--out', list]);
    const ms = performance.now() - started;
    console.log(`import-people: 5000 rows in ${Math.round(ms)} ms`);
    expect(r.error).toBeNull();
    expect(r.out).toContain('Đã tạo 5.000 mã mời');
    expect((await inviteCount()) - before).toBe(5000);
    const printed = parseCsv(await readFile(list, 'utf8')).filter((row) => row.length > 1);
    expect(printed).toHaveLength(5001);
    expect(printed[0]![0]).toBe('Dòng');
    const first = printed[1]!;
    expect(first.slice(0, 2)).toEqual(['2', 'Cộng tác viên số 1']);
    expect(first[6]).toMatch(/^https:\/\/t\.me\/dlxh_demo_bot\?start=[A-Z0-9]{8}$/);
    const check = await checkInvite(t.db, first[5]!, new Date());
    expect(check.ok && check.invite.displayName).toBe('Cộng tác viên số 1');
    expect(new Set(printed.slice(1).map((p) => p[5])).size).toBe(5000);
  }, 120_000);

  it('bad rows: every problem by line number, nothing written; --partial writes the good rows', async () => {
    const file = join(dir, 'loi.csv');
    await writeFile(
      file,
      [
        'Họ và tên,Mã đơn vị,Vai trò,Giai tầng',
        `Nguyễn Văn An,${tree.codes.commune},CTV,Nông dân`,
        `X,${tree.codes.commune},,`,
        `"Trần Thị\nBình",KHONG-CO,,`,
        `Lê Văn Cường,${tree.codes.commune},giám đốc,`,
        `Phạm Thị Dung,${tree.codes.commune},,phi công`,
        '',
        `Nguyễn Văn An,${tree.codes.commune},,`,
        `Hoàng Văn Em,${tree.codes.otherCommune},Cán bộ,Trí thức`,
        `👍 12,${tree.codes.commune},,`,
      ].join('\n'),
    );
    const before = await inviteCount();
    const r = await run([file]);
    expect(r.error).toContain('6 lỗi');
    expect(r.out.split('\n')).toEqual([
      'Dòng 3: họ tên "X" cần viết bằng chữ, từ 2 đến 120 ký tự.',
      'Dòng 4: không có đơn vị mã "KHONG-CO".',
      'Dòng 6: vai trò "giám đốc" không hợp lệ (cộng tác viên, cán bộ, đầu mối).',
      'Dòng 7: giai tầng "phi công" không có trong danh mục.',
      `Dòng 9: trùng với một dòng phía trên (Nguyễn Văn An ${tree.codes.commune}).`,
      'Dòng 11: họ tên "👍 12" cần viết bằng chữ, từ 2 đến 120 ký tự.',
    ]);
    expect(await inviteCount()).toBe(before);
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'network.import')).orderBy(desc(auditLog.id)).limit(1);
    expect(audit?.outcome).toBe('refused');

    const partial = await run([file, '--partial']);
    expect(partial.error).toBeNull();
    expect(partial.out).toContain('Đã tạo 2 mã mời');
    expect(partial.out).toContain('Nguyễn Văn An');
    expect(partial.out).toContain('Hoàng Văn Em');
    expect(await inviteCount()).toBe(before + 2);
    const [em] = await t.db.select().from(invites).where(eq(invites.displayName, 'Hoàng Văn Em'));
    expect(em).toMatchObject({ role: 'official', stratum: 'tri_thuc', unitId: tree.otherCommune });
  });

  it('reads the first sheet of an XLSX with Vietnamese headers and labels', async () => {
    const file = join(dir, 'nguoi.xlsx');
    const xlsx = toXlsx({
      name: 'Danh sách',
      header: ['STT', 'Họ và tên', 'Mã đơn vị', 'Giai tầng', 'Ngành'],
      rows: [
        [1, 'Đặng Thị Giang', tree.codes.commune, 'Công nhân', 'Công đoàn'],
        [2, 'Vũ Văn Hải & con', tree.codes.otherCommune, null, null],
      ],
    });
    await writeFile(file, xlsx);
    const r = await run([file]);
    expect(r.error).toBeNull();
    expect(r.out).toContain('Đã tạo 2 mã mời');
    const [giang] = await t.db.select().from(invites).where(eq(invites.displayName, 'Đặng Thị Giang'));
    expect(giang).toMatchObject({ role: 'collaborator', stratum: 'cong_nhan', sector: 'Công đoàn', unitId: tree.commune });
    expect((await t.db.select().from(invites).where(eq(invites.displayName, 'Vũ Văn Hải & con'))).length).toBe(1);
  });

  it('for an official (console upload): units outside the subtree and roles they cannot give are refused by line', async () => {
    const official = await addPerson(t.db, tree.commune, 'official', 'Cán bộ xã');
    const actor = { id: official.id, role: 'official' as const, unitId: tree.commune };
    const table = [
      ['ho_ten', 'ma_don_vi', 'vai_tro'],
      ['Ngô Văn Ích', tree.codes.commune, 'ctv'],
      ['Đỗ Thị Kim', tree.codes.otherCommune, 'ctv'],
      ['Mai Văn Long', tree.codes.commune, 'admin'],
    ].map((cells, i) => ({ line: i + 1, cells }));
    const r = await importPeople(t.db, actor, table, { ttlHours: 72, now: new Date() });
    expect(r.problems).toEqual([
      { line: 3, code: 'out_of_scope', value: tree.codes.otherCommune },
      { line: 4, code: 'role_not_allowed', value: 'admin' },
    ]);
    expect(r.issued).toEqual([]);
    expect(r.held).toBe(1);
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, official.id), eq(auditLog.action, 'network.import')));
    expect(audit?.outcome).toBe('refused');
  });

  it('console Mạng lưới page: upload with a report by line; a clean file gives the printable list; out of scope refused', async () => {
    const c = consoleApp(t.db, testConfig({ TELEGRAM_BOT_USERNAME: 'dlxh_demo_bot' }));
    const official = await addPerson(t.db, tree.commune, 'official', 'Cán bộ xã Tân Hòa');
    const s = await login(t.db, c, official.id);
    expect(await (await c.request('/network', { cookie: s.cookie })).text()).toContain('action="/console/network/import"');
    const upload = (csv: string, partial = false) => {
      const body = new FormData();
      body.set('_csrf', s.csrf);
      body.set('file', new Blob([csv], { type: 'text/csv' }), 'ds.csv');
      if (partial) body.set('partial', '1');
      return c.request('/network/import', { method: 'POST', cookie: s.cookie, body, headers: { origin: `http://${HOST}` } });
    };
    const bad = await upload(`ho_ten,ma_don_vi\nNgô Thị Lan,${tree.codes.commune}\nĐinh Văn Minh,${tree.codes.otherCommune}\n`);
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain(`Dòng 3: đơn vị &quot;${tree.codes.otherCommune}&quot; nằm ngoài phạm vi`);
    expect((await t.db.select().from(invites).where(eq(invites.displayName, 'Ngô Thị Lan'))).length).toBe(0);
    const good = await upload(`ho_ten,ma_don_vi,giai_tang\nNgô Thị Lan,${tree.codes.commune},Nông dân\n`);
    expect(good.status).toBe(200);
    const list = await good.text();
    expect(list).toContain('Đã tạo 1 mã mời');
    expect(list).toMatch(/https:\/\/t\.me\/dlxh_demo_bot\?start=[A-Z0-9]{8}/);
    const [lan] = await t.db.select().from(invites).where(eq(invites.displayName, 'Ngô Thị Lan'));
    expect(lan).toMatchObject({ unitId: tree.commune, stratum: 'nong_dan', createdBy: official.id });
    const noCsrf = new FormData();
    noCsrf.set('file', new Blob(['ho_ten,ma_don_vi\n'], { type: 'text/csv' }), 'x.csv');
    expect((await c.request('/network/import', { method: 'POST', cookie: s.cookie, body: noCsrf, headers: { origin: `http://${HOST}` } })).status).toBe(403);
  });
});
