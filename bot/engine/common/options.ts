import { ASSESSMENTS, MOODS, OTHER_HOLDER_PREFIX, PREVALENCES, RELIABILITIES, SCOPES, SOURCES, SPREADS, STANCES, STRATA } from '../../../core/reports/draft.js';
import { HOT_SPOT_CATEGORIES, PEOPLE_RANGES, SEVERITIES } from '../../../core/hot-spots/create.js';
import type { FlowContext, ReplyChoice } from '../types.js';

/**
 * Every fixed list the collaborator flows offer, by template family: the label of value `v`
 * in list `l` is the template `ctv-opt-<l>-<v>` (the template test walks these lists).
 */
export const OPTION_LISTS = {
  assessment: ASSESSMENTS,
  mood: MOODS,
  stance: STANCES,
  prevalence: PREVALENCES,
  stratum: STRATA,
  scope: SCOPES,
  spread: SPREADS,
  source: SOURCES,
  reliability: RELIABILITIES,
  hscat: HOT_SPOT_CATEGORIES,
  severity: SEVERITIES.map(String),
  people: Object.keys(PEOPLE_RANGES),
} as const satisfies Record<string, readonly string[]>;

export type OptionList = keyof typeof OPTION_LISTS;

export function optionKey(list: OptionList, value: string): string {
  return `ctv-opt-${list}-${value}`;
}

export function optionLabel(ctx: FlowContext, list: OptionList, value: string | null | undefined): string {
  if (value == null) return '—';
  return (OPTION_LISTS[list] as readonly string[]).includes(value) ? ctx.t(optionKey(list, value)) : value;
}

export function optionChoices(ctx: FlowContext, list: OptionList): ReplyChoice[] {
  return OPTION_LISTS[list].map((value) => ({ label: ctx.t(optionKey(list, value)), value }));
}

/** A holder group is a stratum code, or "khac:<typed text>". */
export function holderLabel(ctx: FlowContext, holder: string | undefined): string {
  if (!holder) return '—';
  return holder.startsWith(OTHER_HOLDER_PREFIX) ? holder.slice(OTHER_HOLDER_PREFIX.length) : optionLabel(ctx, 'stratum', holder);
}
