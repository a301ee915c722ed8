import type { Tx } from '../../db/client.js';
import type { SecurityLimits } from '../../core/platform/flood-control.js';
import type { Logger } from '../../core/kernel/logger.js';
import type { ChannelName } from '../../core/kernel/messages.js';
import type { Effect, Flow, FlowContext, PersonView, Reply, Role } from './types.js';

/** What a command, action or effect handler gets: the update's open transaction and who sent it. */
export interface HandlerContext {
  tx: Tx;
  person: PersonView | null;
  account: { channel: ChannelName; accountId: string; key: string };
  flow: FlowContext;
  logger: Logger;
  /** Rate limits shared by every bot process (absent in unit tests and tools). */
  limits?: SecurityLimits;
}

export interface EffectResult {
  ok: boolean;
  data?: Record<string, unknown>;
  error?: string;
}

export type EffectHandler = (effect: Effect, h: HandlerContext) => Promise<EffectResult>;

export interface CommandSpec {
  /** Without the slash; Vietnamese name first, then aliases ("huy", "cancel"). */
  names: string[];
  /** Starts this flow (its `start(ctx, args)`), or… */
  flow?: string;
  /** …runs this handler and replies. */
  run?: (args: string, h: HandlerContext) => Promise<Reply[]>;
  roles?: Role[];
  /** Shown in /help under this template key. */
  helpKey?: string;
}

/**
 * Buttons outside a conversation (e.g. "Tiếp nhận" on a hot-spot notification). The button's
 * data is "<prefix>:<rest>"; `run` gets the rest. Must be idempotent: users double-tap and
 * Telegram can resend a callback query with a new update id.
 */
export interface ActionSpec {
  prefix: string;
  run: (rest: string, h: HandlerContext) => Promise<Reply[]>;
}

/** A feature plugs flows, commands, button actions and effect handlers into the engine. */
export interface Feature {
  name: string;
  flows?: Flow[];
  commands?: CommandSpec[];
  actions?: ActionSpec[];
  effects?: Record<string, EffectHandler>;
  /** Runs in the transaction of every applied update from a registered person (e.g. to flush deliveries waiting for a Zalo window). */
  onInbound?: (h: HandlerContext) => Promise<void>;
}
