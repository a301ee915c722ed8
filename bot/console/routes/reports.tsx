import type { Context, Hono } from 'hono';
import { notFound } from './not-found.js';
import { REPORT_KINDS, REPORT_STATUSES, browseReports, type ReportFilters } from '../../../core/reports/browse.js';
import { reportDetail, type ReportDetail } from '../../../core/reports/detail.js';
import { exportReports, exportStreams } from '../../../core/reports/export.js';
import { markReceived, requestMore, type ReviewResult } from '../../../core/reports/review.js';
import { listTopics } from '../../../core/reports/topics.js';
import { toCsv } from '../../../core/kernel/csv.js';
import { xlsxStream } from '../../../core/kernel/xlsx-stream.js';
import type { ConsoleDeps } from '../deps.js';
import { pageCtx } from '../page-context.js';
import { ReportDetailPage } from '../pages/report-detail.js';
import { ReportResults, ReportsPage } from '../pages/reports.js';
import type { ConsoleEnv } from '../security.js';
import { isHtmx, q, subtreeUnits } from './common.js';

const PAGE_SIZE = 25;

function filters(c: Context<ConsoleEnv>, timeZone: string): ReportFilters {
  return {
    unitId: q.uuid(c, 'unit'),
    period: q.period(c, 'period'),
    kind: q.oneOf(c, 'kind', REPORT_KINDS),
    status: q.oneOf(c, 'status', REPORT_STATUSES),
    topic: q.text(c, 'topic', 20),
    ...q.days(c, timeZone),
    q: q.text(c, 'q', 200),
  };
}

export function reportRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const { db } = deps;
  const ctxOf = (c: Context<ConsoleEnv>) => pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE);
  const browse = (c: Context<ConsoleEnv>, f: ReportFilters) =>
    db.transaction((tx) => browseReports(tx, c.get('user'), f, { page: q.page(c), pageSize: PAGE_SIZE }));
  const refused = (c: Context<ConsoleEnv>) => c.text(deps.t(c.get('lang'), 'con-x-out_of_scope'), 403);

  app.get('/reports', async (c) => {
    const f = filters(c, deps.config.TIMEZONE);
    const r = await browse(c, f);
    if (!r.ok) return refused(c);
    const ctx = ctxOf(c);
    c.header('vary', 'HX-Request');
    // htmx asks the page's own URL (so the pushed URL reloads the whole page) and swaps only the results.
    if (isHtmx(c) && c.req.header('hx-target') === 'results') return c.html(<ReportResults ctx={ctx} f={f} {...r} unread={q.unreadDays(c)} />);
    const [units, topics] = await Promise.all([subtreeUnits(db, c.get('user').unitPath), listTopics(db, c.get('lang'))]);
    return c.html(<ReportsPage ctx={ctx} f={f} units={units} topics={topics} results={{ ctx, f, ...r, unread: q.unreadDays(c) }} />);
  });

  app.get('/reports/export.csv', async (c) => {
    const env = { t: deps.t, locale: c.get('lang'), timeZone: deps.config.TIMEZONE };
    const table = await db.transaction((tx) => exportReports(tx, c.get('user'), filters(c, deps.config.TIMEZONE), env));
    if (!table) return refused(c);
    return c.body(new Uint8Array(toCsv(table.header, table.rows)), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="bao-cao-${stamp(deps.now())}.csv"`,
    });
  });

  app.get('/reports/export.xlsx', async (c) => {
    const env = { t: deps.t, locale: c.get('lang'), timeZone: deps.config.TIMEZONE };
    const table = await exportStreams(db, c.get('user'), filters(c, deps.config.TIMEZONE), env);
    if (!table) return refused(c);
    // Written as the batches are read: the first bytes leave before the last rows are fetched.
    const bytes = xlsxStream({ name: deps.t(c.get('lang'), 'con-x-sheet'), header: table.header, shared: table.shared }, table.batches);
    return c.body(ReadableStream.from(bytes), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="luong-y-kien-${stamp(deps.now())}.xlsx"`,
    });
  });

  app.get('/reports/:id', async (c) => {
    const d = await db.transaction((tx) => reportDetail(tx, c.get('user'), c.req.param('id')));
    if (!d) return notFound(c, deps);
    return c.html(<ReportDetailPage ctx={ctxOf(c)} tr={deps.t} d={d} message={doneMessage(c, deps, d)} />);
  });

  /** Đã tiếp nhận / Yêu cầu bổ sung: the chat's review functions, with the reporter told as in chat. */
  app.post('/reports/:id/:verb{received|more}', async (c) => {
    const user = c.get('user');
    const id = c.req.param('id');
    const body = await c.req.parseBody();
    const note = typeof body.note === 'string' ? body.note.trim() : '';
    const verb = c.req.param('verb');
    const r: ReviewResult = await db.transaction((tx) =>
      verb === 'received' ? markReceived(tx, deps.review, user, id, deps.now()) : requestMore(tx, deps.review, user, id, note, deps.now()),
    );
    const key = r.ok
      ? r.changed || verb === 'more'
        ? verb === 'received'
          ? 'reports-review-done-received'
          : 'reports-review-done-more'
        : 'reports-review-already-received'
      : `reports-review-x-${r.code}`;
    const d = await db.transaction((tx) => reportDetail(tx, user, id));
    if (!d) return c.html(<p>{deps.t(c.get('lang'), key, r.ok ? { receipt: r.receiptNo } : {})}</p>, 403);
    // Post/Redirect/Get: reloading the page shows the result again, it never asks the reporter twice.
    return c.redirect(`/console/reports/${id}?done=${key}`, 303);
  });
}

/** The result of a review action, shown once on the report after its redirect (only these keys). */
const DONE = /^reports-review-(done-received|done-more|already-received|x-[a-z_]+)$/;

function doneMessage(c: Context<ConsoleEnv>, deps: ConsoleDeps, d: ReportDetail): { ok: boolean; text: string } | undefined {
  const key = c.req.query('done');
  if (!key || !DONE.test(key)) return undefined;
  return { ok: !key.includes('-x-'), text: deps.t(c.get('lang'), key, { receipt: d.report.receiptNo ?? '' }) };
}

function stamp(d: Date): string {
  return d.toISOString().slice(0, 10);
}
