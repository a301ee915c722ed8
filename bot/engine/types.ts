import type { ChannelName, MediaRef } from '../../core/kernel/messages.js';

/**
 * Flows are pure: (state, input, ctx) -> (state, replies, effects). The engine (bot/engine/intake.ts)
 * loads ctx, runs effects inside the update's transaction, feeds each effect's result back as
 * an input, saves the state and sends the replies after commit.
 */

export type Locale = 'vi' | 'en';
export type Role = 'collaborator' | 'official' | 'admin';

export interface PersonView {
  id: string;
  displayName: string;
  role: Role;
  unitId: string;
  unitName: string;
  status: 'active' | 'suspended' | 'replaced' | 'left';
  consentAt: Date | null;
}

export interface TopicView {
  code: string;
  parentCode: string | null;
  name: string;
}

export type FlowInput =
  | { type: 'text'; text: string }
  /** A button press or a typed answer matched to the pending choice (number or label). */
  | { type: 'choice'; value: string }
  | { type: 'location'; latitude: number; longitude: number }
  | { type: 'media'; media: MediaRef; caption?: string }
  | { type: 'unsupported'; what: string }
  /** /tieptuc, or a stale button: ask the current question again. */
  | { type: 'resume' }
  /** The outcome of an effect the flow asked for. */
  | { type: 'result'; effect: string; ok: boolean; data?: Record<string, unknown>; error?: string };

export interface ReplyChoice {
  label: string;
  /** Flow-level value; a value starting with "/" runs that command when chosen. */
  value: string;
}

export interface Reply {
  text: string;
  choices?: ReplyChoice[];
  requestLocation?: boolean;
}

export interface Effect {
  type: string;
  [key: string]: unknown;
}

export interface StepResult<S = unknown> {
  /** null ends the flow. */
  state: S | null;
  replies: Reply[];
  effects?: Effect[];
}

export interface FlowContext {
  now: Date;
  locale: Locale;
  t: (key: string, args?: Record<string, string | number>) => string;
  person: PersonView | null;
  topics: TopicView[];
  channel: ChannelName;
  maxTextLength: number;
}

export interface Flow<S = any> {
  name: string;
  /** Drafts of resumable flows are parked (not lost) when another flow starts; /tieptuc restores. */
  resumable: boolean;
  /** Who may start it; unregistered users may start only flows with `public: true`. */
  roles?: Role[];
  public?: boolean;
  start(ctx: FlowContext, arg: string): StepResult<S>;
  step(state: S, input: FlowInput, ctx: FlowContext): StepResult<S>;
}
