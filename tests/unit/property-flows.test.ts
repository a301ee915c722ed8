import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createI18n } from '../../core/kernel/i18n.js';
import { channelNames } from '../../core/kernel/messages.js';
import { matchTyped, type ConversationState } from '../../bot/engine/conversation-state.js';
import { broadcastComposeFlow } from '../../bot/features/broadcasts/compose-flow.js';
import { hotSpotFlow } from '../../bot/features/hot-spots/raise-flow.js';
import { hotspotFlows } from '../../bot/features/hot-spots/action-flows.js';
import { periodicReportFlow } from '../../bot/features/reports/periodic-flow.js';
import { pollCreateFlow } from '../../bot/features/polls/create-flow.js';
import { quickReportFlow } from '../../bot/features/reports/quick-flow.js';
import { registrationFlow } from '../../bot/features/registration/flow.js';
import { thematicReportFlow } from '../../bot/features/reports/thematic-flow.js';
import type { Flow, FlowContext, FlowInput, Reply, StepResult } from '../../bot/engine/types.js';
import { PERSON, TOPICS } from './flows-harness.js';
import { hostileText } from './property-arbitraries.js';

/**
 * DESIGN §4.7 "bad input never crashes": every flow, driven the way the engine drives it
 * (state through JSON between steps, effects answered at once), by random and hostile input —
 * typed text, button values old and new, numbers, locations, files, /tieptuc, effect results
 * that succeed or fail — never throws, always answers with text, and keeps JSON-safe state.
 */
const flows: Flow[] = [
  registrationFlow,
  hotSpotFlow,
  periodicReportFlow,
  quickReportFlow,
  thematicReportFlow,
  broadcastComposeFlow,
  pollCreateFlow,
  ...hotspotFlows,
];
const i18n = createI18n();

/** Template coverage is flows-templates' job; here an error code no handler returns may name a missing key. */
const t =
  (locale: 'vi' | 'en'): FlowContext['t'] =>
  (key, args) =>
    i18n.t(locale, key, args);

const ctxArb = fc.record({
  locale: fc.constantFrom('vi' as const, 'en' as const),
  role: fc.constantFrom('collaborator' as const, 'official' as const, 'admin' as const, null),
  channel: fc.constantFrom(...channelNames),
  maxTextLength: fc.constantFrom(20, 500, 4000),
  now: fc.date({ min: new Date('2025-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
});

type Action =
  | { kind: 'pick'; index: number }
  | { kind: 'type'; text: string }
  | { kind: 'location'; latitude: number; longitude: number }
  | { kind: 'media' }
  | { kind: 'resume' }
  | { kind: 'stale'; value: string };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('pick' as const), index: fc.nat(12) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('type' as const), text: hostileText }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('location' as const),
      latitude: fc.double({ min: -1000, max: 1000, noNaN: true }),
      longitude: fc.double({ min: -1000, max: 1000, noNaN: true }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'media' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'resume' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('stale' as const), value: fc.oneof(fc.string(), fc.constantFrom('yes', 'no', 'ok', '/huy', 'c:1', 'all')) }),
  },
);

/** What an effect handler may answer: success with plausible fields, or a refusal. */
const resultArb = fc.record({
  ok: fc.boolean(),
  error: fc.constantFrom('unknown', 'expired', 'used', 'rate_limited', 'invalid', 'not_found', 'out_of_scope', 'already_registered'),
  data: fc.dictionary(
    fc.constantFrom(
      'inviteId',
      'displayName',
      'unitName',
      'role',
      'receiptNo',
      'reportId',
      'hotSpotId',
      'personId',
      'audienceSize',
      'id',
      'title',
      'status',
      'count',
    ),
    fc.oneof(fc.string({ maxLength: 40 }), fc.integer({ min: 0, max: 100_000 })),
  ),
});

function check(r: StepResult): void {
  expect(Array.isArray(r.replies)).toBe(true);
  for (const reply of r.replies as Reply[]) {
    expect(typeof reply.text).toBe('string');
    for (const c of reply.choices ?? []) expect(typeof c.label === 'string' && typeof c.value === 'string').toBe(true);
  }
  expect(JSON.parse(JSON.stringify(r.state ?? null))).toEqual(r.state ?? null);
}

function toInput(a: Action, last: Reply[]): FlowInput {
  const choices = [...last].reverse().find((r) => r.choices?.length)?.choices ?? [];
  if (a.kind === 'pick') return choices.length ? { type: 'choice', value: choices[a.index % choices.length]!.value } : { type: 'text', text: String(a.index) };
  if (a.kind === 'type') {
    const pending: ConversationState = {
      flow: null,
      data: null,
      parked: [],
      pending: choices.length ? { nonce: 'x', values: choices.map((c) => c.value), labels: choices.map((c) => c.label) } : null,
    };
    const value = matchTyped(pending, a.text);
    return value !== null ? { type: 'choice', value } : { type: 'text', text: a.text };
  }
  if (a.kind === 'location') return { type: 'location', latitude: a.latitude, longitude: a.longitude };
  if (a.kind === 'media') return { type: 'media', media: { kind: 'photo', fileId: 'AgAC-x', channel: 'telegram' } as never, caption: 'ảnh' };
  if (a.kind === 'stale') return { type: 'choice', value: a.value };
  return { type: 'resume' };
}

describe('flows under random and hostile input', () => {
  it('never throw, always answer in text, and keep JSON-safe state', () => {
    fc.assert(
      fc.property(fc.constantFrom(...flows), hostileText, ctxArb, fc.array(fc.tuple(actionArb, resultArb), { maxLength: 40 }), (flow, arg, c, steps) => {
        const ctx: FlowContext = {
          now: c.now,
          locale: c.locale,
          t: t(c.locale),
          channel: c.channel,
          maxTextLength: c.maxTextLength,
          topics: TOPICS,
          person: c.role ? { ...PERSON, role: c.role } : null,
        };
        let r = flow.start(ctx, arg);
        check(r);
        for (const [action, result] of steps) {
          if (r.state === null) break;
          const state = JSON.parse(JSON.stringify(r.state));
          const effect = r.effects?.[0];
          const input: FlowInput = effect ? { type: 'result', effect: effect.type, ...result } : toInput(action, r.replies);
          r = flow.step(state, input, ctx);
          check(r);
        }
      }),
      { numRuns: 400 },
    );
  });
});
