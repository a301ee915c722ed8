import { basename } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { synthesisRuns, units } from '../../db/schema/index.js';
import { appendAudit } from '../audit.js';
import type { Locale, Translate } from '../i18n.js';
import { checkPeriod, resolveScope } from '../official-scope.js';
import { enqueue } from '../outbox.js';
import { lastDuePeriod } from '../periods.js';
import { asLocale, periodLabel } from '../reminder-messages.js';
import { SYNTHESIS_JOB, SYNTHESIS_QUEUE, synthesisJobId } from '../reporting-jobs.js';
import { queueMessage } from '../sends.js';
import { defaultsFromConfig, settingsOfUnit } from '../unit-tree.js';
import { localDate } from '../zoned-time.js';
import { generateSynthesis, type SynthesisConfig } from './generate.js';

/**
 * /tonghop: an official asks for the synthesis of their subtree (or a unit of it) for a period;
 * a run row and its job are written in the update's transaction; the job renders the document
 * and sends it back as a file. Scope and period refusals are audited.
 */
export type SynthesisRefusal = 'unknown_unit' | 'out_of_scope' | 'future_period';

export type SynthesisRequest =
  | { ok: true; runId: string; period: string; unitName: string }
  | { ok: false; reason: SynthesisRefusal };

export async function requestSynthesis(
  tx: Executor, config: SynthesisConfig,
  req: { official: { id: string; unitId: string }; unitCode: string | null; period: string | null; locale: Locale; now: Date },
): Promise<SynthesisRequest> {
  const scope = await resolveScope(tx, req.official, req.unitCode, 'synthesis.request');
  if (!scope.ok) return scope;
  const s = (await settingsOfUnit(tx, defaultsFromConfig(config), scope.root.unitId))!.settings;
  const today = localDate(req.now, config.TIMEZONE);
  const period = req.period ?? lastDuePeriod(today, s);
  if (!(await checkPeriod(tx, req.official, period, s, today, 'synthesis.request', scope.root.unitId))) return { ok: false, reason: 'future_period' };
  const [run] = await tx
    .insert(synthesisRuns)
    .values({ requestedBy: req.official.id, unitId: scope.root.unitId, period, locale: req.locale, createdAt: req.now })
    .returning({ id: synthesisRuns.id });
  await enqueue(tx, { queue: SYNTHESIS_QUEUE, name: SYNTHESIS_JOB, payload: { runId: run!.id }, jobId: synthesisJobId(run!.id) });
  await appendAudit(tx, { actorId: req.official.id, action: 'synthesis.request', targetType: 'unit', targetId: scope.root.unitId, outcome: 'ok', details: { period, runId: run!.id } });
  return { ok: true, runId: run!.id, period, unitName: scope.root.name };
}

export type RunOutcome = 'done' | 'already_done' | 'missing' | 'failed';

/**
 * The job body. A run already done is not redone (a redelivered job sends nothing twice; the
 * send ledger guards the document too). A rendering failure marks the run failed and tells the
 * official rather than retrying a deterministic error eight times.
 */
export async function runSynthesis(
  db: Db, config: SynthesisConfig, t: Translate, runId: string, now: Date, onProgress?: (pct: number) => Promise<void>,
): Promise<RunOutcome> {
  const [run] = await db.select().from(synthesisRuns).where(eq(synthesisRuns.id, runId));
  if (!run) return 'missing';
  if (run.status === 'done') return 'already_done';
  const [unit] = await db.select({ id: units.id, code: units.code, name: units.name, path: units.path }).from(units).where(eq(units.id, run.unitId));
  const locale = asLocale(run.locale);
  const progress = async (pct: number) => {
    await db.update(synthesisRuns).set({ progress: pct }).where(eq(synthesisRuns.id, runId));
    await onProgress?.(pct);
  };
  await db.update(synthesisRuns).set({ status: 'running', progress: 0, error: null }).where(eq(synthesisRuns.id, runId));
  try {
    if (!unit) throw new Error('unit of the run is gone');
    const scope = { unitId: unit.id, code: unit.code, name: unit.name, path: unit.path };
    const g = await generateSynthesis(db, config, t, { scope, period: run.period, locale, now, tag: runId.slice(0, 8), onProgress: progress });
    await db.transaction(async (tx) => {
      await tx
        .update(synthesisRuns)
        .set({ status: 'done', progress: 100, docxPath: g.docxPath, markdownPath: g.markdownPath, reportCount: g.reportCount, finishedAt: now })
        .where(eq(synthesisRuns.id, runId));
      if (run.requestedBy) {
        const caption = t(locale, 'syn-ready-caption', { period: periodLabel(t, locale, run.period), unit: unit.name, count: g.reportCount });
        const message = { type: 'media' as const, kind: 'document' as const, source: g.docxPath, fileName: basename(g.docxPath), caption };
        await queueMessage(tx, { purpose: `syn-${runId}`, personId: run.requestedBy, message, lane: 'interactive' });
      }
    });
    await onProgress?.(100);
    return 'done';
  } catch (err) {
    await db.transaction(async (tx) => {
      await tx.update(synthesisRuns).set({ status: 'failed', error: err instanceof Error ? err.message.slice(0, 500) : 'error', finishedAt: now }).where(eq(synthesisRuns.id, runId));
      if (run.requestedBy) {
        const text = t(locale, 'syn-failed', { period: periodLabel(t, locale, run.period) });
        await queueMessage(tx, { purpose: `syn-${runId}-failed`, personId: run.requestedBy, message: { type: 'text', text }, lane: 'interactive' });
      }
    });
    return 'failed';
  }
}
