import type { MachineState, Outcome, Question } from '../machine.js';
import type { FlowContext, ReplyChoice } from '../types.js';
import { readChoice } from './input.js';

/**
 * The choice step every flow repeats: ask with buttons, accept only one of the offered values
 * (typed text that matches none gets the engine's "choose one" re-prompt), then hand the picked
 * value on. The offered list is computed once per call so the question and its check never differ.
 */
export function chooseFrom<S extends MachineState>(
  prompt: (s: S, ctx: FlowContext) => string,
  choices: (s: S, ctx: FlowContext) => ReplyChoice[],
  picked: (s: S, value: string, ctx: FlowContext) => Outcome<S>,
): Question<S> {
  return {
    ask: (s, ctx) => [{ text: prompt(s, ctx), choices: choices(s, ctx) }],
    answer(s, input, ctx) {
      const r = readChoice(
        input,
        ctx,
        choices(s, ctx).map((c) => c.value),
      );
      return r.ok ? picked(s, r.value, ctx) : { retry: r.reply };
    },
  };
}
