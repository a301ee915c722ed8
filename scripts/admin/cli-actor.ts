import { parseArgs, type ParseArgsConfig } from 'node:util';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { appendAudit } from '../../core/compliance/audit.js';
import type { Actor } from '../../core/people/roster.js';
import { rowsOf, type Executor } from '../../db/client.js';
import { people } from '../../db/schema/index.js';
import { UsageError } from './context.js';

/**
 * Who a CLI action is done as: chat's core functions check scope against an official (a
 * meeting's or a guidance's author is a person), so the CLI names one with `--as <id>` (the
 * first 8 characters `people` prints are enough). Without `--as`, the only active admin.
 */
export async function cliActor(db: Executor, as: string | undefined): Promise<Actor & { name: string }> {
  const officials = and(inArray(people.role, ['official', 'admin']), eq(people.status, 'active'));
  if (as !== undefined && !/^[0-9a-f-]{8,36}$/i.test(as)) throw new UsageError('--as cần mã người (ít nhất 8 ký tự đầu, như lệnh people in ra)');
  const rows = await db
    .select({ id: people.id, role: people.role, unitId: people.unitId, name: people.displayName })
    .from(people)
    .where(as ? and(officials, sql`${people.id}::text like ${`${as.toLowerCase()}%`}`) : and(officials, eq(people.role, 'admin')))
    .limit(2);
  if (rows.length === 1) return rows[0]!;
  if (as) throw new UsageError(rows.length ? `mã "${as}" trùng nhiều người; ghi dài hơn` : `không có cán bộ đang hoạt động mã "${as}"`);
  throw new UsageError(
    rows.length ? 'có nhiều quản trị viên: ghi --as <mã người> (xem lệnh people)' : 'chưa có quản trị viên nào: ghi --as <mã cán bộ> (xem lệnh people)',
  );
}

/** The CLI's own audit line beside the core function's: the same action, done from the server's shell. */
export async function auditCli(
  tx: Executor,
  actor: Actor,
  command: string,
  target: { type: string; id?: string },
  outcome: 'ok' | 'refused',
  details: Record<string, unknown> = {},
): Promise<void> {
  await appendAudit(tx, { actorId: actor.id, action: 'admin.cli', targetType: target.type, targetId: target.id, outcome, details: { command, ...details } });
}

/** A uuid, or the first 8+ characters of one, in `table` (meetings, materials). */
export async function idByPrefix(db: Executor, table: 'meetings' | 'materials', raw: string | undefined, what: string): Promise<string> {
  if (!raw || !/^[0-9a-f-]{8,36}$/i.test(raw)) throw new UsageError(`cần mã ${what} (ít nhất 8 ký tự đầu)`);
  const list = rowsOf<{ id: string }>(await db.execute(sql`select id from ${sql.identifier(table)} where id::text like ${`${raw.toLowerCase()}%`} limit 2`));
  if (list.length !== 1) throw new UsageError(list.length ? `mã "${raw}" trùng nhiều ${what}; ghi dài hơn` : `không có ${what} mã "${raw}"`);
  return list[0]!.id;
}

/** parseArgs with its complaints (an unknown or valueless flag) as usage errors, in Vietnamese. */
export function parseCli<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    const flag = err instanceof Error ? (/'(-[^']+)'/.exec(err.message)?.[1] ?? '') : '';
    throw new UsageError(`tham số không hợp lệ ${flag}`.trim());
  }
}
