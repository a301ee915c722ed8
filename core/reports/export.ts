import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db, type Executor } from '../../db/client.js';
import { appendAudit } from '../compliance/audit.js';
import type { Locale, Translate } from '../kernel/i18n.js';
import type { Cell } from '../kernel/xlsx.js';
import { localTime } from '../kernel/zoned-time.js';
import type { Official } from '../people/audience.js';
import type { StreamListRow } from '../../db/schema/index.js';
import { label } from '../synthesis/labels.js';
import { fromClause, normQuery, reportWhere, resolveSearch, scopeRoot, type ReportFilters } from './browse.js';
import { streamsFromSource } from './stream-lists.js';

/**
 * Exports of the filtered report set (the console's Báo cáo page): one row per report (CSV), or
 * one row per opinion stream (XLSX) with unit, topic, stance, prevalence, group and receipt.
 * Opinions stay by group, never by named person. Every export is audited with its size.
 */
const EXPORT_MAX_ROWS = 200_000;

export interface ExportTable {
  header: string[];
  rows: Cell[][];
}

/** The filters with the search resolved; null when a search matches nothing by construction. */
async function resolved(tx: Executor, f: ReportFilters): Promise<ReportFilters | null> {
  if (!normQuery(f.q)) return f;
  const tsquery = await resolveSearch(tx, f.q);
  return tsquery ? { ...f, tsquery } : null;
}

/** `fn` looked up once per code: an export repeats a few codes (kinds, stances, groups) thousands of times. */
function once(fn: (code: string) => string): (code: unknown) => string {
  const cache = new Map<unknown, string>();
  return (code) => {
    let v = cache.get(code);
    if (v === undefined) {
      v = fn(code as string);
      cache.set(code, v);
    }
    return v;
  };
}

/**
 * "2026-11-03 14:05" in the province's time zone (the cached-offset path of localTime: Intl per
 * row cost ~40% of an export). The last value is remembered: a report's streams come together.
 */
function formatter(timeZone: string) {
  const two = (n: number) => String(n).padStart(2, '0');
  let last: { at: Date | string | null; text: string } = { at: null, text: '' };
  return (at: Date | string | null) => {
    if (!at) return '';
    if (at !== last.at) {
      const l = localTime(new Date(at), timeZone);
      last = { at, text: `${l.year}-${two(l.month)}-${two(l.day)} ${two(l.hour)}:${two(l.minute)}` };
    }
    return last.text;
  };
}

type Shape = 'reports' | 'streams';
type ExportEnv = { t: Translate; locale: Locale; timeZone: string };

/** What both exports start with: the scope (refusal audited), the resolved search, label and date helpers. */
async function prepare(tx: Executor, official: Official, f: ReportFilters, env: ExportEnv) {
  const scope = await scopeRoot(tx, official, f.unitId, 'report.export');
  if (!scope.ok) return null;
  const tr = (k: string) => env.t(env.locale, k);
  const list = (name: string) => once((code) => label(env.t, env.locale, name, code ?? null));
  return {
    scope,
    g: await resolved(tx, f),
    fmt: formatter(env.timeZone),
    tr,
    kind: once((code) => tr(`reports-kind-${code}`)),
    status: once((code) => tr(`con-rs-${code}`)),
    assessment: list('assessment'),
    stance: list('stance'),
    prevalence: list('prevalence'),
    stratum: list('stratum'),
    name: env.locale === 'en' ? sql`t.name_en` : sql`t.name_vi`,
  };
}

/** `rows` is null for a streamed export: audited as it starts, before its size is known. */
async function audited(tx: Executor, official: Official, shape: Shape, f: ReportFilters, rows: number | null) {
  await appendAudit(tx, {
    actorId: official.id,
    action: 'report.export',
    targetType: 'unit',
    targetId: f.unitId ?? official.unitId,
    outcome: 'ok',
    details: { shape, rows, period: f.period ?? null, kind: f.kind ?? null, status: f.status ?? null, topic: f.topic ?? null, search: !!normQuery(f.q) },
  });
}

export async function exportReports(tx: Executor, official: Official, f: ReportFilters, env: ExportEnv): Promise<ExportTable | null> {
  const p = await prepare(tx, official, f, env);
  if (!p) return null;
  const { scope, g, fmt, tr, name } = p;
  const topics = await topicNames(tx, name);
  // The issues are a lateral subquery kept whole by OFFSET 0, so each report probes their index:
  // flattened, the planner hashed all 150,000 issues for a month's 8,000 reports.
  // JIT compiling this plan (costed high for its 8,000 index probes) took longer than running it.
  await tx.execute(sql`set local jit = off`);
  const rows = !g
    ? []
    : rowsOf<Record<string, unknown>>(
        await tx.execute(sql`
      with sel as (
        select r.id, r.receipt_no, r.kind, r.period, u.name as unit, r.status, r.submitted_at, r.assessment, r.title
        from ${fromClause(g)} where ${reportWhere(scope.root.path, g)}
        order by r.submitted_at desc nulls last, r.id limit ${EXPORT_MAX_ROWS})
      select sel.*, coalesce(sel.title, fi.title) as title, fi.topic_code, fi.n
      from sel
      left join lateral (select (array_agg(i.title order by i.position))[1] as title, (array_agg(i.topic_code order by i.position))[1] as topic_code,
                                count(*)::int as n from report_issues i where i.report_id = sel.id offset 0) fi on true
      order by sel.submitted_at desc nulls last, sel.id`),
      );
  await audited(tx, official, 'reports', f, rows.length);
  return {
    header: ['receipt', 'kind', 'period', 'unit', 'status', 'submitted', 'assessment', 'title', 'topic', 'issues'].map((k) => tr(`con-x-col-${k}`)),
    rows: rows.map((r) => [
      r.receipt_no as string,
      p.kind(r.kind),
      (r.period as string) ?? '',
      r.unit as string,
      p.status(r.status),
      fmt(r.submitted_at as Date | null),
      p.assessment(r.assessment),
      (r.title as string) ?? '',
      topics.get(r.topic_code as string) ?? '',
      Number(r.n ?? 0),
    ]),
  };
}

/** Reports read per batch of the streamed export: ~3,000 opinion streams. */
const STREAM_BATCH = 1000;

/**
 * One row per opinion stream, in batches of STREAM_BATCH reports (newest first, keyset-paged on
 * the filed-newest order) so the caller can write the XLSX as the rows come. Audited when it
 * starts (scope refusals as every export); the batches read through `db`, outside the audit's
 * transaction, each a consistent snapshot of its own. `shared`: the columns of a few repeated
 * values (unit, topic, issue, labels, period), for the XLSX's shared strings.
 */
export async function exportStreams(
  db: Db,
  official: Official,
  f: ReportFilters,
  env: ExportEnv,
): Promise<{ header: string[]; shared: number[]; batches: AsyncGenerator<Cell[][]> } | null> {
  const p = await db.transaction(async (tx) => {
    const prepared = await prepare(tx, official, f, env);
    if (prepared) await audited(tx, official, 'streams', f, null);
    return prepared;
  });
  if (!p) return null;
  return { header: streamHeader(p.tr), shared: [0, 1, 2, 3, 4, 5, 8, 9], batches: streamBatches(db, p) };
}

type Prepared = NonNullable<Awaited<ReturnType<typeof prepare>>>;
/** A report of a batch with its streams' copy (report_stream_lists), null where it has none. */
type Row = {
  id: string;
  submitted_at: Date | string | null;
  receipt_no: string;
  kind: string;
  period: string | null;
  unit: string;
  streams: StreamListRow[] | null;
};

/**
 * Where a batch starts: at the first report (null), after a report (its filing time and id), or
 * at the reports never filed, which sort last (their time is null). A key with a time bounds the
 * index scan (`submitted_at <= t`), so a batch no longer filters every report before it.
 */
type After = null | { at: Date | string | null; id: string } | 'unfiled';

async function* streamBatches(db: Db, p: Prepared): AsyncGenerator<Cell[][]> {
  if (!p.g) return;
  const topics = await topicNames(db, p.name);
  const cells = streamCells(p, topics);
  let after: After = null;
  let reading: Promise<Row[]> | null = readReports(db, p, after);
  let sent = 0;
  try {
    while (reading && sent < EXPORT_MAX_ROWS) {
      const rows = await reading;
      const next = nextAfter(after, rows);
      // The next batch is read while this one is written: Postgres and the encoder work at once.
      reading = next === undefined ? null : readReports(db, p, next);
      if (next !== undefined) after = next;
      const missing = await streamsFromSource(
        db,
        rows.filter((r) => r.streams === null).map((r) => r.id),
      );
      const out: Cell[][] = [];
      for (const r of rows) {
        for (const s of r.streams ?? missing.get(r.id) ?? []) {
          if (sent + out.length >= EXPORT_MAX_ROWS) break;
          out.push(cells(r, s));
        }
      }
      sent += out.length;
      if (out.length) yield out;
    }
  } finally {
    // A reader that stops early (the client went away) leaves one batch in flight: let it end.
    await reading?.catch(() => {});
  }
}

/** The start of the batch after `rows` (read from `used`), or undefined when none is left. */
function nextAfter(used: After, rows: Row[]): After | undefined {
  const last = rows.at(-1);
  if (last && rows.length === STREAM_BATCH) return { at: last.submitted_at ?? null, id: String(last.id) };
  // A short batch: the filed reports are all read; a key with a time left out the unfiled ones.
  return used !== null && used !== 'unfiled' && used.at !== null ? 'unfiled' : undefined;
}

/**
 * One batch: STREAM_BATCH reports from `after`, each with its streams' copy: one probe of
 * report_stream_lists per report, where reading issues and streams cost two (~21,000 for a month).
 */
async function readReports(db: Db, p: Prepared, after: After): Promise<Row[]> {
  return rowsOf<Row>(
    await db.execute(sql`
      select r.id, r.submitted_at, r.receipt_no, r.kind, r.period, u.name as unit, l.streams
      from ${fromClause(p.g!)} left join report_stream_lists l on l.report_id = r.id
      where ${reportWhere(p.scope.root.path, p.g!)} ${afterKey(after)}
      order by r.submitted_at desc nulls last, r.id limit ${STREAM_BATCH}`),
  );
}

function afterKey(after: After): SQL {
  if (after === null) return sql``;
  if (after === 'unfiled') return sql`and r.submitted_at is null`;
  if (after.at === null) return sql`and r.submitted_at is null and r.id > ${after.id}`;
  // As Postgres wrote it (drizzle keeps timestamps as text): microseconds a Date would drop.
  const at = after.at instanceof Date ? after.at.toISOString() : after.at;
  return sql`and r.submitted_at <= ${at} and (r.submitted_at < ${at} or r.id > ${after.id})`;
}

/** A stream's row of the sheet, in streamHeader's order. */
function streamCells(p: Prepared, topics: Map<string, string>): (r: Row, s: StreamListRow) => Cell[] {
  return (r, [topic, title, stance, prevalence, group, content]) => [
    r.unit,
    topics.get(topic) ?? '',
    title,
    p.stance(stance),
    p.prevalence(prevalence),
    p.stratum(group),
    content,
    r.receipt_no,
    p.kind(r.kind),
    r.period ?? '',
    p.fmt(r.submitted_at),
  ];
}

/** Topic names by code, looked up in the exports rather than joined: a join inside the lateral cost a hash per report. */
async function topicNames(db: Executor, name: SQL): Promise<Map<string, string>> {
  const rows = rowsOf<{ code: string; name: string }>(await db.execute(sql`select t.code, ${name} as name from topics t`));
  return new Map(rows.map((t) => [t.code, t.name]));
}

function streamHeader(tr: (k: string) => string): string[] {
  return ['unit', 'topic', 'issue', 'stance', 'prevalence', 'group', 'content', 'receipt', 'kind', 'period', 'submitted'].map((k) => tr(`con-x-col-${k}`));
}
