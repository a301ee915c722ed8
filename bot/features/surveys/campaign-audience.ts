import { sectorLabel, stratumLabel } from '../../../core/people/labels.js';
import { matchKey } from '../../../core/kernel/text.js';
import { RESPONDENT_GROUPS } from '../../../core/surveys/groups.js';
import { readChoice } from '../../engine/common/input.js';
import type { Outcome, Question } from '../../engine/machine.js';
import type { FlowContext, ReplyChoice, UserInput } from '../../engine/types.js';
import type { CampaignDraftJson, CampaignRole } from './campaign-effects.js';
import type { CampaignState as S } from './campaign-flow.js';

/**
 * Who of the chosen subtree a /taokhaosat campaign goes to (like a guidance broadcast's audience):
 * collaborators (the default), officials or both; one sector and one social stratum among those the
 * subtree's people have. Groups are named by their labels everywhere, quotas included.
 */
const ALL = '_all';
const ROLES: Record<CampaignRole, ('collaborator' | 'official')[] | undefined> = {
  collaborator: undefined,
  official: ['official'],
  everyone: ['collaborator', 'official'],
};
/** Buttons for the filter values found in the subtree; more are typed (label or code). */
const MAX_FILTER_BUTTONS = 12;

export const rolesQuestion: Question<S> = {
  ask: (_s, ctx) => [{ text: ctx.t('surveys-ask-roles'), choices: Object.keys(ROLES).map((r) => ({ label: ctx.t(`surveys-roles-${r}`), value: r })) }],
  answer(s, input, ctx) {
    const r = readChoice(input, ctx, Object.keys(ROLES));
    return r.ok ? { state: setFilters(s, { roles: ROLES[r.value as CampaignRole] }) } : { retry: r.reply };
  },
};

function setFilters(s: S, f: Partial<NonNullable<CampaignDraftJson['filters']>>): S {
  const filters = { ...s.draft.filters, ...f };
  for (const k of Object.keys(filters) as (keyof typeof filters)[]) if (filters[k] === undefined) delete filters[k];
  return { ...s, draft: { ...s.draft, filters } };
}

const labelOf = (which: 'sectors' | 'strata', ctx: FlowContext, code: string) => (which === 'sectors' ? sectorLabel : stratumLabel)((k) => ctx.t(k), code);

/**
 * One sector or one stratum of those the subtree's people have, or all (skipped when there is
 * none to choose). A button, or the label or code typed (accents and case ignored).
 */
export function filterQuestion(which: 'sectors' | 'strata') {
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
export function whoText(s: S, ctx: FlowContext): string {
  const f = s.draft.filters ?? {};
  const role = (Object.keys(ROLES) as CampaignRole[]).find((r) => JSON.stringify(ROLES[r]) === JSON.stringify(f.roles)) ?? 'collaborator';
  const parts = [ctx.t(`surveys-roles-${role}`)];
  for (const v of f.sectors ?? []) parts.push(labelOf('sectors', ctx, v));
  for (const v of f.strata ?? []) parts.push(labelOf('strata', ctx, v));
  return parts.join(' · ');
}

/** The groups a quota can name: those of the subtree's people, else every respondent group. */
const quotaCodes = (s: S): readonly string[] => (s.known?.strata.length ? s.known.strata : RESPONDENT_GROUPS);

export const quotaGroups = (s: S, ctx: FlowContext): string =>
  quotaCodes(s)
    .map((c) => labelOf('strata', ctx, c))
    .join('; ');

/**
 * A group typed in a quota ("Nông dân", "nong dan", "nong_dan", or the start of a longer label:
 * "Công nhân" for «Công nhân, người lao động») → its code; null if unknown or ambiguous.
 */
export function stratumCode(s: S, ctx: FlowContext, typed: string): string | null {
  const key = matchKey(typed);
  const codes = [...new Set([...quotaCodes(s), ...RESPONDENT_GROUPS])];
  const named = (c: string) => matchKey(labelOf('strata', ctx, c));
  const exact = codes.find((c) => matchKey(c) === key || named(c) === key);
  if (exact) return exact;
  const starts = key.length >= 3 ? codes.filter((c) => named(c).startsWith(key)) : [];
  return starts.length === 1 ? starts[0]! : null;
}
