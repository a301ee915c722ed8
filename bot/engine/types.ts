import type { Locale } from '../../core/kernel/i18n.js';
import type { ChannelName, MediaRef } from '../../core/kernel/messages.js';
import type { PersonView } from '../../core/people/people.js';
import type { TopicView } from '../../core/reports/topics.js';
import type { Effect, EffectDone } from './effects.js';

/**
 * Flows are pure: (state, input, ctx) -> (state, replies, effect). The engine (bot/engine/intake.ts)
 * loads ctx, runs the effect inside the update's transaction, feeds its typed result back as an
 * input, saves the state and sends the replies after commit. Write flows with `defineFlow`
 * (bot/engine/machine.ts); this file is the contract between any flow and the engine.
 */

/** What a person sent, as a flow sees it. */
export type UserInput =
  | { type: 'text'; text: string }
  /** A button press or a typed answer matched to the pending choice (number or label). */
  | { type: 'choice'; value: string }
  /** `place`: a shared venue's name and address (Telegram), kept as the place's words. */
  | { type: 'location'; latitude: number; longitude: number; place?: string }
  | { type: 'media'; media: MediaRef; caption?: string }
  | { type: 'unsupported'; what: string };

export type FlowInput =
  | UserInput
  /** /tieptuc, or a stale button: ask the current question again. */
  | { type: 'resume' }
  /** The outcome of the effect the flow asked for, typed by its name (bot/engine/effects.ts). */
  | EffectDone;

export interface ReplyChoice {
  label: string;
  /** Flow-level value; a value starting with "/" runs that command when chosen. */
  value: string;
}

export interface Reply {
  text: string;
  choices?: ReplyChoice[];
  /**
   * Every option of a paged list (bot/engine/common/input.ts `pagedList`): a label typed from
   * another page answers the question too, not only the buttons shown.
   */
  typed?: ReplyChoice[];
  /**
   * The choices are amounts whose value is their number («3 ngày» = "3"): a typed number is the
   * amount (another one goes to the flow as text), never the place of a button.
   */
  amounts?: boolean;
  requestLocation?: boolean;
}

export interface StepResult<S = unknown> {
  /** null ends the flow. */
  state: S | null;
  replies: Reply[];
  /** Run in the update's transaction; its result comes back to `step` as a `result` input. */
  effect?: Effect;
}

export interface FlowContext {
  now: Date;
  locale: Locale;
  t: (key: string, args?: Record<string, string | number>) => string;
  person: PersonView | null;
  topics: TopicView[];
  /** The locales a person may choose, each named in its own language (one: no choice offered). */
  languages?: { locale: Locale; name: string }[];
  channel: ChannelName;
  maxTextLength: number;
}

export interface Flow<S = unknown> {
  name: string;
  /** Drafts of resumable flows are parked (not lost) when another flow starts; /tieptuc restores. */
  resumable: boolean;
  /** Who may start it; unregistered users may start only flows with `public: true`. */
  roles?: PersonView['role'][];
  public?: boolean;
  start(ctx: FlowContext, arg: string): StepResult<S>;
  /** Whether a stored draft holds something the person typed or chose (then /huy asks first). */
  hasAnswers?(state: unknown): boolean;
  /**
   * Starting with `arg` opens a different draft than the stored one (a report request's button
   * while another thematic draft waits): the template-key prefix of the question asking which to
   * keep (bot/engine/draft-clash.ts); null when `arg` just continues the stored draft.
   */
  startsAnew?(state: unknown, arg: string): string | null;
  /** `state` is what was stored, possibly by an older version of the flow (the flow upgrades it). */
  step(state: unknown, input: FlowInput, ctx: FlowContext): StepResult<S>;
}
