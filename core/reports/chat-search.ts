import { eq, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { reports } from '../../db/schema/index.js';
import type { Official } from '../people/audience.js';
import { resolveSearch, scopeRoot } from './browse.js';
import { visibleInAliased } from './visible-unit.js';

/**
 * The chat's /timkiem over hot spots (reports go through browseReports): the same search
 * documents and word resolution as the console, scoped to the official's subtree, best first.
 */
export interface HotSpotHit {
  id: string;
  receiptNo: string;
  severity: number;
  status: string;
  unitName: string;
  description: string | null;
  createdAt: Date;
}

export async function searchHotSpots(tx: Executor, official: Official, q: string, limit: number): Promise<{ total: number; items: HotSpotHit[] } | null> {
  const scope = await scopeRoot(tx, official, null, 'hotspot.search');
  if (!scope.ok) return null;
  const tsq = await resolveSearch(tx, q);
  if (!tsq) return { total: 0, items: [] };
  const rows = rowsOf<Record<string, unknown>>(
    await tx.execute(sql`
      select h.id, h.receipt_no, h.severity, h.status, u.name as unit_name, h.description, h.created_at, count(*) over () as total
      from search_docs d join hot_spots h on d.owner_type = 'hot_spot' and h.id = d.owner_id join units u on u.id = h.unit_id
      where d.doc @@ to_tsquery('simple', ${tsq}) and ${visibleInAliased('h', 'u', scope.root.path)}
      order by ts_rank(d.doc, to_tsquery('simple', ${tsq})) desc, h.created_at desc limit ${limit}`),
  );
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map((r) => ({
      id: String(r.id),
      receiptNo: String(r.receipt_no),
      severity: Number(r.severity),
      status: String(r.status),
      unitName: String(r.unit_name),
      description: (r.description as string | null) ?? null,
      createdAt: new Date(r.created_at as string),
    })),
  };
}

/** A report's id by its receipt number (any case, spaces ignored); null when unknown. */
export async function reportIdByReceipt(tx: Executor, receipt: string): Promise<string | null> {
  const [row] = await tx
    .select({ id: reports.id })
    .from(reports)
    .where(eq(reports.receiptNo, receipt.replace(/\s+/g, '').toUpperCase()));
  return row?.id ?? null;
}
