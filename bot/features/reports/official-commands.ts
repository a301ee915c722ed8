import type { Config } from '../../../core/platform/config.js';
import { completenessView, periodPicker, type PeriodChoice } from '../../../core/reports/completeness-view.js';
import type { Locale, Translate } from '../../../core/kernel/i18n.js';
import { checkPeriod, parseScopeArgs, resolveScope } from '../../../core/people/official-scope.js';
import { isLocked, parseIsoDate } from '../../../core/kernel/periods.js';
import { fmtDate, periodLabel } from '../../../core/reports/reminder-messages.js';
import { markReceived, reportingPeriodFor, type ReviewEnv, type ReviewResult } from '../../../core/reports/review.js';
import { requestSynthesis, spanText } from '../../../core/synthesis/runs.js';
import { parseSynthesisArgs } from '../../../core/synthesis/span.js';
import { matchKey } from '../../../core/kernel/text.js';
import type { SynthesisConfig } from '../../../core/synthesis/generate.js';
import { loadUnitTree } from '../../../core/people/unit-tree.js';
import { localDate } from '../../../core/kernel/zoned-time.js';
import type { Reply } from '../../engine/types.js';
import type { HandlerContext } from '../../engine/registry.js';
import { statsText } from './official-views.js';
import { remindChoice } from './remind-button.js';
import { appendAudit } from '../../../core/compliance/audit.js';
import { charterStanding, type CharterStanding } from '../../../core/charter/charter.js';

/**
 * Officials' side of periodic reporting in chat: /thongke (completeness of their subtree,
 * current and previous period, or one period), /tonghop (the month's synthesis as a DOCX, made
 * by a job), /nhanbaocao and /bosung (received / ask for more, by receipt number), and the
 * reporter's `r:open` reminder button, which says where their report stands and offers /baocao.
 */
export type ReportingConfig = SynthesisConfig & Pick<Config, 'REPORT_LOCK_DAYS'>;

const locale = (h: HandlerContext): Locale => h.flow.locale;
const official = (h: HandlerContext) => ({ id: h.person!.id, unitId: h.person!.unitId });

export async function stats(config: ReportingConfig, env: ReviewEnv, args: string, h: HandlerContext): Promise<Reply[]> {
  const t = h.flow.t;
  const a = parseScopeArgs(args);
  if (a.bad) return [{ text: t('reports-x-bad-args', { arg: a.bad }) }];
  const scope = await resolveScope(h.tx, official(h), a.unitCode, 'completeness.view');
  if (!scope.ok) return [{ text: t(`reports-x-${scope.code}`) }];
  const tree = await loadUnitTree(h.tx, env.defaults, scope.root.path);
  const today = localDate(h.flow.now, config.TIMEZONE);
  if (a.period && !(await checkPeriod(h.tx, official(h), a.period, tree.settings(scope.root.unitId), today, 'completeness.view', scope.root.unitId))) {
    return [{ text: t('reports-x-future_period') }];
  }
  const choices: { headKey: string; which: PeriodChoice }[] = a.period
    ? [{ headKey: 'reports-stats-period', which: { period: a.period } }]
    : [
        { headKey: 'reports-stats-current', which: 'current' },
        { headKey: 'reports-stats-previous', which: 'previous' },
      ];
  const sections = [];
  for (const c of choices) {
    const period = periodPicker(c.which, today)(tree.settings(scope.root.unitId));
    sections.push({ headKey: c.headKey, period, view: await completenessView(h.tx, env, scope.root, c.which, today, tree) });
  }
  const leaf = !tree.subtree(scope.root.path).some((u) => u.parentId === scope.root.unitId);
  const tr: Translate = (_l, k, x) => t(k, x);
  const charter = await charterStanding(h.tx, scope.root.path);
  const current = sections.find((s) => s.headKey === 'reports-stats-current')?.view.total;
  const text = [statsText(tr, locale(h), scope.root.name, sections, leaf), ...charterLines(h, charter)].join('\n');
  return [{ text, choices: remindChoice(h, scope.root.unitId, current?.missing ?? 0) }];
}

/** Who has not accepted the Quy chế in force yet (issue 17 item 5), under the completeness. */
function charterLines(h: HandlerContext, c: CharterStanding | null): string[] {
  if (!c || c.total === 0) return [];
  const t = h.flow.t;
  const lines = ['', t('charter-stats', { version: c.version, accepted: c.accepted, total: c.total })];
  const missing = c.total - c.accepted;
  if (missing > 0) {
    const more = missing > c.pending.length ? t('charter-stats-more', { n: missing - c.pending.length }) : '';
    lines.push(t('charter-stats-pending', { names: c.pending.join(', '), more }));
  }
  return lines;
}

/** /tonghop [month | quarter | half year | year] [unit code]: queues the synthesis job. */
export async function synthesis(config: ReportingConfig, args: string, h: HandlerContext): Promise<Reply[]> {
  const t = h.flow.t;
  const a = parseSynthesisArgs(args, matchKey);
  if (a.bad) return [{ text: t('syn-x-bad-args', { arg: a.bad }) }];
  const r = await requestSynthesis(h.tx, config, { official: official(h), unitCode: a.unitCode, period: a.period, locale: locale(h), now: h.flow.now });
  if (!r.ok) return [{ text: t(`reports-x-${r.code}`) }];
  const tr: Translate = (_l, k, x) => t(k, x);
  const queued = t('syn-queued', { period: spanText(tr, locale(h), r.period), unit: r.unitName });
  if (r.reportCount > 0) return [{ text: queued }];
  // An empty document is still made (the official may want it), but say where the reports are.
  const [y, m] = (r.latestWithReports ?? '').split('-');
  const hint = r.latestWithReports
    ? t('syn-hint-other-period', { latest: spanText(tr, locale(h), r.latestWithReports), arg: `${Number(m)}/${y}` })
    : t('syn-hint-no-reports');
  return [
    {
      text: `${queued}
${hint}`,
    },
  ];
}

function reviewReply(h: HandlerContext, r: ReviewResult, doneKey: string): Reply[] {
  const t = h.flow.t;
  // Receipts are sequential: one outside the official's scope is answered as one that does not exist (the audit keeps why).
  if (!r.ok) return [{ text: t(`reports-review-x-${r.code === 'out_of_scope' ? 'not_found' : r.code}`) }];
  return [{ text: t(r.changed ? doneKey : 'reports-review-already-received', { receipt: r.receiptNo }) }];
}

export async function received(env: ReviewEnv, ref: string, h: HandlerContext): Promise<Reply[]> {
  if (h.person?.role === 'collaborator') {
    await appendAudit(h.tx, {
      actorId: h.person.id,
      action: 'report.received',
      targetType: 'report',
      targetId: ref.slice(0, 40),
      outcome: 'refused',
      details: { reason: 'not_official' },
    });
    return [{ text: h.flow.t('engine-not-allowed') }];
  }
  if (!ref) return [{ text: h.flow.t('reports-review-usage-received') }];
  return reviewReply(h, await markReceived(h.tx, env, official(h), ref, h.flow.now), 'reports-review-done-received');
}

/** The reminder button: where the person's periodic report stands, and the way to open it. */
export async function openReport(env: ReviewEnv, h: HandlerContext): Promise<Reply[]> {
  const t = h.flow.t;
  const person = h.person!;
  if (person.role !== 'collaborator') return [{ text: t('reports-open-not-collaborator') }];
  const info = await reportingPeriodFor(h.tx, env, { id: person.id, unitId: person.unitId }, h.flow.now);
  const tr: Translate = (_l, k, x) => t(k, x);
  const period = periodLabel(tr, locale(h), info.period);
  const open = [{ label: t('reports-remind-open'), value: '/baocao' }];
  if (info.existing) {
    const locked = isLocked(info.period, info.settings, localDate(h.flow.now, env.timeZone));
    const text = t('reports-open-already', { period, receipt: info.existing.receiptNo ?? '', lock: fmtDate(parseIsoDate(info.lock)) });
    return [{ text, choices: locked ? undefined : open }];
  }
  return [{ text: t('reports-open-prompt', { period }), choices: open }];
}
