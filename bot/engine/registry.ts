import type { Tx } from '../../db/client.js';
import type { SecurityLimits } from '../../core/platform/flood-control.js';
import type { Logger } from '../../core/kernel/logger.js';
import type { Locale } from '../../core/kernel/i18n.js';
import type { ChannelName } from '../../core/kernel/messages.js';
import type { PersonView, Role } from '../../core/people/people.js';
import type { EffectInput, EffectName, EffectOutput } from './effects.js';
import type { Flow, FlowContext, Reply } from './types.js';

/** What a command, action or effect handler gets: the update's open transaction and who sent it. */
export interface HandlerContext {
  tx: Tx;
  person: PersonView | null;
  account: { channel: ChannelName; accountId: string; key: string };
  flow: FlowContext;
  logger: Logger;
  /** Rate limits shared by every bot process (absent in unit tests and tools). */
  limits?: SecurityLimits;
  /** Switches the language of what this update says from now on (the new locale is already stored). */
  setLocale?: (locale: Locale) => void;
}

/**
 * Runs one effect in the update's transaction and returns data (never worded text). An expected
 * refusal is a `Refusal` value, so the transaction still commits (e.g. its audit entry); a
 * database failure throws and the whole update rolls back.
 */
type EffectHandler<N extends EffectName> = (input: EffectInput<N>, h: HandlerContext) => Promise<EffectOutput<N>>;

/** The handlers a feature provides, by name (each typed from the EffectMap). */
export type EffectHandlers = { [N in EffectName]?: EffectHandler<N> };

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
  /**
   * Labels (template keys) of a button that runs it, on messages the conversation does not hold
   * (a guidance's «✅ Đã nhận»): typed whole with no form open, they run the command.
   */
  typedLabels?: string[];
}

/**
 * Buttons outside a conversation (e.g. "Tiếp nhận" on a hot-spot notification). The button's
 * data is "<prefix>:<rest>"; `run` gets the rest. Must be idempotent: users double-tap and
 * Telegram can resend a callback query with a new update id.
 */
export interface ActionSpec {
  prefix: string;
  run: (rest: string, h: HandlerContext) => Promise<Reply[]>;
  /**
   * A button that stands for a command which starts a flow (e.g. `h:<id>:note` → "/ghichu <id>"):
   * the flow starts on the tap, so the text typed next is its answer. Null: `run` handles it.
   */
  command?: (rest: string) => string | null;
}

/**
 * A feature plugs flows, commands, button actions and effect handlers into the engine. Its name
 * is its folder under bot/features; its effects are named `<name>.<verb>`.
 */
/** Where a feature's commands stand in /help (template key `engine-help-section-<name>`); `general` comes last. */
export type HelpSection = 'reports' | 'hot-spots' | 'browse' | 'broadcasts' | 'polls' | 'network' | 'general';

export interface Feature {
  name: string;
  /** The /help heading its commands go under (general when absent). */
  helpSection?: HelpSection;
  flows?: Flow[];
  commands?: CommandSpec[];
  actions?: ActionSpec[];
  effects?: EffectHandlers;
  /**
   * Runs in the transaction of every applied update from a registered person (e.g. to flush
   * deliveries waiting for a Zalo window); replies it returns go out after the answer to the
   * message, before the question it left open (the Quy chế asked once).
   */
  onInbound?: (h: HandlerContext) => Promise<Reply[] | void>;
}
