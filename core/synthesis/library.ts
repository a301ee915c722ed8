import { and, desc, eq, inArray, like } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { synthesisRuns, units } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { basename } from 'node:path';

/**
 * The syntheses an official may see and download (the web console lists them through these):
 * runs for units of the official's own subtree, newest first. Every download and every refused
 * attempt is audited (DESIGN §4.6). "Generate for a period" is `requestSynthesis` (runs.ts).
 */
export interface SynthesisListItem {
  id: string;
  unitId: string;
  unitName: string;
  /** Span key: 'YYYY-MM', 'YYYY-Qn', 'YYYY-Hn', 'YYYY'. */
  period: string;
  trigger: 'request' | 'schedule';
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  reportCount: number | null;
  aiStatus: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  formats: SynthesisFormat[];
}

export type SynthesisFormat = 'docx' | 'md' | 'xlsx';

const CONTENT_TYPES: Record<SynthesisFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

async function ownPath(db: Executor, unitId: string): Promise<string | null> {
  const [u] = await db.select({ path: units.path }).from(units).where(eq(units.id, unitId));
  return u?.path ?? null;
}

export async function listSyntheses(db: Executor, official: { unitId: string }, opts: { limit?: number; period?: string } = {}): Promise<SynthesisListItem[]> {
  const path = await ownPath(db, official.unitId);
  if (!path) return [];
  const scoped = db
    .select({ id: units.id })
    .from(units)
    .where(like(units.path, `${path}%`));
  const rows = await db
    .select({ run: synthesisRuns, unitName: units.name })
    .from(synthesisRuns)
    .innerJoin(units, eq(units.id, synthesisRuns.unitId))
    .where(and(inArray(synthesisRuns.unitId, scoped), opts.period ? eq(synthesisRuns.period, opts.period) : undefined))
    .orderBy(desc(synthesisRuns.createdAt))
    .limit(opts.limit ?? 50);
  return rows.map(({ run, unitName }) => ({
    id: run.id,
    unitId: run.unitId,
    unitName,
    period: run.period,
    trigger: run.trigger,
    status: run.status,
    progress: run.progress,
    reportCount: run.reportCount,
    aiStatus: run.aiStatus,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt,
    formats: run.status === 'done' ? (['docx', 'md', 'xlsx'] as const).filter((f) => !!pathOf(run, f)) : [],
  }));
}

function pathOf(run: typeof synthesisRuns.$inferSelect, format: SynthesisFormat): string | null {
  return format === 'docx' ? run.docxPath : format === 'md' ? run.markdownPath : run.xlsxPath;
}

export type SynthesisFile = { ok: true; path: string; fileName: string; contentType: string } | { ok: false; code: 'not_found' | 'out_of_scope' | 'not_ready' };

/** One file of a run for download, in scope; call in a transaction (the audit entry is written in it). */
export async function synthesisFile(tx: Executor, official: { id: string; unitId: string }, runId: string, format: SynthesisFormat): Promise<SynthesisFile> {
  const audit = (outcome: 'ok' | 'refused', details: Record<string, unknown>) =>
    appendAudit(tx, {
      actorId: official.id,
      action: 'synthesis.download',
      targetType: 'synthesis_run',
      targetId: runId,
      outcome,
      details: { format, ...details },
    });
  const [row] = await tx
    .select({ run: synthesisRuns, path: units.path })
    .from(synthesisRuns)
    .innerJoin(units, eq(units.id, synthesisRuns.unitId))
    .where(eq(synthesisRuns.id, runId));
  const own = await ownPath(tx, official.unitId);
  if (!row) return { ok: false, code: 'not_found' };
  if (!own || !row.path.startsWith(own)) {
    await audit('refused', { reason: 'out_of_scope' });
    return { ok: false, code: 'out_of_scope' };
  }
  const path = row.run.status === 'done' ? pathOf(row.run, format) : null;
  if (!path) return { ok: false, code: 'not_ready' };
  await audit('ok', {});
  return { ok: true, path, fileName: basename(path), contentType: CONTENT_TYPES[format] };
}
