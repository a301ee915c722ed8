import type { Context } from 'hono';
import { asc, like, eq, and } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { units } from '../../../db/schema/index.js';
import type { ConsoleEnv } from '../security.js';
import { isUuid } from '../../../core/kernel/uuid.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PERIOD = /^\d{4}-\d{2}$/;

/** Query-string readers: anything malformed is ignored (never an error page for a bad filter). */
export const q = {
  uuid: (c: Context<ConsoleEnv>, k: string) => {
    const v = c.req.query(k);
    return v && isUuid(v) ? v : null;
  },
  oneOf: <T extends string>(c: Context<ConsoleEnv>, k: string, allowed: readonly T[]): T | null => {
    const v = c.req.query(k) as T | undefined;
    return v && allowed.includes(v) ? v : null;
  },
  int: (c: Context<ConsoleEnv>, k: string, min: number, max: number) => {
    const n = Number(c.req.query(k));
    return Number.isInteger(n) && n >= min && n <= max ? n : null;
  },
  /** A local day (YYYY-MM-DD) as the UTC instant of its start; `end` gives the next day's start (exclusive bound). */
  day: (c: Context<ConsoleEnv>, k: string, end = false) => {
    const v = c.req.query(k);
    if (!v || !DAY.test(v)) return null;
    const d = new Date(`${v}T00:00:00+07:00`);
    if (Number.isNaN(d.getTime())) return null;
    return end ? new Date(d.getTime() + 86_400_000) : d;
  },
  period: (c: Context<ConsoleEnv>, k: string) => {
    const v = c.req.query(k);
    return v && PERIOD.test(v) ? v : null;
  },
  text: (c: Context<ConsoleEnv>, k: string, max: number) => (c.req.query(k) ?? '').trim().slice(0, max) || null,
  page: (c: Context<ConsoleEnv>) => Math.max(0, (Number.parseInt(c.req.query('page') ?? '1', 10) || 1) - 1),
};

export interface UnitChoice {
  value: string;
  label: string;
  path: string;
}

/** The units of the viewer's subtree for filter pickers, indented by depth. */
export async function subtreeUnits(db: Executor, rootPath: string): Promise<UnitChoice[]> {
  const rows = await db
    .select({ id: units.id, name: units.name, path: units.path })
    .from(units)
    .where(and(like(units.path, `${rootPath}%`), eq(units.status, 'active')))
    .orderBy(asc(units.path));
  const depth0 = rootPath.split('/').length;
  return rows.map((u) => ({ value: u.id, label: `${'— '.repeat(Math.max(0, u.path.split('/').length - depth0))}${u.name}`, path: u.path }));
}

export const isHtmx = (c: Context) => c.req.header('hx-request') === 'true';
