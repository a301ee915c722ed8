import { expect } from 'vitest';
import { createI18n } from '../../core/kernel/i18n.js';
import { DEFAULT_TAXONOMY } from '../../core/reports/topic-taxonomy.js';
import { matchTyped, type ConversationState } from '../../bot/engine/conversation-state.js';
import type { Locale } from '../../core/kernel/i18n.js';
import type { PersonView } from '../../core/people/people.js';
import type { TopicView } from '../../core/reports/topics.js';
import type { Effect, EffectDone, EffectInput, EffectName, EffectOutput } from '../../bot/engine/effects.js';
import type { Flow, FlowContext, FlowInput, Reply, StepResult } from '../../bot/engine/types.js';

const i18n = createI18n();

export const TOPICS: TopicView[] = DEFAULT_TAXONOMY.flatMap(({ group, children }) => [
  { code: group[0], parentCode: null, name: group[1] },
  ...children.map((c) => ({ code: c[0], parentCode: group[0], name: c[1] })),
]);

export const PERSON: PersonView = {
  id: '00000000-0000-4000-8000-000000000001',
  displayName: 'Nguyễn Văn An',
  role: 'collaborator',
  unitId: '00000000-0000-4000-8000-000000000002',
  unitName: 'Xã Tân Hòa',
  status: 'active',
  consentAt: new Date('2026-01-05T00:00:00Z'),
};

/**
 * A translator that fails the test on a key missing in either locale or an argument left
 * unfilled, so every walk through a flow also checks its templates.
 */
export function strictT(locale: Locale): FlowContext['t'] {
  return (key, args) => {
    if (!i18n.has('vi', key) || !i18n.has('en', key)) throw new Error(`template key missing: ${key}`);
    const text = i18n.t(locale, key, args);
    if (text.includes('{$') || text.includes('{ $')) throw new Error(`template ${key}: argument not filled`);
    return text;
  };
}

/** The whole list of a paged question, as the engine keeps it for typed labels. */
function typedOf(replies: Reply[]): { typed?: { values: string[]; labels: string[] } } {
  const typed = replies.filter((r) => r.choices?.length).at(-1)?.typed;
  return typed ? { typed: { values: typed.map((c) => c.value), labels: typed.map((c) => c.label) } } : {};
}

/** Whether the question's buttons are amounts (a typed number is the amount), as the engine keeps it. */
function amountsOf(replies: Reply[]): { amounts?: boolean } {
  return replies.filter((r) => r.choices?.length).at(-1)?.amounts ? { amounts: true } : {};
}

export function makeCtx(over: Partial<FlowContext> = {}): FlowContext {
  const locale = over.locale ?? 'vi';
  return {
    now: new Date('2026-11-10T03:00:00Z'),
    locale,
    t: strictT(locale),
    person: PERSON,
    topics: TOPICS,
    channel: 'sandbox',
    maxTextLength: 500,
    ...over,
  };
}

/**
 * Drives a flow the way the intake engine does: the last reply's choices are the pending
 * question, typed text matching a number or label becomes a choice, and state always goes
 * through JSON (it is stored in Postgres between updates).
 */
export class FlowDriver<S> {
  state: S | null = null;
  replies: Reply[] = [];
  effect: Effect | undefined;
  steps = 0;

  constructor(
    readonly flow: Flow<S>,
    public ctx: FlowContext = makeCtx(),
  ) {}

  /** Starts the flow; /baocao's look for a report already filed finds none unless `filed` is given. */
  start(arg = '', filed: EffectOutput<'reports.filed'> | null = null): this {
    this.apply(this.flow.start(this.ctx, arg));
    if (this.effect?.name !== 'reports.filed') return this;
    return this.result('reports.filed', filed ?? { ok: true, period: (this.state as { draft: { period: string } }).draft.period, existing: null });
  }

  send(input: FlowInput): this {
    if (this.state === null) throw new Error('flow has ended');
    if (input.type !== 'result' && input.type !== 'resume') this.steps++;
    return this.apply(this.flow.step(this.state, input, this.ctx));
  }

  /** Press the button whose value or label is `which`. */
  choose(which: string): this {
    const choice = this.choices().find((c) => c.value === which || c.label === which);
    if (!choice)
      throw new Error(
        `no choice "${which}" in: ${this.choices()
          .map((c) => `${c.value}=${c.label}`)
          .join(', ')}`,
      );
    return this.send({ type: 'choice', value: choice.value });
  }

  /** Type text; matched to the pending choices exactly as the engine matches it. */
  type(text: string): this {
    const choices = this.choices();
    const pending: ConversationState = {
      flow: null,
      data: null,
      parked: [],
      pending: choices.length
        ? { nonce: 'x', values: choices.map((c) => c.value), labels: choices.map((c) => c.label), ...typedOf(this.replies), ...amountsOf(this.replies) }
        : null,
      answered: null,
    };
    const value = matchTyped(pending, text);
    return this.send(value !== null ? { type: 'choice', value } : { type: 'text', text });
  }

  /** The input of the effect the flow asked for (failing the test if it asked for another). */
  input<N extends EffectName>(effect: N): EffectInput<N> {
    expect(this.effect?.name).toBe(effect);
    return this.effect?.input as EffectInput<N>;
  }

  /** The result of the effect the flow asked for, typed as the EffectMap says. */
  result<N extends EffectName>(effect: N, result: EffectOutput<N>): this {
    expect(this.effect?.name).toBe(effect);
    return this.send({ type: 'result', effect, result } as EffectDone);
  }

  choices() {
    return [...this.replies].reverse().find((r) => r.choices?.length)?.choices ?? [];
  }

  texts(): string {
    return this.replies.map((r) => r.text).join('\n');
  }

  last(): Reply {
    const r = this.replies.at(-1);
    if (!r) throw new Error('no replies');
    return r;
  }

  private apply(r: StepResult<S>): this {
    const roundTrip = JSON.parse(JSON.stringify(r.state)) as S | null;
    expect(roundTrip).toEqual(r.state);
    this.state = roundTrip;
    this.replies = r.replies;
    this.effect = r.effect;
    return this;
  }
}
