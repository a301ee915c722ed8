import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { asc, eq, isNull, like } from 'drizzle-orm';
import { channelAccounts, people, units } from '../../db/schema/index.js';
import { createInvite, formatInviteCode } from '../../core/people/invites.js';
import { ROLES, type Role } from '../../core/people/people.js';
import { findUnitByCode, importUnits, parseUnitsCsv } from '../../core/people/units.js';
import { UsageError, type AdminCommand, type AdminContext } from './context.js';

export const importUnitsCommand: AdminCommand = {
  usage: 'import-units <file.csv>',
  summary: 'Nhập cây đơn vị từ CSV (cột: code,name,kind,parent_code,deadline_day)',
  async run(args, { db, out }) {
    const file = args[0];
    if (!file) throw new UsageError('thiếu đường dẫn tệp CSV');
    const rows = parseUnitsCsv(await readFile(file, 'utf8'));
    const r = await importUnits(db, rows);
    out(`Đã nhập ${rows.length} đơn vị: ${r.created} mới, ${r.updated} cập nhật.`);
  },
};

export const inviteCommand: AdminCommand = {
  usage: 'invite --unit <code> --name "<tên>" [--role collaborator|official|admin] [--sector …] [--stratum …] [--ttl-hours 72]',
  summary: 'Tạo mã mời dùng một lần cho một người (in ra mã và đường dẫn Telegram)',
  async run(args, ctx) {
    const { values } = parseArgs({
      args,
      options: {
        unit: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string', default: 'collaborator' },
        sector: { type: 'string' },
        stratum: { type: 'string' },
        'ttl-hours': { type: 'string' },
      },
    });
    if (!values.unit || !values.name) throw new UsageError('cần --unit và --name');
    if (!ROLES.includes(values.role as Role)) throw new UsageError(`--role phải là một trong: ${ROLES.join(', ')}`);
    await printInvite(ctx, values.unit, values.role as Role, values.name, { sector: values.sector, stratum: values.stratum, ttl: values['ttl-hours'] });
  },
};

export const bootstrapAdminCommand: AdminCommand = {
  usage: 'bootstrap-admin --name "<tên>" [--unit <code>]',
  summary: 'Tạo mã mời cho quản trị viên đầu tiên (tạo đơn vị gốc nếu chưa có đơn vị nào)',
  async run(args, ctx) {
    const { values } = parseArgs({ args, options: { name: { type: 'string' }, unit: { type: 'string' } } });
    if (!values.name) throw new UsageError('cần --name');
    let code = values.unit;
    if (!code) {
      const [root] = await ctx.db.select().from(units).where(isNull(units.parentId)).orderBy(asc(units.createdAt)).limit(1);
      if (root) code = root.code;
      else {
        const [created] = await ctx.db.insert(units).values({ code: 'TINH', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', kind: 'tinh', path: '/' }).returning();
        await ctx.db
          .update(units)
          .set({ path: `/${created!.id}/` })
          .where(eq(units.id, created!.id));
        code = 'TINH';
        ctx.out('Đã tạo đơn vị gốc TINH (đổi tên bằng import-units).');
      }
    }
    await printInvite(ctx, code, 'admin', values.name, {});
  },
};

async function printInvite(ctx: AdminContext, unitCode: string, role: Role, name: string, o: { sector?: string; stratum?: string; ttl?: string }) {
  const unit = await findUnitByCode(ctx.db, unitCode);
  if (!unit) throw new UsageError(`không có đơn vị mã "${unitCode}"`);
  const ttlHours = o.ttl ? Number(o.ttl) : ctx.config.INVITE_TTL_HOURS;
  if (!Number.isFinite(ttlHours) || ttlHours <= 0) throw new UsageError('--ttl-hours phải là số dương');
  const inv = await createInvite(ctx.db, { unitId: unit.id, role, displayName: name, sector: o.sector, stratum: o.stratum, ttlHours });
  ctx.out(`Mã mời: ${formatInviteCode(inv.code)}  (${role}, ${unit.name}, hết hạn ${inv.expiresAt.toISOString()})`);
  const bot = ctx.config.TELEGRAM_BOT_USERNAME;
  if (bot) ctx.out(`Telegram: https://t.me/${bot}?start=${inv.code}`);
  ctx.out(`Hoặc gửi cho bot tin nhắn: /start ${inv.code}`);
}

export const peopleCommand: AdminCommand = {
  usage: 'people [--unit <code>]',
  summary: 'Liệt kê người dùng (vai trò, đơn vị, trạng thái, kênh)',
  async run(args, { db, out }) {
    const { values } = parseArgs({ args, options: { unit: { type: 'string' } } });
    const unit = values.unit ? await findUnitByCode(db, values.unit) : null;
    if (values.unit && !unit) throw new UsageError(`không có đơn vị mã "${values.unit}"`);
    const rows = await db
      .select({ id: people.id, name: people.displayName, role: people.role, status: people.status, unit: units.name, channel: channelAccounts.channel })
      .from(people)
      .innerJoin(units, eq(units.id, people.unitId))
      .leftJoin(channelAccounts, eq(channelAccounts.personId, people.id))
      .where(unit ? like(units.path, `${unit.path}%`) : undefined)
      .orderBy(asc(units.path), asc(people.displayName));
    if (rows.length === 0) out('Chưa có người dùng nào.');
    for (const r of rows) out([r.id.slice(0, 8), r.name, r.role, r.status, r.unit, r.channel ?? '—'].join('\t'));
  },
};
