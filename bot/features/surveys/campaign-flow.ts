import { parseQuotas } from '../../../core/surveys/sample.js';
import { parseDeadline, parseDurationHours } from '../polls/create-parse.js';
import { NO, readChoice, readText, YES, yesNo, ownAreaChoice } from '../../engine/common/input.js';
import { effect, type EffectDone } from '../../engine/effects.js';
import { defineFlow, waiting, type MachineState, type Outcome } from '../../engine/machine.js';
import type { FlowContext } from '../../engine/types.js';
import { isUnitTyped } from '../../../core/people/units.js';
import { filterQuestion, quotaGroups, rolesQuestion, stratumCode, whoText } from './campaign-audience.js';
import type { CampaignDraftJson, SurveyChoice } from './campaign-effects.js';

/**
 * /taokhaosat — an official sends a stored questionnaire to an audience: which questionnaire, the
 * unit (own or a unit code of the subtree), who in it (collaborators, officials or both; one
 * sector and one social stratum when the subtree has them, "all" by default: campaign-audience.ts),
 * everyone or a sample (n per unit, or quotas per stratum typed as "Nông dân=20, Công nhân=10"), whether collaborators may interview citizens,
 * how long it stays open (one reminder half-way), the baseline when an earlier campaign exists;
 * then a preview with the counts before sending.
 */
/** «1 tuần» as its button says, else «5 ngày» / «36 giờ». */
function spanOf(ctx: FlowContext, hours: number): string {
  if ((HOURS as readonly string[]).includes(String(hours))) return ctx.t(`surveys-closes-${hours}`);
  return hours % 24 === 0 ? ctx.t('surveys-closes-days', { n: hours / 24 }) : ctx.t('surveys-closes-hours', { n: hours });
}

export interface CampaignState extends MachineState {
  v: 1;
  list?: SurveyChoice[];
  /** The sectors and strata people of the official's subtree have (the filter buttons). */
  known?: { sectors: string[]; strata: string[] };
  draft: CampaignDraftJson;
  preview?: { audience: number; sampled: number; unitName: string; closes?: string };
}

type S = CampaignState;

const OWN = '_own';
const HOURS = ['24', '72', '168', '336'] as const;
const set = (s: S, d: Partial<CampaignDraftJson>): S => ({ ...s, draft: { ...s.draft, ...d } });

const baselineOf = (s: S) => s.list?.find((q) => q.id === s.draft.surveyId)?.baseline ?? null;
const preview = (s: S): Outcome<S> => ({ state: s, next: 'counting', effect: effect('surveys.preview', { draft: s.draft }) });

function onResult(s: S, done: EffectDone, ctx: FlowContext): Outcome<S> {
  if (done.effect === 'surveys.options') {
    const { list, sectors, strata } = done.result;
    return list.length ? { state: { ...s, list, known: { sectors, strata } }, next: 'survey' } : { end: [{ text: ctx.t('surveys-no-questionnaires') }] };
  }
  if (done.effect !== 'surveys.preview' && done.effect !== 'surveys.create') return { stay: true };
  const r = done.result;
  if (!r.ok) {
    const back = ['unknown_unit', 'out_of_scope', 'empty_audience'].includes(r.code) ? 'audience' : r.code === 'bad_times' ? 'closes' : 'survey';
    return { next: back, say: [{ text: ctx.t(`surveys-campaign-err-${r.code}`) }] };
  }
  if ('audience' in r) return { state: { ...s, preview: r }, next: 'confirm' };
  return { end: [{ text: ctx.t('surveys-campaign-created', { number: r.number, sampled: r.sampled }) }] };
}

export const campaignFlow = defineFlow<S>({
  name: 'survey-campaign',
  resumable: true,
  roles: ['official', 'admin'],
  sequence: ['survey', 'audience', 'roles', 'sector', 'stratum', 'sample', 'sample_size', 'interviews', 'closes', 'baseline'],
  start: () => ({ state: { v: 1, step: 'loading', draft: { unitCode: null } }, next: 'loading', effect: effect('surveys.options', {}) }),
  questions: {
    loading: waiting(() => 'survey', onResult),
    survey: {
      ask: (s, ctx) => [
        { text: ctx.t('surveys-ask-survey'), choices: (s.list ?? []).map((q) => ({ label: `${q.title} (${q.code} v${q.version})`, value: q.id })) },
      ],
      answer(s, input, ctx) {
        const r = readChoice(
          input,
          ctx,
          (s.list ?? []).map((q) => q.id),
        );
        return r.ok ? { state: set(s, { surveyId: r.value, baselineId: null }) } : { retry: r.reply };
      },
    },
    audience: {
      ask: (_s, ctx) => [{ text: ctx.t('surveys-ask-audience'), choices: [ownAreaChoice(ctx, OWN)] }],
      answer(s, input, ctx) {
        if (input.type === 'choice' && input.value === OWN) return { state: set(s, { unitCode: null }) };
        const code = input.type === 'text' ? input.text.trim() : '';
        return isUnitTyped(code) ? { state: set(s, { unitCode: code }) } : { retry: { text: ctx.t('surveys-err-unit-code') } };
      },
    },
    roles: rolesQuestion,
    sector: filterQuestion('sectors'),
    stratum: filterQuestion('strata'),
    sample: {
      ask: (_s, ctx) => [
        {
          text: ctx.t('surveys-ask-sample'),
          choices: [
            { label: ctx.t('surveys-sample-all'), value: 'all' },
            { label: ctx.t('surveys-sample-per-unit'), value: 'per_unit' },
            { label: ctx.t('surveys-sample-quota'), value: 'quota' },
          ],
        },
      ],
      answer(s, input, ctx) {
        const r = readChoice(input, ctx, ['all', 'per_unit', 'quota']);
        if (!r.ok) return { retry: r.reply };
        if (r.value === 'all') return { state: set(s, { sample: { kind: 'all' } }), next: 'interviews' };
        return { state: set(s, { sample: r.value === 'per_unit' ? { kind: 'per_unit', n: 0 } : { kind: 'quota', quotas: {} } }) };
      },
    },
    sample_size: {
      ask: (s, ctx) => [
        { text: s.draft.sample?.kind === 'quota' ? ctx.t('surveys-ask-quotas', { groups: quotaGroups(s, ctx) }) : ctx.t('surveys-ask-per-unit') },
      ],
      answer(s, input, ctx) {
        const r = readText(input, ctx, 500);
        if (!r.ok) return { retry: r.reply };
        if (s.draft.sample?.kind === 'quota') {
          const quotas = parseQuotas(r.value, (typed) => stratumCode(s, ctx, typed));
          return quotas ? { state: set(s, { sample: { kind: 'quota', quotas } }) } : { retry: { text: ctx.t('surveys-err-quotas') } };
        }
        const n = Number(r.value);
        return Number.isInteger(n) && n >= 1 && n <= 10_000
          ? { state: set(s, { sample: { kind: 'per_unit', n } }) }
          : { retry: { text: ctx.t('surveys-err-per-unit') } };
      },
    },
    interviews: {
      ask: (_s, ctx) => [{ text: ctx.t('surveys-ask-interviews'), choices: yesNo(ctx) }],
      answer(s, input, ctx) {
        const r = readChoice(input, ctx, [YES, NO]);
        return r.ok ? { state: set(s, { interviews: r.value === YES }) } : { retry: r.reply };
      },
    },
    closes: {
      ask: (_s, ctx) => [{ text: ctx.t('surveys-ask-closes'), choices: HOURS.map((h) => ({ label: ctx.t(`surveys-closes-${h}`), value: h })) }],
      answer(s, input, ctx) {
        // A button, a duration typed («5 ngày», «10 ngày»), or a date as polls read it («20/12», «17:00 20-12-2026»).
        const typed = input.type === 'text' ? parseDurationHours(input.text) : null;
        const until = input.type === 'text' && !typed ? parseDeadline(input.text) : null;
        const r = typed ? { ok: true as const, value: String(typed) } : readChoice(input, ctx, HOURS);
        if (!r.ok && !until) return { retry: { text: ctx.t('surveys-err-closes') } };
        const next = set(s, until ? { hours: undefined, until } : { hours: Number(r.ok ? r.value : 0), until: undefined });
        return baselineOf(next) ? { state: next } : preview(next);
      },
    },
    baseline: {
      ask: (s, ctx) => [{ text: ctx.t('surveys-ask-baseline', { number: baselineOf(s)?.number ?? 0 }), choices: yesNo(ctx) }],
      answer(s, input, ctx) {
        const r = readChoice(input, ctx, [YES, NO]);
        return r.ok ? preview(set(s, { baselineId: r.value === YES ? (baselineOf(s)?.id ?? null) : null })) : { retry: r.reply };
      },
    },
    counting: waiting(() => 'closes', onResult),
    confirm: {
      ask: (s, ctx) => [
        {
          text: ctx.t('surveys-campaign-preview', {
            title: s.list?.find((q) => q.id === s.draft.surveyId)?.title ?? '',
            unit: s.preview?.unitName ?? '',
            who: whoText(s, ctx),
            audience: s.preview?.audience ?? 0,
            sampled: s.preview?.sampled ?? 0,
            interviews: ctx.t(s.draft.interviews ? 'surveys-preview-interviews-yes' : 'surveys-preview-interviews-no'),
            // A date typed: its closing alone («đến 23:59 20/12/2026») says it.
            span: s.draft.until ? 'none' : spanOf(ctx, s.draft.hours ?? 0),
            closes: s.preview?.closes ?? '',
          }),
          choices: [
            { label: ctx.t('surveys-send-campaign'), value: YES },
            { label: ctx.t('surveys-cancel'), value: NO },
          ],
        },
      ],
      answer(s, input, ctx) {
        const r = readChoice(input, ctx, [YES, NO]);
        if (!r.ok) return { retry: r.reply };
        if (r.value === NO) return { end: [{ text: ctx.t('surveys-campaign-cancelled') }] };
        return { next: 'saving', effect: effect('surveys.create', { draft: s.draft }) };
      },
    },
    saving: waiting(() => 'confirm', onResult),
  },
});
