import { basename } from 'node:path';
import { and, desc, eq, gt, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { reports, synthesisRuns, units } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { queueMessage } from '../delivery/sends.js';
import type { Locale, Translate } from '../kernel/i18n.js';
import { silentLogger, type Logger } from '../kernel/logger.js';
import { lastDuePeriod } from '../kernel/periods.js';
import { localDate } from '../kernel/zoned-time.js';
import { loadOfficials } from '../people/inactive.js';
import { checkPeriod, resolveScope } from '../people/official-scope.js';
import { enqueue } from '../platform/outbox.js';
import { defaultsFromConfig, settingsOfUnit } from '../people/unit-tree.js';
import { SYNTHESIS_JOB, SYNTHESIS_QUEUE, synthesisJobId } from '../reports/jobs.js';
import { asLocale, periodLabel } from '../reports/reminder-messages.js';
import { generateSynthesis, type GeneratedSynthesis, type SynthesisConfig } from './generate.js';
import { spanLabel } from './outline.js';
import { spanOf } from './span.js';
import { refuse, type Refusal } from '../kernel/result.js';
import { visibleIn } from '../reports/visible-unit.js';
import { lockAuthorRequests } from '../platform/author-lock.js';

/**
 * /tonghop (and the console's "generate for a period"): an official asks for the synthesis of
 * their subtree (or a unit of it) for a month, quarter, half year or year; a run row and its job
 * are written in the caller's transaction; the job renders the documents and sends the DOCX.
 * Scope and period refusals are audited.
 */
type SynthesisRefusal = 'unknown_unit' | 'out_of_scope' | 'future_period';

export type SynthesisRequest =
  | {
      ok: true;
      runId: string;
      period: string;
      unitName: string;
      /** Reports filed in the span; when none, the latest month of the subtree that has some (a hint for the official). */
      reportCount: number;
      latestWithReports: string | null;
    }
  | Refusal<SynthesisRefusal>;

/** Filed reports (not drafts) of the subtree in the given months, and the latest month that has any. */
async function reportsInSpan(tx: Executor, rootPath: string, months: string[]): Promise<{ count: number; latest: string | null }> {
  const inTree = and(visibleIn(units.path, reports.confidentialUnitId, rootPath), ne(reports.status, 'draft'));
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(and(inTree, inArray(reports.period, months)));
  if ((row?.n ?? 0) > 0) return { count: row!.n, latest: null };
  const [latest] = await tx
    .select({ period: reports.period })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(and(inTree, isNotNull(reports.period)))
    .orderBy(desc(reports.period))
    .limit(1);
  return { count: 0, latest: latest?.period ?? null };
}

/** "tháng 11/2026", "quý IV năm 2026", … for chat messages. */
export function spanText(t: Translate, locale: Locale, key: string): string {
  const span = spanOf(key);
  return span.kind === 'month' ? periodLabel(t, locale, key) : spanLabel((k, a) => t(locale, k, a), span);
}

/** The run's job, through the outbox in the caller's transaction (DESIGN §4.3). */
export function enqueueRun(tx: Executor, runId: string): Promise<void> {
  return enqueue(tx, { queue: SYNTHESIS_QUEUE, name: SYNTHESIS_JOB, payload: { runId }, jobId: synthesisJobId(runId) });
}

/** How soon the same synthesis asked again counts as the same request. */
const REPEAT_WINDOW_MS = 2 * 60_000;

export async function requestSynthesis(
  tx: Executor,
  config: SynthesisConfig,
  req: { official: { id: string; unitId: string }; unitCode: string | null; period: string | null; locale: Locale; now: Date },
): Promise<SynthesisRequest> {
  const scope = await resolveScope(tx, req.official, req.unitCode, 'synthesis.request');
  if (!scope.ok) return scope;
  const s = (await settingsOfUnit(tx, defaultsFromConfig(config), scope.root.unitId))!.settings;
  const today = localDate(req.now, config.TIMEZONE);
  const period = req.period ?? lastDuePeriod(today, s);
  // A span may be asked for once it has begun (a year in progress gives the months so far).
  if (!(await checkPeriod(tx, req.official, spanOf(period).months[0]!, s, today, 'synthesis.request', scope.root.unitId))) return refuse('future_period');
  // The same request again a moment later (a reloaded page, a double press) is the run just asked for:
  // a second run would make and send the same document twice. Later, a new run picks up late reports.
  await lockAuthorRequests(tx, 'synthesis-request', req.official.id);
  const [twin] = await tx
    .select({ id: synthesisRuns.id })
    .from(synthesisRuns)
    .where(
      and(
        eq(synthesisRuns.requestedBy, req.official.id),
        eq(synthesisRuns.unitId, scope.root.unitId),
        eq(synthesisRuns.period, period),
        ne(synthesisRuns.status, 'failed'),
        gt(synthesisRuns.createdAt, new Date(req.now.getTime() - REPEAT_WINDOW_MS)),
      ),
    )
    .limit(1);
  const [run] = twin
    ? [twin]
    : await tx
        .insert(synthesisRuns)
        .values({ requestedBy: req.official.id, unitId: scope.root.unitId, period, locale: req.locale, createdAt: req.now })
        .returning({ id: synthesisRuns.id });
  if (!twin) await enqueueRun(tx, run!.id);
  await appendAudit(tx, {
    actorId: req.official.id,
    action: 'synthesis.request',
    targetType: 'unit',
    targetId: scope.root.unitId,
    outcome: 'ok',
    details: { period, runId: run!.id },
  });
  const filed = await reportsInSpan(tx, scope.root.path, spanOf(period).months);
  return { ok: true, runId: run!.id, period, unitName: scope.root.name, reportCount: filed.count, latestWithReports: filed.latest };
}

export type RunOutcome = 'done' | 'already_done' | 'missing' | 'failed';

type RunRow = typeof synthesisRuns.$inferSelect;

/**
 * The job body. A run already done is not redone (a redelivered job sends nothing twice; the
 * send ledger guards the document too). A rendering failure marks the run failed and tells the
 * official(s) rather than retrying a deterministic error eight times.
 */
export async function runSynthesis(
  db: Db,
  config: SynthesisConfig,
  t: Translate,
  runId: string,
  now: Date,
  onProgress?: (pct: number) => Promise<void>,
  logger: Logger = silentLogger,
): Promise<RunOutcome> {
  const [run] = await db.select().from(synthesisRuns).where(eq(synthesisRuns.id, runId));
  if (!run) return 'missing';
  if (run.status === 'done') return 'already_done';
  const [unit] = await db.select({ unitId: units.id, code: units.code, name: units.name, path: units.path }).from(units).where(eq(units.id, run.unitId));
  const progress = async (pct: number) => {
    await db.update(synthesisRuns).set({ progress: pct }).where(eq(synthesisRuns.id, runId));
    await onProgress?.(pct);
  };
  await db.update(synthesisRuns).set({ status: 'running', progress: 0, error: null }).where(eq(synthesisRuns.id, runId));
  let g: GeneratedSynthesis;
  try {
    if (!unit) throw new Error('unit of the run is gone');
    const locale = asLocale(run.locale);
    g = await generateSynthesis(db, config, t, { scope: unit, period: run.period, locale, now, tag: runId.slice(0, 8), onProgress: progress, logger });
  } catch (err) {
    await finish(db, t, run, now, { error: err instanceof Error ? err.message : 'error' });
    return 'failed';
  }
  // A failure from here on is the database's: it propagates and the job is retried.
  await finish(db, t, run, now, { done: g, unitName: unit.name });
  await onProgress?.(100);
  return 'done';
}

/** Who gets the outcome: the official who asked, or the unit's officials for a scheduled run. */
async function recipients(db: Executor, run: RunRow): Promise<{ id: string; locale: Locale }[]> {
  if (run.requestedBy) return [{ id: run.requestedBy, locale: asLocale(run.locale) }];
  return (await loadOfficials(db, [run.unitId])).map((o) => ({ id: o.id, locale: asLocale(o.locale) }));
}

/** Records the outcome and tells the recipients, in one transaction (the send ledger dedups). */
async function finish(
  db: Db,
  t: Translate,
  run: RunRow,
  now: Date,
  outcome: { done: GeneratedSynthesis; unitName: string } | { error: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const people = await recipients(tx, run);
    if ('done' in outcome) {
      const g = outcome.done;
      await tx
        .update(synthesisRuns)
        .set({
          status: 'done',
          progress: 100,
          docxPath: g.docxPath,
          markdownPath: g.markdownPath,
          xlsxPath: g.xlsxPath,
          reportCount: g.reportCount,
          aiStatus: g.aiStatus,
          finishedAt: now,
        })
        .where(eq(synthesisRuns.id, run.id));
      for (const p of people) {
        const key = run.trigger === 'schedule' ? 'syn-scheduled-caption' : 'syn-ready-caption';
        const caption = t(p.locale, key, { period: spanText(t, p.locale, run.period), unit: outcome.unitName, count: g.reportCount });
        const message = { type: 'media' as const, kind: 'document' as const, source: g.docxPath, fileName: basename(g.docxPath), caption };
        await queueMessage(tx, { purpose: `syn-${run.id}`, personId: p.id, message, lane: 'interactive' });
      }
      return;
    }
    await tx
      .update(synthesisRuns)
      .set({ status: 'failed', error: outcome.error.slice(0, 500), finishedAt: now })
      .where(eq(synthesisRuns.id, run.id));
    for (const p of people) {
      const text = t(p.locale, 'syn-failed', { period: spanText(t, p.locale, run.period) });
      await queueMessage(tx, { purpose: `syn-${run.id}-failed`, personId: p.id, message: { type: 'text', text }, lane: 'interactive' });
    }
  });
}
