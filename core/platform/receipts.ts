import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { formatPeriod } from '../kernel/periods.js';
import { localDate } from '../kernel/zoned-time.js';

/**
 * Next human-readable receipt number, e.g. `BC-2026-11-000123`: one counter per (prefix, month),
 * incremented by an upsert so concurrent submissions never share a number. The counter row stays
 * locked until the caller's transaction ends, which serialises submissions of one prefix and
 * month — cheap at report volumes, and a rolled-back submission gives its number back.
 */
export async function nextReceipt(tx: Executor, prefix: string, now: Date, timeZone = 'Asia/Ho_Chi_Minh'): Promise<string> {
  if (!/^[A-Z]{2,4}$/.test(prefix)) throw new RangeError(`bad receipt prefix "${prefix}"`);
  const { year, month } = localDate(now, timeZone);
  const period = formatPeriod(year, month);
  const rows = rowsOf<{ value: number }>(
    await tx.execute(sql`
      insert into receipt_counters (prefix, period, value) values (${prefix}, ${period}, 1)
      on conflict (prefix, period) do update set value = receipt_counters.value + 1
      returning value`),
  );
  const value = Number(rows[0]?.value);
  return `${prefix}-${period}-${String(value).padStart(6, '0')}`;
}
