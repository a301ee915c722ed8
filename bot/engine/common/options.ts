import type { FlowContext, ReplyChoice } from '../types.js';

/**
 * A fixed list of codes a question offers (a feature declares its own, e.g.
 * bot/features/reports/options.ts). The label of code `v` is the template `<key>-<v>`, so the
 * template test can walk every list.
 */
export interface OptionList {
  key: string;
  values: readonly string[];
  /** Codes no longer offered that stored records may still hold: labelled, never offered. */
  retired?: readonly string[];
}

export function optionKey(list: OptionList, value: string): string {
  return `${list.key}-${value}`;
}

/** The label of a stored code; a code no longer in the list shows as itself. */
export function optionLabel(ctx: Pick<FlowContext, 't'>, list: OptionList, value: string | null | undefined): string {
  if (value == null) return '—';
  return list.values.includes(value) || list.retired?.includes(value) ? ctx.t(optionKey(list, value)) : value;
}

export function optionChoices(ctx: Pick<FlowContext, 't'>, list: OptionList): ReplyChoice[] {
  return list.values.map((value) => ({ label: ctx.t(optionKey(list, value)), value }));
}
