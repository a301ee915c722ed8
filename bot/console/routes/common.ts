import type { Context } from 'hono';
import { asc, like, eq, and } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { units } from '../../../db/schema/index.js';
import type { ConsoleEnv } from '../security.js';
import { isUuid } from '../../../core/kernel/uuid.js';
import { startOfLocalDay } from '../../../core/kernel/zoned-time.js';
import { addDays, type CivilDate } from '../../../core/kernel/periods.js';

/** A day as typed in the console (dd/mm/yyyy, «1/12/2026» too) or as a link carries it (yyyy-mm-dd). */
const DAY_VN = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DAY_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The civil date a filter field names, or null when it names none (31/02 included). */
function readDay(v: string): CivilDate | null {
  const vn = DAY_VN.exec(v.trim());
  const iso = vn ? null : DAY_ISO.exec(v.trim());
  const [day, month, year] = vn ? [vn[1], vn[2], vn[3]] : iso ? [iso[3], iso[2], iso[1]] : [];
  if (!day || !month || !year) return null;
  const d = { year: Number(year), month: Number(month), day: Number(day) };
  const probe = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return probe.getUTCFullYear() === d.year && probe.getUTCMonth() === d.month - 1 && probe.getUTCDate() === d.day ? d : null;
}
const dayNumber = (d: CivilDate) => d.year * 10_000 + d.month * 100 + d.day;
const PERIOD = /^\d{4}-\d{2}$/;
const PERIOD_VN = /^(\d{1,2})[/.-](\d{4})$/;

/** A month as yyyy-mm: typed mm/yyyy («12/2026», «3/2026») or as a link carries it (yyyy-mm); null when it names none. */
export function readPeriod(v: string): string | null {
  const typed = PERIOD_VN.exec(v.trim());
  const p = typed ? `${typed[2]}-${typed[1]!.padStart(2, '0')}` : v.trim();
  return PERIOD.test(p) && Number(p.slice(5)) >= 1 && Number(p.slice(5)) <= 12 ? p : null;
}

export interface UnreadDay {
  field: 'from' | 'to';
  value: string;
}

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
  /**
   * «Từ ngày» and «Đến ngày» (dd/mm/yyyy as typed, or yyyy-mm-dd) as the instants their local days
   * start in the province's zone, `to` the day after (exclusive bound). Typed the wrong way round
   * (a later «Từ ngày»), they are read as the range meant: an empty list said nothing of why.
   */
  days: (c: Context<ConsoleEnv>, timeZone: string) => {
    const from = readDay(c.req.query('from') ?? '');
    const to = readDay(c.req.query('to') ?? '');
    const [first, last] = from && to && dayNumber(from) > dayNumber(to) ? [to, from] : [from, to];
    return { from: first ? startOfLocalDay(first, timeZone) : null, to: last ? startOfLocalDay(addDays(last, 1), timeZone) : null };
  },
  /** «Từ ngày»/«Đến ngày» as typed when they name no day (31/02/2026, «hom qua»): left out of the filter, and said so. */
  unreadDays: (c: Context<ConsoleEnv>): UnreadDay[] =>
    (['from', 'to'] as const).flatMap((field) => {
      const value = (c.req.query(field) ?? '').trim().slice(0, 40);
      return value && !readDay(value) ? [{ field, value }] : [];
    }),
  /** A month: yyyy-mm (links), or mm/yyyy as typed («12/2026», «3/2026»). */
  period: (c: Context<ConsoleEnv>, k: string) => readPeriod(c.req.query(k) ?? ''),
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
