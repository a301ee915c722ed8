import { sql, type SQL } from 'drizzle-orm';
import type { ReportFilters } from './browse.js';
import { visibleIn } from './visible-unit.js';

/**
 * A search with no filter on the reports' own columns (the console's search box, any unit):
 * the subtree rule is checked on the matching documents, which carry the report's unit and
 * confidential unit (db/migrations/0037), so no matching report is read but the page's 25.
 * Drafts have no document; a document's `created_at` is the report's submission time.
 */
export function searchesOnly(f: ReportFilters): f is ReportFilters & { tsquery: string } {
  return !!f.tsquery && !f.period && !f.kind && !f.status && !f.topic && !f.from && !f.to;
}

/** The page's `(id, rank, submitted_at, total)` rows, best match first: what browse.ts's page CTE gives. */
export function searchPageIds(rootPath: string, tsquery: string, pageSize: number, page: number): SQL {
  const q = sql`to_tsquery('simple', ${tsquery})`;
  // Ranked once per match in the subquery (OFFSET 0 keeps it apart), so only ids and ranks reach the count and sort.
  return sql`
    select d.owner_id as id, d.rank, d.created_at as submitted_at, count(*) over () as total
    from (select s.owner_id, s.unit_id, s.confidential_unit_id, s.created_at, ts_rank(s.doc, ${q}) as rank
          from search_docs s where s.owner_type = 'report' and s.doc @@ ${q} offset 0) d
    join units u on u.id = d.unit_id
    where ${visibleIn(sql.raw('u.path'), sql.raw('d.confidential_unit_id'), rootPath)}
    order by d.rank desc, d.created_at desc, d.owner_id limit ${pageSize} offset ${page * pageSize}`;
}
