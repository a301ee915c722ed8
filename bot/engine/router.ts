import type { ConversationState } from './conversation-state.js';
import type { Effect, EffectDone } from './effects.js';
import type { ActionSpec, CommandSpec, Feature, HandlerContext, HelpSection } from './registry.js';
import type { Flow, FlowContext, Reply, StepResult } from './types.js';

/** The catalogue holds handlers of every effect; the EffectMap typed them where they were written. */
type AnyEffectHandler = (input: unknown, h: HandlerContext) => Promise<unknown>;

/** Everything the features plugged in, indexed for dispatch. */
export interface Catalogue {
  flows: Map<string, Flow>;
  commands: Map<string, CommandSpec>;
  actions: Map<string, ActionSpec>;
  effects: Map<string, AnyEffectHandler>;
  onInbound: NonNullable<Feature['onInbound']>[];
  /** Commands in the order features declared them, with their feature's /help heading. */
  commandList: { spec: CommandSpec; section: HelpSection }[];
}

const EFFECT_NAME = /^([a-z][a-z0-9-]*)\.[a-z][a-z0-9-]*$/;

export function buildCatalogue(features: Feature[]): Catalogue {
  const c: Catalogue = { flows: new Map(), commands: new Map(), actions: new Map(), effects: new Map(), onInbound: [], commandList: [] };
  const once = <T>(map: Map<string, T>, key: string, value: T, what: string) => {
    if (map.has(key)) throw new Error(`${what} "${key}" registered twice`);
    map.set(key, value);
  };
  for (const f of features) {
    for (const flow of f.flows ?? []) once(c.flows, flow.name, flow, 'flow');
    for (const cmd of f.commands ?? []) {
      c.commandList.push({ spec: cmd, section: f.helpSection ?? 'general' });
      for (const name of cmd.names) once(c.commands, name, cmd, 'command');
    }
    for (const a of f.actions ?? []) once(c.actions, a.prefix, a, 'action');
    for (const [name, h] of Object.entries(f.effects ?? {})) {
      // One naming style, checked where it is declared: `<feature>.<verb>`.
      if (EFFECT_NAME.exec(name)?.[1] !== f.name) throw new Error(`effect "${name}" of feature "${f.name}" must be named "${f.name}.<verb>"`);
      once(c.effects, name, h as AnyEffectHandler, 'effect');
    }
    if (f.onInbound) c.onInbound.push(f.onInbound);
  }
  return c;
}

const MAX_EFFECT_CHAIN = 10;

/** Runs the effect in the update's transaction; its typed result becomes the flow's next input. */
async function runEffect(cat: Catalogue, effect: Effect, h: HandlerContext): Promise<EffectDone> {
  const handler = cat.effects.get(effect.name);
  if (!handler) throw new Error(`no handler for effect ${effect.name}`);
  const result = await handler(effect.input, h);
  return { type: 'result', effect: effect.name, result } as EffectDone;
}

/**
 * Runs one flow step and then its effect, feeding the effect's result back into the flow,
 * until the flow asks for nothing more. Mutates `state` (flow, data) and returns the replies.
 */
export async function runFlow(
  cat: Catalogue,
  state: ConversationState,
  flow: Flow,
  first: (ctx: FlowContext) => StepResult,
  h: HandlerContext,
  refresh: () => Promise<HandlerContext>,
): Promise<Reply[]> {
  const replies: Reply[] = [];
  let result = first(h.flow);
  for (let i = 0; ; i++) {
    replies.push(...result.replies);
    state.flow = result.state === null ? null : flow.name;
    state.data = result.state;
    if (!result.effect) return replies;
    if (i >= MAX_EFFECT_CHAIN) throw new Error(`flow ${flow.name}: effect chain too long`);
    const done = await runEffect(cat, result.effect, h);
    // Effects (registration…) may change who this account is: the next step sees the new context.
    h = await refresh();
    result = flow.step(result.state, done, h.flow);
  }
}

/** Parses "/name@bot args" → { name, args }; null when the text is not a command. */
export function parseCommand(text: string): { name: string; args: string } | null {
  const m = /^\/([\p{L}\p{N}_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/u.exec(text.trim());
  if (!m?.[1]) return null;
  return { name: m[1].toLowerCase(), args: (m[2] ?? '').trim() };
}
