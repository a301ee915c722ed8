import type { Flow, FlowContext, FlowInput, Reply, StepResult } from './types.js';
import type { ActionSpec, CommandSpec, EffectHandler, Feature, HandlerContext } from './registry.js';
import type { ConversationState } from './conversation-state.js';

/** Everything the features plugged in, indexed for dispatch. */
export interface Catalogue {
  flows: Map<string, Flow>;
  commands: Map<string, CommandSpec>;
  actions: Map<string, ActionSpec>;
  effects: Map<string, EffectHandler>;
  onInbound: NonNullable<Feature['onInbound']>[];
  /** Commands in the order features declared them (for /help). */
  commandList: CommandSpec[];
}

export function buildCatalogue(features: Feature[]): Catalogue {
  const c: Catalogue = { flows: new Map(), commands: new Map(), actions: new Map(), effects: new Map(), onInbound: [], commandList: [] };
  const once = <T>(map: Map<string, T>, key: string, value: T, what: string) => {
    if (map.has(key)) throw new Error(`${what} "${key}" registered twice`);
    map.set(key, value);
  };
  for (const f of features) {
    for (const flow of f.flows ?? []) once(c.flows, flow.name, flow, 'flow');
    for (const cmd of f.commands ?? []) {
      c.commandList.push(cmd);
      for (const name of cmd.names) once(c.commands, name, cmd, 'command');
    }
    for (const a of f.actions ?? []) once(c.actions, a.prefix, a, 'action');
    for (const [name, h] of Object.entries(f.effects ?? {})) once(c.effects, name, h, 'effect');
    if (f.onInbound) c.onInbound.push(f.onInbound);
  }
  return c;
}

const MAX_EFFECT_CHAIN = 10;

/**
 * Runs one flow step and then its effects, feeding each effect's result back into the flow,
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
  let ctx = h.flow;
  let result = first(ctx);
  for (let i = 0; ; i++) {
    replies.push(...result.replies);
    state.flow = result.state === null ? null : flow.name;
    state.data = result.state;
    const effects = result.effects ?? [];
    if (effects.length === 0) return replies;
    if (i >= MAX_EFFECT_CHAIN) throw new Error(`flow ${flow.name}: effect chain too long`);
    let input: FlowInput | null = null;
    for (const effect of effects) {
      const handler = cat.effects.get(effect.type);
      if (!handler) throw new Error(`no handler for effect ${effect.type}`);
      const r = await handler(effect, h);
      input = { type: 'result', effect: effect.type, ok: r.ok, data: r.data, error: r.error };
      if (!r.ok) break;
    }
    h = await refresh();
    ctx = h.flow;
    const current = result.state;
    const next = input as FlowInput;
    result = flow.step(current, next, ctx);
  }
}

/** Parses "/name@bot args" → { name, args }; null when the text is not a command. */
export function parseCommand(text: string): { name: string; args: string } | null {
  const m = /^\/([\p{L}\p{N}_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/u.exec(text.trim());
  if (!m?.[1]) return null;
  return { name: m[1].toLowerCase(), args: (m[2] ?? '').trim() };
}
