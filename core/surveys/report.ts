import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { surveyCampaigns, units } from '../../db/schema/index.js';
import type { Locale, Translate } from '../kernel/i18n.js';
import type { Config } from '../platform/config.js';
import { heading, para, type Block, type DocOutline } from '../synthesis/document.js';
import { placeDate } from '../synthesis/outline.js';
import { renderDocx } from '../synthesis/render-docx.js';
import { campaignResults, compareResults, pct, type Change, type SurveyResults } from './results.js';
import type { SampleSpec } from '../../db/schema/surveys.js';

/**
 * The results report of a campaign as a DOCX in the same official layout as the synthesis
 * (core/synthesis/render-docx.ts): how the campaign ran and who answered per unit, each
 * question's tallies (groups under five respondents left out, as everywhere), the open answers,
 * and the change against the linked earlier campaign.
 */
export type SurveyReportConfig = Pick<Config, 'TIMEZONE' | 'ORG_PARENT_NAME' | 'ORG_NAME' | 'ORG_PLACE' | 'ORG_DOC_SUFFIX'>;

type Tr = (key: string, args?: Record<string, string | number>) => string;
/** A percentage as the locale writes it ("33,3%" in Vietnamese). */
type Pc = (v: number) => string;

/** Open answers listed in full up to this many per question; the export carries every one. */
const OPEN_IN_REPORT = 200;
/** Per-unit tables for choice questions with at most this many options (wider ones do not fit A4). */
const UNIT_TABLE_OPTIONS = 7;

interface ReportInput {
  results: SurveyResults;
  baseline: SurveyResults | null;
  unitName: string;
  sample: SampleSpec;
  opensAt: Date;
  closesAt: Date;
  now: Date;
}

export async function surveyReport(
  db: Executor,
  config: SurveyReportConfig,
  t: Translate,
  locale: Locale,
  campaignId: string,
  now: Date,
): Promise<{ docx: Buffer; fileName: string } | null> {
  const [c] = await db
    .select({ campaign: surveyCampaigns, unitName: units.name })
    .from(surveyCampaigns)
    .innerJoin(units, eq(units.id, surveyCampaigns.unitId))
    .where(eq(surveyCampaigns.id, campaignId));
  const results = c ? await campaignResults(db, campaignId) : null;
  if (!c || !results) return null;
  const baseline = c.campaign.baselineId ? await campaignResults(db, c.campaign.baselineId) : null;
  const input = { results, baseline, unitName: c.unitName, sample: c.campaign.sample, opensAt: c.campaign.opensAt, closesAt: c.campaign.closesAt, now };
  const outline = surveyReportOutline(input, locale, (k, a) => t(locale, k, a), config);
  return { docx: await renderDocx(outline, now), fileName: `${outline.fileStem}.docx` };
}

function surveyReportOutline(input: ReportInput, locale: Locale, tr: Tr, config: SurveyReportConfig): DocOutline {
  const { results: r, baseline } = input;
  const number = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  const pc: Pc = (v) => `${number.format(v)}%`;
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: config.TIMEZONE }).format(d);
  const dmy = (d: Date) => day(d).split('-').reverse().join('/');
  const blocks: Block[] = [
    heading(1, `I. ${tr('survey-report-s-campaign')}`),
    ...campaignSection(input, tr, pc, dmy),
    heading(1, `II. ${tr('survey-report-s-questions')}`),
    ...r.questions.flatMap((q, i) => questionBlocks(r, q, i, tr, pc)),
  ];
  if (r.hidden.unit.length || r.hidden.stratum.length)
    blocks.push(para(tr('survey-report-hidden', { units: r.hidden.unit.length, strata: r.hidden.stratum.length })));
  if (baseline) blocks.push(heading(1, `III. ${tr('survey-report-s-compare')}`), ...compareSection(baseline, r, tr, pc));
  return {
    header: {
      parent: config.ORG_PARENT_NAME,
      org: config.ORG_NAME,
      number: tr('syn-number', { suffix: config.ORG_DOC_SUFFIX }),
      nation: tr('syn-nation'),
      placeDate: placeDate((k, a) => tr(k, a as Record<string, string>), config.ORG_PLACE, day(input.now)),
    },
    draftNote: tr('survey-report-draft-note', { date: dmy(input.now) }),
    title: tr('survey-report-title'),
    subtitle: tr('survey-report-subtitle', { title: r.title, number: r.number }),
    blocks,
    recipientsTitle: tr('syn-recipients-title'),
    recipients: tr('survey-report-recipients')
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
    signature: { role: tr('syn-sign-role'), note: tr('syn-sign-note') },
    appendixTitle: tr('survey-report-appendix-title'),
    appendix: strataAppendix(r, tr),
    fileStem: `khao-sat-${r.number}-${r.code.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`,
  };
}

function campaignSection(input: ReportInput, tr: Tr, pc: Pc, dmy: (d: Date) => string): Block[] {
  const r = input.results;
  const s = input.sample;
  const sample =
    s.kind === 'all'
      ? tr('survey-report-sample-all')
      : s.kind === 'per_unit'
        ? tr('survey-report-sample-per-unit', { n: s.n })
        : tr('survey-report-sample-quota', {
            quotas: Object.entries(s.quotas)
              .map(([k, n]) => `${tr(`reports-opt-stratum-${k}`)} ${n}`)
              .join(', '),
          });
  const status = tr(`survey-report-status-${r.status}`);
  const out: Block[] = [
    para(
      tr('survey-report-about', {
        code: r.code,
        count: r.questions.length,
        unit: input.unitName,
        opens: dmy(input.opensAt),
        closes: dmy(input.closesAt),
        status,
      }),
    ),
    para(
      `${sample} ${tr('survey-report-respondents', { respondents: r.respondents, responded: r.responded, recipients: r.recipients, percent: pc(pct(r.responded, r.recipients)) })}`,
    ),
  ];
  if (r.completion.length) {
    out.push({
      kind: 'table',
      caption: tr('survey-report-completion-caption'),
      header: [tr('survey-report-col-unit'), tr('survey-report-col-sampled'), tr('survey-report-col-responded'), tr('survey-report-col-rate')],
      rows: r.completion.map((u) => [u.unitName, String(u.recipients), String(u.responded), pc(pct(u.responded, u.recipients))]),
      totalRow: [tr('survey-report-total'), String(r.recipients), String(r.responded), pc(pct(r.responded, r.recipients))],
    });
  }
  return out;
}

function questionBlocks(r: SurveyResults, q: SurveyResults['questions'][number], i: number, tr: Tr, pc: Pc): Block[] {
  const out: Block[] = [heading(2, tr('survey-report-question', { n: i + 1, text: q.text, answered: q.answered }))];
  if (q.counts && q.options) {
    out.push({
      kind: 'table',
      header: [tr('survey-report-col-option'), tr('survey-report-col-count'), tr('survey-report-col-share')],
      rows: q.options.map((o, k) => [o, String(q.counts![k]), pc(pct(q.counts![k]!, q.answered))]),
    });
    if (q.type === 'multiple') out.push(para(tr('survey-report-multiple-note')));
    const shown = Object.entries(q.byUnit ?? {});
    if (shown.length > 1 && q.options.length <= UNIT_TABLE_OPTIONS) {
      out.push({
        kind: 'table',
        caption: tr('survey-report-by-unit-caption'),
        header: [tr('survey-report-col-unit'), tr('survey-report-col-n'), ...q.options.map((o, k) => (o.length > 18 ? `${k + 1}. ${o.slice(0, 16)}…` : o))],
        rows: shown
          .map(([u, counts]) => ({ name: r.units[u] ?? u, n: r.groups.unit[u] ?? 0, counts }))
          .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
          .map((u) => [u.name, String(u.n), ...u.counts.map((c) => pc(pct(c, u.n)))]),
      });
    }
  } else if (q.number) {
    const round = (v: number) => String(Math.round(v * 10) / 10);
    out.push(para(tr('survey-report-number', { mean: round(q.number.mean), median: round(q.number.median), min: q.number.min, max: q.number.max })));
  } else if (q.open) {
    if (q.open.length === 0) out.push(para(tr('survey-report-no-open')));
    out.push(...q.open.slice(0, OPEN_IN_REPORT).map((a) => para(`– ${a}`)));
    if (q.open.length > OPEN_IN_REPORT) out.push(para(tr('survey-report-more-open', { n: q.open.length - OPEN_IN_REPORT })));
  }
  return out;
}

/** One table per comparable question (option × round), then the units present in both rounds. */
function compareSection(before: SurveyResults, after: SurveyResults, tr: Tr, pc: Pc): Block[] {
  const { changes, notComparable } = compareResults(before, after);
  const sign = (d: number) => (Math.abs(d) < 0.05 ? '0' : `${d > 0 ? '+' : '−'}${pc(Math.abs(d)).slice(0, -1)}`);
  const rounds = [tr('survey-report-col-round', { n: before.number }), tr('survey-report-col-round', { n: after.number }), tr('survey-report-col-change')];
  const out: Block[] = [para(tr('survey-report-compare-intro', { before: before.number, after: after.number }))];
  const byQuestion = new Map<string, Change[]>();
  for (const c of changes) byQuestion.set(c.questionId, [...(byQuestion.get(c.questionId) ?? []), c]);
  for (const list of byQuestion.values()) {
    const n = after.questions.findIndex((q) => q.id === list[0]!.questionId) + 1;
    out.push({
      kind: 'table',
      caption: tr('survey-report-compare-caption', { n, text: list[0]!.text }),
      header: [tr('survey-report-col-option'), ...rounds],
      rows: list.map((c) => [c.option, pc(c.before), pc(c.after), sign(c.after - c.before)]),
    });
    const unitRows = list.flatMap((c) =>
      c.byUnit.map((u) => [`${after.units[u.unitId] ?? before.units[u.unitId] ?? '?'} — ${c.option}`, pc(u.before), pc(u.after), sign(u.after - u.before)]),
    );
    if (unitRows.length)
      out.push({ kind: 'table', caption: tr('survey-report-compare-units-caption'), header: [tr('survey-report-col-unit-option'), ...rounds], rows: unitRows });
  }
  if (notComparable.length) out.push(para(tr('survey-report-not-comparable', { ids: notComparable.join(', ') })));
  return out;
}

function strataAppendix(r: SurveyResults, tr: Tr): Block[] {
  const label = (s: string) => (s ? tr(`reports-opt-stratum-${s}`) : tr('survey-report-no-group'));
  const rows = Object.entries(r.groups.stratum)
    .sort((a, b) => b[1] - a[1])
    .map(([s, n]) => [label(s), r.hidden.stratum.includes(s) ? tr('survey-report-under-five') : String(n)]);
  return [
    para(tr('survey-report-appendix-intro')),
    { kind: 'table', header: [tr('survey-report-col-group'), tr('survey-report-col-n')], rows },
    para(tr('survey-report-method', { min: 5 })),
  ];
}
