import { sectorLabel, stratumLabel } from '../../../core/people/labels.js';
import { parseQuotas } from '../../../core/surveys/sample.js';
import { matchKey } from '../../../core/kernel/text.js';
import { NO, readChoice, readText, YES, yesNo } from '../../engine/common/input.js';
import { effect, type EffectDone } from '../../engine/effects.js';
import { defineFlow, waiting, type MachineState, type Outcome } from '../../engine/machine.js';
import type { FlowContext, ReplyChoice, UserInput } from '../../engine/types.js';
import type { CampaignDraftJson, CampaignRole, SurveyChoice } from './campaign-effects.js';
import { isUnitTyped } from '../../../core/people/units.js';

/**
 * /taokhaosat — an official sends a stored questionnaire to an audience: which questionnaire, the
 * unit (own or a unit code of the subtree), who in it (collaborators, officials or both; one
 * sector and one social stratum when the subtree has them, "all" by default), everyone or a sample (n per unit, or quotas per
 * stratum typed as "nong_dan=20, cong_nhan=10"), whether collaborators may interview citizens,
 * how long it stays open (one reminder half-way), the baseline when an earlier campaign exists;
 * then a preview with the counts before sending.
 */
interface CampaignState extends MachineState {
  v: 1;
  list?: SurveyChoice[];
  /** The sectors and strata people of the official's subtree have (the filter buttons). */
  known?: { sectors: string[]; strata: string[] };
  draft: CampaignDraftJson;
  preview?: { audience: number; sampled: number; unitName: string };
}

type S = CampaignState;

const OWN = '_own';
const ALL = '_all';
const ROLES: Record<CampaignRole, ('collaborator' | 'official')[] | undefined> = {
  collaborator: undefined,
  official: ['official'],
  everyone: ['collaborator', 'official'],
};
/** Buttons for the filter values found in the subtree; more are typed (label or code). */
const MAX_FILTER_BUTTONS = 12;
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
    const back = ['unknown_unit', 'out_of_scope', 'empty_audience'].includes(r.code) ? 'audience' : 'survey';
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
      ask: (_s, ctx) => [
        { text: ctx.t('surveys-ask-audience'), choices: [{ label: ctx.t('surveys-audience-own', { unit: ctx.person?.unitName ?? '' }), value: OWN }] },
      ],
      answer(s, input, ctx) {
        if (input.type === 'choice' && input.value === OWN) return { state: set(s, { unitCode: null }) };
        const code = input.type === 'text' ? input.text.trim() : '';
        return isUnitTyped(code) ? { state: set(s, { unitCode: code }) } : { retry: { text: ctx.t('surveys-err-unit-code') } };
      },
    },
    roles: {
      ask: (_s, ctx) => [{ text: ctx.t('surveys-ask-roles'), choices: Object.keys(ROLES).map((r) => ({ label: ctx.t(`surveys-roles-${r}`), value: r })) }],
      answer(s, input, ctx) {
        const r = readChoice(input, ctx, Object.keys(ROLES));
        return r.ok ? { state: setFilters(s, { roles: ROLES[r.value as CampaignRole] }) } : { retry: r.reply };
      },
    },
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
      ask: (s, ctx) => [{ text: ctx.t(s.draft.sample?.kind === 'quota' ? 'surveys-ask-quotas' : 'surveys-ask-per-unit') }],
      answer(s, input, ctx) {
        const r = readText(input, ctx, 500);
        if (!r.ok) return { retry: r.reply };
        if (s.draft.sample?.kind === 'quota') {
          const quotas = parseQuotas(r.value);
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
        const r = readChoice(input, ctx, HOURS);
        if (!r.ok) return { retry: r.reply };
        const next = set(s, { hours: Number(r.value) });
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
            unit: s.preview?.unitName ?? '',
            who: whoText(s, ctx),
            audience: s.preview?.audience ?? 0,
            sampled: s.preview?.sampled ?? 0,
            hours: s.draft.hours ?? 0,
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

function setFilters(s: S, f: Partial<NonNullable<CampaignDraftJson['filters']>>): S {
  const filters = { ...s.draft.filters, ...f };
  for (const k of Object.keys(filters) as (keyof typeof filters)[]) if (filters[k] === undefined) delete filters[k];
  return set(s, { filters });
}

const labelOf = (which: 'sectors' | 'strata', ctx: FlowContext, code: string) => (which === 'sectors' ? sectorLabel : stratumLabel)((k) => ctx.t(k), code);

/**
 * One sector or one stratum of those the subtree's people have, or all (skipped when there is
 * none to choose). A button, or the label or code typed (accents and case ignored).
 */
function filterQuestion(which: 'sectors' | 'strata') {
  const known = (s: S) => s.known?.[which] ?? [];
  return {
    skip: (s: S) => (known(s).length ? null : { state: setFilters(s, { [which]: undefined }) }),
    ask: (s: S, ctx: FlowContext) => {
      const choices: ReplyChoice[] = [{ label: ctx.t(`surveys-${which}-all`), value: ALL }];
      for (const v of known(s).slice(0, MAX_FILTER_BUTTONS)) choices.push({ label: labelOf(which, ctx, v), value: v });
      return [{ text: ctx.t(`surveys-ask-${which}`), choices }];
    },
    answer(s: S, input: UserInput, ctx: FlowContext): Outcome<S> {
      if (input.type === 'choice' && input.value === ALL) return { state: setFilters(s, { [which]: undefined }) };
      const raw = input.type === 'choice' ? input.value : input.type === 'text' ? input.text : '';
      const key = matchKey(raw);
      const value = known(s).find((v) => matchKey(v) === key || matchKey(labelOf(which, ctx, v)) === key);
      return value ? { state: setFilters(s, { [which]: [value] }) } : { retry: { text: ctx.t('engine-err-choose') } };
    },
  };
}

/** The audience as the preview names it: «Cộng tác viên · Mặt trận Tổ quốc · Nông dân». */
function whoText(s: S, ctx: FlowContext): string {
  const f = s.draft.filters ?? {};
  const role = (Object.keys(ROLES) as CampaignRole[]).find((r) => JSON.stringify(ROLES[r]) === JSON.stringify(f.roles)) ?? 'collaborator';
  const parts = [ctx.t(`surveys-roles-${role}`)];
  for (const v of f.sectors ?? []) parts.push(labelOf('sectors', ctx, v));
  for (const v of f.strata ?? []) parts.push(labelOf('strata', ctx, v));
  return parts.join(' · ');
}
