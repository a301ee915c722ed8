/**
 * The typed protocol between flows and effect handlers: one map from an effect's name to its
 * input and its result. A feature declares its effects beside their handlers, by declaration
 * merging, so the map stays whole while every feature stays in its folder:
 *
 *   declare module '../../engine/effects.js' {
 *     interface EffectMap {
 *       'reports.submit': [{ draft: ReportDraft }, Ok<{ receiptNo: string }> | Refusal<'locked'>];
 *     }
 *   }
 *
 * Names are `<feature>.<verb>` in kebab-case, the feature being the folder under bot/features
 * (the catalogue refuses any other name). Results are data, never worded replies: the flow that
 * asked renders every text a person reads.
 *
 * @public — used only through declaration merging, which knip does not see (knip.jsonc).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the features (declaration merging)
export interface EffectMap {}

export type EffectName = keyof EffectMap;
export type EffectInput<N extends EffectName> = EffectMap[N][0];
export type EffectOutput<N extends EffectName> = EffectMap[N][1];

/** An effect a flow asks for. */
export type Effect = { [N in EffectName]: { name: N; input: EffectInput<N> } }[EffectName];

/** The result fed back to the flow: narrow on `effect` and the `result` is typed. */
export type EffectDone = { [N in EffectName]: { type: 'result'; effect: N; result: EffectOutput<N> } }[EffectName];

export function effect<N extends EffectName>(name: N, input: EffectInput<N>): Effect {
  return { name, input } as Effect;
}
