import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { resolveAudienceRoot, type AudienceRoot, type Official } from '../people/audience.js';
import { NotFoundError, ScopeError } from '../kernel/errors.js';
import { refuse, type Refusal } from '../kernel/result.js';
import { visibleInAliased } from './visible-unit.js';
import { searchPageIds, searchesOnly } from './search-page.js';

/**
 * Reports in an official's subtree, filtered and paged, with accent-insensitive search
 * ("boi thuong" finds "bồi thường"; trigram similarity forgives typos). Channel-neutral: the
 * console and the chat report browser both call this. Search documents are kept by triggers
 * (db/migrations/0009_search.sql), so every writer is covered.
 */
export const REPORT_KINDS = ['periodic', 'quick', 'thematic'] as const;
export const REPORT_STATUSES = ['submitted', 'received', 'needs_more', 'synthesised'] as const;

export interface ReportFilters {
  /** A unit of the official's subtree (default: the official's own unit). */
  unitId?: string | null;
  period?: string | null;
  kind?: (typeof REPORT_KINDS)[number] | null;
  status?: (typeof REPORT_STATUSES)[number] | null;
  /** A topic code; a group code also matches its sub-topics. */
  topic?: string | null;
  from?: Date | null;
  to?: Date | null;
  q?: string | null;
  /** Set by resolveSearch from `q` (callers leave it unset). */
  tsquery?: string | null;
}

export interface ReportListItem {
  id: string;
  receiptNo: string | null;
  kind: string;
  period: string | null;
  status: string;
  unitName: string;
  reporterName: string | null;
  title: string | null;
  topicCode: string | null;
  issues: number;
  submittedAt: Date | null;
  rank: number | null;
  /** Sent as urgent (khẩn): marked in every list. */
  urgent: boolean;
}

export interface ReportPage {
  items: ReportListItem[];
  /** At most COUNT_CAP: counting every one of 100,000 reports cost more than the page itself. */
  total: number;
  /** More than `total` match. */
  capped: boolean;
  page: number;
  pages: number;
  pageSize: number;
}

export type BrowseResult = ({ ok: true; root: AudienceRoot } & ReportPage) | Refusal<'out_of_scope' | 'unknown_unit'>;

const MAX_QUERY_LENGTH = 200;
/** Counted up to here, then «more than 10,000»: nobody pages through more; a filter narrows. */
const COUNT_CAP = 10_000;
/** How many similar words stand in for a word no document has. */
const TYPO_CANDIDATES = 3;

/** Resolves the filter's unit inside the official's scope (a refusal is audited under `action`). */
export async function scopeRoot(tx: Executor, official: Official, unitId: string | null | undefined, action: string) {
  try {
    return { ok: true as const, root: await resolveAudienceRoot(tx, official, unitId ?? official.unitId, action) };
  } catch (err) {
    if (err instanceof ScopeError) return refuse('out_of_scope');
    if (err instanceof NotFoundError) return refuse('unknown_unit');
    throw err;
  }
}

/** The WHERE over `reports r` ⋈ `units u` (the search itself is in fromClause). */
export function reportWhere(rootPath: string, f: ReportFilters): SQL {
  const parts: SQL[] = [visibleInAliased('r', 'u', rootPath), sql`r.status <> 'draft'`];
  if (f.period) parts.push(sql`r.period = ${f.period}`);
  if (f.kind) parts.push(sql`r.kind = ${f.kind}`);
  if (f.status) parts.push(sql`r.status = ${f.status}`);
  if (f.from) parts.push(sql`r.submitted_at >= ${f.from.toISOString()}`);
  if (f.to) parts.push(sql`r.submitted_at < ${f.to.toISOString()}`);
  if (f.topic) {
    parts.push(sql`exists (select 1 from report_issues ti where ti.report_id = r.id
      and ti.topic_code in (select code from topics where code = ${f.topic} or parent_code = ${f.topic}))`);
  }
  return sql.join(parts, sql` and `);
}

/**
 * The search words as a tsquery (all words must match), each word normalised (accents off,
 * lower case) and, when no document has it, replaced by the few words most similar to it that
 * some document has, any of which may match (trigram similarity: "thuongg" → "thuong"; "thuogn"
 * is nearer "thuoc" than "thuong", so one nearest word alone would miss). Null when nothing
 * searchable is left.
 */
export async function resolveSearch(tx: Executor, q: string | null | undefined): Promise<string | null> {
  const text = normQuery(q);
  if (!text) return null;
  const [row] = rowsOf<{ q: string | null }>(
    await tx.execute(sql`
      select string_agg(coalesce(
               (select quote_literal(w.word) from search_words w where w.word = x),
               (select '(' || string_agg(quote_literal(n.word), ' | ') || ')'
                  from (select w.word from search_words w where w.word % x order by w.word <-> x limit ${TYPO_CANDIDATES}) n),
               quote_literal(x)), ' & ') as q
      from unnest(tsvector_to_array(to_tsvector('simple', dlxh_norm(${text})))) x`),
  );
  return row?.q ?? null;
}

export function normQuery(q: string | null | undefined): string | null {
  const s = (q ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  return s.length > 0 ? s : null;
}

/**
 * `reports r` ⋈ `units u`, and when searching the matching documents first as `d (owner_id, rank)`:
 * the GIN index finds them, each is ranked once, and only ids and ranks travel on (with the
 * documents carried along, the sort of 16,000 matches spilled to disk). OFFSET 0 keeps the planner
 * from folding the subquery back in.
 */
export function fromClause(f: ReportFilters): SQL {
  if (!f.tsquery) return sql`reports r join units u on u.id = r.unit_id`;
  const q = sql`to_tsquery('simple', ${f.tsquery})`;
  return sql`(select s.owner_id, ts_rank(s.doc, ${q}) as rank from search_docs s where s.owner_type = 'report' and s.doc @@ ${q} offset 0) d
    join reports r on r.id = d.owner_id join units u on u.id = r.unit_id`;
}

/** One page of reports, newest first (best match first when searching). */
export async function browseReports(
  tx: Executor,
  official: Official,
  f: ReportFilters,
  paging: { page: number; pageSize: number },
  action = 'report.browse',
): Promise<BrowseResult> {
  const scope = await scopeRoot(tx, official, f.unitId, action);
  if (!scope.ok) return scope;
  const q = normQuery(f.q);
  if (q) f = { ...f, tsquery: await resolveSearch(tx, q) };
  if (q && !f.tsquery) return { ok: true, root: scope.root, items: [], total: 0, capped: false, page: 0, pages: 1, pageSize: paging.pageSize };
  const where = reportWhere(scope.root.path, f);
  const pageSize = Math.min(Math.max(1, paging.pageSize), 100);
  const wanted = Math.max(0, Math.floor(paging.page) || 0);
  // A search counts its matches in the same pass that ranks them (a window over the matches);
  // a plain listing counts up to COUNT_CAP, not the whole subtree.
  if (f.tsquery) {
    let got = await pageRows(tx, f, scope.root.path, where, pageSize, wanted);
    const total = Number(got[0]?.total ?? 0);
    const pages = Math.max(1, Math.ceil(total / pageSize));
    const page = Math.min(wanted, pages - 1);
    if (page !== wanted) got = await pageRows(tx, f, scope.root.path, where, pageSize, page);
    return { ok: true, root: scope.root, items: got.map(toItem), total, capped: false, page, pages, pageSize };
  }
  const [count] = rowsOf<{ n: number }>(
    await tx.execute(sql`select count(*)::int as n from (select 1 from ${fromClause(f)} where ${where} limit ${COUNT_CAP + 1}) x`),
  );
  const capped = Number(count?.n ?? 0) > COUNT_CAP;
  const total = Math.min(Number(count?.n ?? 0), COUNT_CAP);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(wanted, pages - 1);
  const rows = await pageRows(tx, f, scope.root.path, where, pageSize, page);
  return { ok: true, root: scope.root, items: rows.map(toItem), total, capped, page, pages, pageSize };
}

/** One page, newest first (best match first when searching, with the number of matches as `total`). */
async function pageRows(tx: Executor, f: ReportFilters, rootPath: string, where: SQL, pageSize: number, page: number) {
  const rank = f.tsquery ? sql`d.rank` : sql`null::float`;
  const total = f.tsquery ? sql`count(*) over ()` : sql`null::int`;
  const order = f.tsquery ? sql`rank desc, r.submitted_at desc nulls last, r.id` : sql`r.submitted_at desc nulls last, r.id`;
  const ids = searchesOnly(f)
    ? searchPageIds(rootPath, f.tsquery, pageSize, page)
    : sql`select r.id, ${rank} as rank, r.submitted_at, ${total} as total from ${fromClause(f)} where ${where}
        order by ${order} limit ${pageSize} offset ${page * pageSize}`;
  // The page's ids first, then its details: the per-report lateral runs for this page only.
  return rowsOf<Record<string, unknown>>(
    await tx.execute(sql`
      with page as (${ids})
      select r.id, r.receipt_no, r.kind, r.period, r.status, r.urgent, u.name as unit_name, p.display_name as reporter_name,
             coalesce(r.title, fi.title) as title, fi.topic_code, fi.n as issues, r.submitted_at, page.rank, page.total
      from page join reports r on r.id = page.id join units u on u.id = r.unit_id
      left join people p on p.id = r.reporter_id
      left join lateral (select (array_agg(i.title order by i.position))[1] as title, (array_agg(i.topic_code order by i.position))[1] as topic_code,
                                count(*)::int as n from report_issues i where i.report_id = r.id) fi on true
      order by page.rank desc nulls last, page.submitted_at desc nulls last, r.id`),
  );
}

function toItem(r: Record<string, unknown>): ReportListItem {
  return {
    id: String(r.id),
    receiptNo: (r.receipt_no as string | null) ?? null,
    kind: String(r.kind),
    period: (r.period as string | null) ?? null,
    status: String(r.status),
    unitName: String(r.unit_name),
    reporterName: (r.reporter_name as string | null) ?? null,
    title: (r.title as string | null) ?? null,
    topicCode: (r.topic_code as string | null) ?? null,
    issues: Number(r.issues ?? 0),
    submittedAt: r.submitted_at ? new Date(r.submitted_at as string) : null,
    rank: r.rank === null || r.rank === undefined ? null : Number(r.rank),
    urgent: r.urgent === true,
  };
}
