import type { Role } from '../../core/people/people.js';
import type { Effect, EffectDone } from './effects.js';
import type { Flow, FlowContext, FlowInput, Reply, StepResult, UserInput } from './types.js';

/**
 * The one way to write a flow: a map of questions, each asking one thing and judging the
 * answer, and a machine that moves between them. Copy a small flow (registration, polls'
 * create-flow) to start a new one. The state is plain JSON stored between updates.
 */
export interface MachineState {
  /** Version of the state's shape; `upgrade` brings an older stored shape up to date. */
  v: number;
  /** The question being asked: a key of the flow's `questions`. */
  step: string;
  /** Page of a long choice list; back to the first page on every move. */
  page?: number;
  /** While re-answering some steps from a summary screen: leaving them returns to `back`. */
  edit?: { steps: string[]; back: string } | null;
}

/** What answering a question leads to. */
export type Outcome<S> = { retry: Reply } | Move<S>;

export interface Move<S> {
  /** The new state (default: unchanged). Never mutate the state you were given. */
  state?: S;
  /** The step to ask next (default: the one after the answered step in `sequence`). */
  next?: string;
  /** Ask the same question again with the new state (e.g. after turning a page). */
  stay?: boolean;
  /** Replies before the next question. */
  say?: Reply[];
  /** Run this effect; its result comes back to the `result` of step `next` (a waiting step). */
  effect?: Effect;
  /** The flow ends with these replies. */
  end?: Reply[];
}

export interface Nav {
  /** The step after `step` in the flow's sequence. */
  after(step: string): string;
}

export interface Question<S> {
  /** The question's replies; the last one with choices becomes the pending question. */
  ask(s: S, ctx: FlowContext): Reply[];
  /** A person's answer (default: ask again). */
  answer?(s: S, input: UserInput, ctx: FlowContext, nav: Nav): Outcome<S>;
  /** A waiting step: the result of the effect the previous answer asked for. */
  result?(s: S, done: EffectDone, ctx: FlowContext, nav: Nav): Outcome<S>;
  /** /tieptuc or a stale button (default: ask again). */
  resume?(s: S, ctx: FlowContext): Outcome<S>;
  /** Answers itself when there is nothing to ask (e.g. an empty list): the move to make instead. */
  skip?(s: S, ctx: FlowContext, nav: Nav): Pick<Move<S>, 'state' | 'next' | 'say'> | null;
}

export interface FlowDef<S extends MachineState> {
  name: string;
  /** Drafts of resumable flows are parked (not lost) when another flow starts; /tieptuc restores. */
  resumable: boolean;
  roles?: Role[];
  public?: boolean;
  questions: Record<string, Question<S>>;
  /** The usual order of steps; a move without `next` goes to the following one. */
  sequence?: readonly string[];
  /** The first state, and what to say before its first question (or an effect to run first). */
  start(ctx: FlowContext, arg: string): Move<S> & { state: S };
  /** Looks at every answer before the current question does (e.g. a photo is kept at any step). */
  intercept?(s: S, input: UserInput, ctx: FlowContext, nav: Nav): Outcome<S> | null;
  /** A stored state of an older shape → today's (legacy `at`/`phase` are already renamed `step`). */
  upgrade?(stored: Record<string, unknown>): S;
  /** Where a stored state whose step no longer exists resumes (default: the first of `sequence`). */
  recover?: string;
  /** Whether the draft holds answers worth a confirmation before /huy discards it. */
  hasAnswers?(s: S): boolean;
  /** See Flow.startsAnew (bot/engine/types.ts). */
  startsAnew?(s: S, arg: string): string | null;
}

/** Questions that skip themselves in a row; a guard against a misconfigured sequence looping. */
const MAX_SKIPS = 20;

export function defineFlow<S extends MachineState>(def: FlowDef<S>): Flow<S> {
  const recoverAt = def.recover ?? def.sequence?.[0] ?? Object.keys(def.questions)[0] ?? '';
  const nav: Nav = {
    after(step) {
      const next = def.sequence?.[(def.sequence?.indexOf(step) ?? -1) + 1];
      if (!next || !def.sequence?.includes(step)) throw new Error(`flow ${def.name}: no step after "${step}"`);
      return next;
    },
  };
  const question = (step: string): Question<S> => {
    const q = def.questions[step];
    if (!q) throw new Error(`flow ${def.name}: no question "${step}"`);
    return q;
  };
  const ask = (s: S, ctx: FlowContext, before: Reply[] = []): StepResult<S> => ({ state: s, replies: [...before, ...question(s.step).ask(s, ctx)] });

  /** Moves to `to`, leaving an edit scope when its steps are done and skipping what answers itself. */
  function goTo(from: S, to: string, ctx: FlowContext, say: Reply[]): StepResult<S> {
    let s = from;
    let target = to;
    const before = [...say];
    for (let i = 0; i <= MAX_SKIPS; i++) {
      if (s.edit && !s.edit.steps.includes(target)) {
        target = s.edit.back;
        s = { ...s, edit: null };
      }
      s = { ...s, step: target, ...(s.page ? { page: 0 } : {}) };
      const skipped = question(target).skip?.(s, ctx, nav);
      if (!skipped) return ask(s, ctx, before);
      before.push(...(skipped.say ?? []));
      s = skipped.state ?? s;
      target = skipped.next ?? nav.after(target);
    }
    throw new Error(`flow ${def.name}: questions keep skipping themselves`);
  }

  function settle(s: S, out: Outcome<S>, ctx: FlowContext): StepResult<S> {
    if ('retry' in out) return ask(s, ctx, [out.retry]);
    const say = out.say ?? [];
    if (out.end) return { state: null, replies: [...say, ...out.end] };
    const next = out.state ?? s;
    if (out.effect) return { state: { ...next, step: out.next ?? next.step }, replies: say, effect: out.effect };
    if (out.stay) return ask(next, ctx, say);
    return goTo(next, out.next ?? nav.after(s.step), ctx, say);
  }

  function upgrade(stored: unknown): S {
    const raw = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
    const { at, phase, ...rest } = raw;
    const legacy = typeof at === 'string' ? at : typeof phase === 'string' ? phase : undefined;
    const renamed: Record<string, unknown> = typeof rest.step !== 'string' && legacy ? { ...rest, step: legacy } : raw;
    // The stored JSON is this flow's own state (or an older shape of it, upgraded here).
    const s = def.upgrade ? def.upgrade(renamed) : ({ v: 1, ...renamed } as unknown as S);
    return s.step in def.questions ? s : { ...s, step: recoverAt, edit: null };
  }

  function route(s: S, input: FlowInput, ctx: FlowContext): Outcome<S> {
    const q = question(s.step);
    if (input.type === 'resume') return q.resume?.(s, ctx) ?? { stay: true };
    // A result that no waiting step expects (an old update): ask again rather than guess.
    if (input.type === 'result') return q.result?.(s, input, ctx, nav) ?? { stay: true };
    return def.intercept?.(s, input, ctx, nav) ?? q.answer?.(s, input, ctx, nav) ?? { stay: true };
  }

  const has = def.hasAnswers;
  return {
    name: def.name,
    resumable: def.resumable,
    roles: def.roles,
    public: def.public,
    start(ctx, arg) {
      const first = def.start(ctx, arg);
      return settle(first.state, { ...first, next: first.next ?? first.state.step, stay: false }, ctx);
    },
    step(stored, input, ctx) {
      const s = upgrade(stored);
      return settle(s, route(s, input, ctx), ctx);
    },
    hasAnswers: has ? (stored) => has(upgrade(stored)) : undefined,
    startsAnew: def.startsAnew ? (stored, arg) => def.startsAnew!(upgrade(stored), arg) : undefined,
  };
}

/**
 * A step that waits for an effect's result. It is never stored between updates (the effect runs
 * in the same transaction); should one be found (an update rolled back mid-way), any input or
 * /tieptuc goes back to `back`.
 */
export function waiting<S extends MachineState>(back: (s: S) => string, result: NonNullable<Question<S>['result']>): Question<S> {
  return {
    ask: () => [],
    answer: (s) => ({ next: back(s) }),
    resume: (s) => ({ next: back(s) }),
    result,
  };
}
