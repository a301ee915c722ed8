import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { count, eq } from 'drizzle-orm';
import { loadConfig } from '../../core/platform/config.js';
import { checkInvite } from '../../core/people/invites.js';
import { units } from '../../db/schema/index.js';
import type { AdminCommand, AdminContext } from '../../scripts/admin/context.js';
import { bootstrapAdminCommand, importUnitsCommand, inviteCommand, peopleCommand } from '../../scripts/admin/people-commands.js';
import { escalationPolicyCommand } from '../../scripts/admin/settings-commands.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

let t: TestDatabase;
let lines: string[];
let ctx: AdminContext;
const csv = fileURLToPath(new URL('../fixtures/units/province.csv', import.meta.url));

beforeAll(async () => {
  t = await createTestDatabase();
  ctx = { db: t.db, config: loadConfig({ TELEGRAM_BOT_USERNAME: 'dlxh_demo_bot' }), out: (l) => lines.push(l) };
});
afterAll(async () => t.close());
const run = async (cmd: AdminCommand, args: string[]) => {
  lines = [];
  await cmd.run(args, ctx);
  return lines.join('\n');
};

describe('admin CLI', () => {
  it('imports a unit tree of any depth from CSV, parents by code', async () => {
    expect(await run(importUnitsCommand, [csv])).toContain('5 đơn vị: 5 mới');
    const [tinh] = await t.db.select().from(units).where(eq(units.code, 'TINH'));
    const [thon] = await t.db.select().from(units).where(eq(units.code, 'THON-3'));
    expect(thon!.path.startsWith(tinh!.path)).toBe(true);
    expect(thon!.path.split('/').filter(Boolean)).toHaveLength(3);
  });

  it('re-importing updates by code and moves a subtree with its children', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'units-'));
    const file = join(dir, 'move.csv');
    await writeFile(file, 'code,name,kind,parent_code\nXA-AB,Đảng ủy xã An Bình,xa,MTTQ\n');
    expect(await run(importUnitsCommand, [file])).toContain('1 cập nhật');
    const [mttq] = await t.db.select().from(units).where(eq(units.code, 'MTTQ'));
    const [thon] = await t.db.select().from(units).where(eq(units.code, 'THON-3'));
    expect(thon!.path.startsWith(mttq!.path)).toBe(true);
  });

  it('refuses a bad file with line numbers and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'units-'));
    const file = join(dir, 'bad.csv');
    await writeFile(file, 'code,name,kind,parent_code,deadline_day\nNEW1,Mới,xa,TINH,32\n,Thiếu mã,xa,TINH,\nNEW2,Mới 2,xa,KHONGCO,\n');
    const before = (await t.db.select({ n: count() }).from(units))[0]!.n;
    await expect(run(importUnitsCommand, [file])).rejects.toThrow(/dòng 2.*32[\s\S]*dòng 3/);
    await writeFile(file, 'code,name,kind,parent_code\nA1,A,xa,B1\nB1,B,xa,A1\n');
    await expect(run(importUnitsCommand, [file])).rejects.toThrow(/vòng lặp/);
    expect((await t.db.select({ n: count() }).from(units))[0]!.n).toBe(before);
  });

  it('creates a working invite and prints the code and the t.me link', async () => {
    const out = await run(inviteCommand, ['--unit', 'XA-AB', '--name', 'CTV thôn 3', '--role', 'collaborator']);
    const code = /Mã mời: (\S+)/.exec(out)![1]!;
    expect(out).toContain(`https://t.me/dlxh_demo_bot?start=${code.replace('-', '')}`);
    const check = await checkInvite(t.db, code, new Date());
    expect(check.ok).toBe(true);
  });

  it('refuses an unknown unit or role clearly', async () => {
    await expect(run(inviteCommand, ['--unit', 'KHONGCO', '--name', 'X'])).rejects.toThrow('không có đơn vị mã "KHONGCO"');
    await expect(run(inviteCommand, ['--unit', 'TINH', '--name', 'X', '--role', 'boss'])).rejects.toThrow('--role');
  });

  it('bootstraps the first admin at the root and lists people', async () => {
    const out = await run(bootstrapAdminCommand, ['--name', 'Nguyễn Văn A']);
    expect(out).toMatch(/Mã mời: \S+ {2}\(admin, Ban Tuyên giáo và Dân vận Tỉnh ủy/);
    expect(await run(peopleCommand, [])).toContain('Chưa có người dùng nào.');
  });

  it('sets and inherits an escalation policy', async () => {
    expect(await run(escalationPolicyCommand, ['--unit', 'XA-AB', '--severity', '3', '--minutes', '15'])).toContain('"3":15');
    await expect(run(escalationPolicyCommand, ['--unit', 'XA-AB', '--severity', '7', '--minutes', '15'])).rejects.toThrow('1–4');
  });
});
