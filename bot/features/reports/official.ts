import type { Config } from '../../../core/platform/config.js';
import { completenessView, type PeriodChoice } from '../../../core/reports/completeness-view.js';
import { createI18n, type Locale, type Translate } from '../../../core/kernel/i18n.js';
import { checkPeriod, parseScopeArgs, resolveScope } from '../../../core/people/official-scope.js';
import { isLocked, parseIsoDate } from '../../../core/kernel/periods.js';
import { fmtDate, periodLabel } from '../../../core/reports/reminder-messages.js';
import { markReceived, reportingPeriodFor, requestMore, type ReviewEnv, type ReviewResult } from '../../../core/reports/review.js';
import { requestSynthesis, spanText } from '../../../core/synthesis/runs.js';
import { parseSynthesisArgs } from '../../../core/synthesis/span.js';
import { matchKey } from '../../../core/kernel/text.js';
import type { SynthesisConfig } from '../../../core/synthesis/generate.js';
import { defaultsFromConfig, loadUnitTree } from '../../../core/people/unit-tree.js';
import { localDate } from '../../../core/kernel/zoned-time.js';
import type { Reply, Role } from '../../engine/types.js';
import type { Feature, HandlerContext } from '../../engine/registry.js';
import { statsText } from './official-views.js';

const OFFICIALS: Role[] = ['official', 'admin'];

export type ReportingConfig = SynthesisConfig & Pick<Config, 'REPORT_LOCK_DAYS'>;

/**
 * Periodic reporting in chat. Officials: /thongke (completeness of their subtree, current and
 * previous period, or one period), /tonghop (the month's synthesis as a DOCX, made by a job),
 * /nhanbaocao and /bosung (received / ask for more, by receipt number), and the `rv:<reportId>`
 * "received" button other features may put on report notices. Collaborators: the `r:open`
 * button of reminders, which says where their report stands and offers /baocao (a worker's
 * button carries raw data, so it cannot start a flow itself; one tap more opens the draft).
 */
export function createReportingFeature(deps: { config: ReportingConfig; t?: Translate }): Feature {
  const { config } = deps;
  const review: ReviewEnv = { timeZone: config.TIMEZONE, defaults: defaultsFromConfig(config), t: deps.t ?? createI18n().t };
  return {
    name: 'reporting',
    commands: [
      { names: ['thongke', 'stats'], roles: OFFICIALS, helpKey: 'rep-help-thongke', run: (args, h) => stats(config, review, args, h) },
      { names: ['tonghop', 'synthesis'], roles: OFFICIALS, helpKey: 'syn-help', run: (args, h) => synthesis(config, args, h) },
      { names: ['nhanbaocao', 'reportok'], roles: OFFICIALS, helpKey: 'rev-help-received', run: (args, h) => received(review, args.trim(), h) },
      { names: ['bosung', 'needmore'], roles: OFFICIALS, helpKey: 'rev-help-more', run: (args, h) => more(review, args, h) },
    ],
    actions: [
      { prefix: 'r', run: (_rest, h) => openReport(review, h) },
      { prefix: 'rv', run: (rest, h) => received(review, rest, h) },
    ],
  };
}

const locale = (h: HandlerContext) => h.flow.locale as Locale;
const official = (h: HandlerContext) => ({ id: h.person!.id, unitId: h.person!.unitId });

async function stats(config: ReportingConfig, env: ReviewEnv, args: string, h: HandlerContext): Promise<Reply[]> {
  const t = h.flow.t;
  const a = parseScopeArgs(args);
  if (a.bad) return [{ text: t('rep-x-bad-args', { arg: a.bad }) }];
  const scope = await resolveScope(h.tx, official(h), a.unitCode, 'completeness.view');
  if (!scope.ok) return [{ text: t(`rep-x-${scope.reason}`) }];
  const tree = await loadUnitTree(h.tx, env.defaults, scope.root.path);
  const today = localDate(h.flow.now, config.TIMEZONE);
  if (a.period && !(await checkPeriod(h.tx, official(h), a.period, tree.settings(scope.root.unitId), today, 'completeness.view', scope.root.unitId))) {
    return [{ text: t('rep-x-future_period') }];
  }
  const choices: { headKey: string; which: PeriodChoice }[] = a.period
    ? [{ headKey: 'rep-stats-period', which: { period: a.period } }]
    : [
        { headKey: 'rep-stats-current', which: 'current' },
        { headKey: 'rep-stats-previous', which: 'previous' },
      ];
  const sections = [];
  for (const c of choices) sections.push({ headKey: c.headKey, view: await completenessView(h.tx, env, scope.root, c.which, today, tree) });
  const leaf = !tree.subtree(scope.root.path).some((u) => u.parentId === scope.root.unitId);
  const tr: Translate = (_l, k, x) => t(k, x);
  return [{ text: statsText(tr, locale(h), scope.root.name, sections, leaf) }];
}

/** /tonghop [month | quarter | half year | year] [unit code]: queues the synthesis job. */
async function synthesis(config: ReportingConfig, args: string, h: HandlerContext): Promise<Reply[]> {
  const t = h.flow.t;
  const a = parseSynthesisArgs(args, matchKey);
  if (a.bad) return [{ text: t('syn-x-bad-args', { arg: a.bad }) }];
  const r = await requestSynthesis(h.tx, config, { official: official(h), unitCode: a.unitCode, period: a.period, locale: locale(h), now: h.flow.now });
  if (!r.ok) return [{ text: t(`rep-x-${r.reason}`) }];
  const tr: Translate = (_l, k, x) => t(k, x);
  return [{ text: t('syn-queued', { period: spanText(tr, locale(h), r.period), unit: r.unitName }) }];
}

function reviewReply(h: HandlerContext, r: ReviewResult, doneKey: string): Reply[] {
  const t = h.flow.t;
  if (!r.ok) return [{ text: t(`rev-x-${r.reason}`) }];
  return [{ text: t(r.changed ? doneKey : 'rev-already-received', { receipt: r.receiptNo }) }];
}

async function received(env: ReviewEnv, ref: string, h: HandlerContext): Promise<Reply[]> {
  if (h.person?.role === 'collaborator') return [{ text: h.flow.t('engine-not-allowed') }];
  if (!ref) return [{ text: h.flow.t('rev-usage-received') }];
  return reviewReply(h, await markReceived(h.tx, env, official(h), ref, h.flow.now), 'rev-done-received');
}

async function more(env: ReviewEnv, args: string, h: HandlerContext): Promise<Reply[]> {
  const m = /^(\S+)\s+([\s\S]+)$/.exec(args.trim());
  if (!m) return [{ text: h.flow.t('rev-usage-more') }];
  return reviewReply(h, await requestMore(h.tx, env, official(h), m[1]!, m[2]!, h.flow.now), 'rev-done-more');
}

/** The reminder button: where the person's periodic report stands, and the way to open it. */
async function openReport(env: ReviewEnv, h: HandlerContext): Promise<Reply[]> {
  const t = h.flow.t;
  const person = h.person!;
  if (person.role !== 'collaborator') return [{ text: t('rep-open-not-collaborator') }];
  const info = await reportingPeriodFor(h.tx, env, { id: person.id, unitId: person.unitId }, h.flow.now);
  const tr: Translate = (_l, k, x) => t(k, x);
  const period = periodLabel(tr, locale(h), info.period);
  const open = [{ label: t('rep-remind-open'), value: '/baocao' }];
  if (info.existing) {
    const locked = isLocked(info.period, info.settings, localDate(h.flow.now, env.timeZone));
    const text = t('rep-open-already', { period, receipt: info.existing.receiptNo ?? '', lock: fmtDate(parseIsoDate(info.lock)) });
    return [{ text, choices: locked ? undefined : open }];
  }
  return [{ text: t('rep-open-prompt', { period }), choices: open }];
}
