import type { FlowContext, Reply, ReplyChoice } from '../types.js';

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
  /**
   * Words people type for a code besides its label («khẩn cấp» for «3 – Khẩn»), in any locale;
   * matched as labels are (accents, case and punctuation aside).
   */
  aliases?: Readonly<Record<string, readonly string[]>>;
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

/** The list as a question offers it: its buttons, and (with aliases) every wording a typed answer may take. */
export function optionQuestion(ctx: Pick<FlowContext, 't'>, list: OptionList): Pick<Reply, 'choices' | 'typed'> {
  const choices = optionChoices(ctx, list);
  const aliases = Object.entries(list.aliases ?? {}).flatMap(([value, words]) => words.map((label) => ({ label, value })));
  return aliases.length ? { choices, typed: [...choices, ...aliases] } : { choices };
}
