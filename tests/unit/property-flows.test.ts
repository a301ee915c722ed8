import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createI18n } from '../../core/kernel/i18n.js';
import { channelNames } from '../../core/kernel/messages.js';
import { matchTyped, type ConversationState } from '../../bot/engine/conversation-state.js';
import { broadcastComposeFlow } from '../../bot/features/broadcasts/compose-flow.js';
import { hotSpotFlow } from '../../bot/features/hot-spots/raise-flow.js';
import { hotspotFlows } from '../../bot/features/hot-spots/action-flow.js';
import { periodicReportFlow } from '../../bot/features/reports/periodic-flow.js';
import { pollCreateFlow } from '../../bot/features/polls/create-flow.js';
import { quickReportFlow } from '../../bot/features/reports/quick-flow.js';
import { reportMoreFlow } from '../../bot/features/reports/more-flow.js';
import { registrationFlow } from '../../bot/features/registration/registration-flow.js';
import { campaignFlow } from '../../bot/features/surveys/campaign-flow.js';
import { interviewFlow, surveyFlow } from '../../bot/features/surveys/answer-flow.js';
import { normalise } from '../../core/surveys/definition.js';
import { thematicReportFlow } from '../../bot/features/reports/thematic-flow.js';
import { networkInviteFlow } from '../../bot/features/network/invite-flow.js';
import { networkEditFlow, networkReplaceFlow } from '../../bot/features/network/member-flows.js';
import type { EffectDone, EffectName, EffectOutput } from '../../bot/engine/effects.js';
import type { Flow, FlowContext, FlowInput, Reply, StepResult } from '../../bot/engine/types.js';
import { PERSON, TOPICS } from './flows-harness.js';
import { answerFlow } from '../../bot/features/cases/answer-flow.js';
import { forwardFlow } from '../../bot/features/cases/forward-flow.js';
import { hostileText } from './property-arbitraries.js';
import { meetingCreateFlow } from '../../bot/features/meetings/create-flow.js';
import { meetingAbsentFlow } from '../../bot/features/meetings/absent-flow.js';
import { meetingAttendanceFlow } from '../../bot/features/meetings/attendance-flow.js';
import { meetingConcludeFlow } from '../../bot/features/meetings/conclude-flow.js';
import { meetingCancelFlow } from '../../bot/features/meetings/cancel-flow.js';

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
  reportMoreFlow,
  broadcastComposeFlow,
  pollCreateFlow,
  forwardFlow,
  answerFlow,
  surveyFlow,
  interviewFlow,
  campaignFlow,
  ...hotspotFlows,
  networkInviteFlow,
  networkEditFlow,
  networkReplaceFlow,
  meetingCreateFlow,
  meetingAbsentFlow,
  meetingAttendanceFlow,
  meetingConcludeFlow,
  meetingCancelFlow,
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

/** A small questionnaire with every question type and a skip rule, for the survey flows. */
const SURVEY = (() => {
  const r = normalise({
    code: 'ks',
    title: 'Khảo sát thử',
    sections: [
      {
        questions: [
          { id: 'a', type: 'single', text: 'Câu một?', options: ['Có', 'Không'], skip: [{ if: ['Không'], to: 'e' }] },
          { id: 'b', type: 'multiple', text: 'Câu hai?', options: ['X', 'Y', 'Z'], required: false },
          { id: 'c', type: 'scale', text: 'Câu ba?', scale: 'agreement' },
          { id: 'd', type: 'number', text: 'Câu bốn?', min: 0, max: 120 },
          { id: 'e', type: 'longtext', text: 'Câu năm?', required: false },
        ],
      },
    ],
  });
  if (!r.ok) throw new Error('fixture');
  return r.questionnaire;
})();

/** What each effect handler may answer: plausible successes and its refusals (typed by the EffectMap). */
const when = new Date('2026-11-20T03:00:00Z').toISOString();
const outcome = { receipt: 'DN-2026-11-000001', status: 'open' as const, hotSpotId: 'hs-1', details: {} };
const MEMBER = {
  id: 'p2',
  displayName: 'Lê Văn Cường',
  role: 'collaborator' as const,
  status: 'active' as const,
  unitId: 'u1',
  unitName: 'Xã A',
  unitCode: 'XA',
  sector: null,
  stratum: 'nong_dan',
  locale: 'vi',
  replacesPersonId: null,
};
const ISSUED = { code: 'BCGH2K9M', name: 'Phạm Thị Dung', unitName: 'Xã A', expires: '09:00 23/11/2026', link: null };
const OUTCOMES: { [N in EffectName]: EffectOutput<N>[] } = {
  'cases.prepare': [
    {
      ok: true,
      sourceType: 'report',
      sourceId: 'r1',
      receiptNo: 'BN-2026-11-000001',
      timeZone: 'Asia/Ho_Chi_Minh',
      title: 'Giá điện',
      issues: [
        { id: 'i1', title: 'Giá điện' },
        { id: 'i2', title: 'Đất đai' },
      ],
      bodies: [{ id: 'b1', name: 'Công an xã' }],
    },
    { ok: false, code: 'out_of_scope' },
    { ok: false, code: 'no_bodies' },
  ],
  'cases.forward': [
    { ok: true, receiptNo: 'XL-2026-11-000001', bodyName: 'Công an xã', liaisons: 1 },
    { ok: false, code: 'bad_due' },
  ],
  'cases.answer': [
    { ok: true, receiptNo: 'XL-2026-11-000001', changed: true },
    { ok: false, code: 'closed' },
    { ok: false, code: 'text_required' },
  ],
  'registration.check-invite': [
    { ok: true, inviteId: 'i1', displayName: 'Trần Thị Bình', unitName: 'Xã A', role: 'collaborator' },
    { ok: true, inviteId: 'i1', displayName: 'Trần Thị Bình', unitName: 'Xã A', role: 'collaborator', charterId: 'c1' },
    { ok: false, code: 'rate_limited', retryAfterMs: 90_000 },
    { ok: false, code: 'expired' },
    { ok: false, code: 'unknown' },
  ],
  'registration.charter': [
    { charter: { id: 'c1', version: '2026-12', title: 'Quy chế hoạt động', body: 'Điều 1.\n\nĐiều 2.', mediaId: null } },
    { charter: null },
  ],
  'network.material-topics': [{ topics: ['Kỹ năng nắm bắt dư luận', 'Văn bản mới'] }, { topics: [] }],
  'network.material-publish': [
    { ok: true, materialId: 'm1', audience: 12, status: 'sending', unitName: 'Xã A' },
    { ok: true, materialId: 'm1', audience: 900, status: 'awaiting_approval', unitName: 'Xã A' },
    { ok: false, code: 'bad_link' },
    { ok: false, code: 'out_of_scope' },
  ],
  'locale.set': [
    { ok: true, locale: 'en' },
    { ok: false, code: 'unknown' },
  ],
  'registration.register': [
    { ok: true, personId: 'p1' },
    { ok: false, code: 'used' },
    { ok: false, code: 'already_registered' },
  ],
  'reports.filed': [
    { ok: true, period: '2026-11', existing: null },
    {
      ok: true,
      period: '2026-11',
      existing: { receiptNo: 'BC-2026-11-000001', draft: { kind: 'periodic', period: '2026-11', assessment: 'on_dinh', mood: 'tin_tuong', issues: [] } },
    },
    { ok: false, code: 'not_registered' },
  ],
  'reports.submit': [
    { ok: true, receiptNo: 'BC-2026-11-000001', reportId: 'r1', version: 2 },
    { ok: false, code: 'locked' },
    { ok: false, code: 'invalid' },
  ],
  'reports.request': [
    { ok: true, requestId: '11111111-1111-4111-8111-111111111111', topicCode: 'kt', subject: 'Giá điện', questions: ['Ý kiến?'], due: '10:00 12/12/2026' },
    { ok: false, code: 'not_recipient' },
  ],
  'reports.more': [
    { ok: true, reportId: 'r1', receiptNo: 'BN-2026-11-000001', version: 1, changed: true },
    { ok: false, code: 'out_of_scope' },
    { ok: false, code: 'empty_note' },
  ],
  'reports.awaiting': [
    [],
    [{ id: 'r1', receiptNo: 'BN-2026-11-000001', kind: 'quick' }],
    [
      { id: 'r1', receiptNo: 'BN-2026-11-000001', kind: 'quick' },
      { id: 'r2', receiptNo: 'CD-2026-11-000002', kind: 'thematic' },
    ],
  ],
  'reports.supplement': [
    { ok: true, receiptNo: 'BN-2026-11-000001' },
    { ok: false, code: 'not_asked' },
    { ok: false, code: 'empty' },
    { ok: false, code: 'not_found' },
  ],
  'hot-spots.create': [
    { ok: true, receiptNo: 'DN-2026-11-000001', hotSpotId: 'hs-1' },
    { ok: false, code: 'invalid' },
  ],
  'hot-spots.lookup': [
    { ok: true, hotSpotId: 'hs-1', receipt: 'DN-2026-11-000001' },
    { ok: true, candidates: [{ id: 'hs-2', receipt: 'DN-2026-11-000002', unitName: 'Xã B' }] },
    { ok: false, code: 'none' },
    { ok: false, code: 'closed', receipt: 'DN-2026-11-000001', status: 'resolved' },
    { ok: false, code: 'out_of_scope' },
  ],
  'hot-spots.candidates': [
    { ok: true, candidates: [] },
    { ok: true, candidates: [{ id: 'hs-3', receipt: 'DN-2026-11-000003' }] },
    { ok: false, code: 'not_official' },
  ],
  'hot-spots.act': [
    { ok: true, code: 'noted', live: true, ...outcome },
    { ok: false, code: 'closed', live: false, ...outcome, status: 'resolved' },
  ],
  'broadcasts.options': [
    { ok: true, options: { units: [{ id: 'u1', name: 'Xã A' }], sectors: ['Y tế'], strata: [], maxBody: 500, timeZone: 'Asia/Ho_Chi_Minh', quietHours: '' } },
    { ok: false, code: 'not_official' },
  ],
  'broadcasts.unit-by-code': [
    { ok: true, id: 'u2', name: 'Xã B' },
    { ok: false, code: 'out_of_scope' },
  ],
  'broadcasts.dry-run': [
    {
      ok: true,
      total: 3,
      byUnit: [{ name: 'Xã A', count: 3 }],
      moreUnits: 0,
      byChannel: { telegram: 3 },
      unreachable: 0,
      etaSeconds: 1,
      needsApproval: false,
      startAt: when,
    },
    { ok: true, total: 0, byUnit: [], moreUnits: 0, byChannel: {}, unreachable: 0, etaSeconds: 0, needsApproval: false, startAt: when },
    { ok: false, code: 'title_too_long' },
  ],
  'broadcasts.submit': [
    { ok: true, id: 'b1', status: 'sending', audience: 3, startAt: when, approvers: 0 },
    { ok: false, code: 'out_of_scope' },
  ],
  'polls.preview': [
    { ok: true, count: 4, unitName: 'Xã A', closes: '17:00 21/11' },
    { ok: false, code: 'bad_closing' },
    { ok: false, code: 'empty_audience' },
  ],
  'polls.create': [
    { ok: true, pollId: 'pl1', recipients: 4 },
    { ok: false, code: 'unknown_unit' },
  ],
  'requests.sectors': [
    { ok: true, sectors: ['mttq', 'Hội Nông dân'] },
    { ok: true, sectors: [] },
  ],
  'requests.preview': [
    { ok: true, count: 4, unitName: 'Xã A', due: '17:00 21/11' },
    { ok: false, code: 'bad_due' },
    { ok: false, code: 'empty_audience' },
  ],
  'requests.create': [
    { ok: true, requestId: 'rq1', recipients: 4 },
    { ok: false, code: 'unknown_topic' },
  ],
  'surveys.load': [
    { ok: true, campaignId: 'c1', number: 3, title: 'Khảo sát thử', questionnaire: SURVEY },
    { ok: false, code: 'choose', list: [{ number: 3, title: 'Khảo sát thử' }] },
    { ok: false, code: 'already_answered' },
  ],
  'surveys.submit': [
    { ok: true, responseId: 'r1' },
    { ok: false, code: 'incomplete' },
    { ok: false, code: 'closed' },
  ],
  'surveys.options': [
    {
      ok: true,
      list: [{ id: 's1', code: 'ks', title: 'Khảo sát thử', version: 1, baseline: { id: 'c0', number: 1 } }],
      sectors: ['mttq'],
      strata: ['nong_dan'],
    },
    { ok: true, list: [{ id: 's1', code: 'ks', title: 'Khảo sát thử', version: 1, baseline: null }], sectors: [], strata: [] },
    { ok: true, list: [], sectors: [], strata: [] },
  ],
  'surveys.preview': [
    { ok: true, audience: 10, sampled: 4, unitName: 'Xã A', closes: '09:00 27/11/2026' },
    { ok: false, code: 'empty_audience' },
  ],
  'surveys.create': [
    { ok: true, number: 4, sampled: 4 },
    { ok: false, code: 'bad_baseline' },
  ],
  'test.save': [{ ok: true, value: 'a' }],
  'network.lookup': [
    { ok: true, member: MEMBER },
    { ok: false, code: 'out_of_scope' },
    { ok: false, code: 'not_found' },
  ],
  'network.invite': [
    { ok: true, ...ISSUED },
    { ok: false, code: 'unknown_unit' },
    { ok: false, code: 'bad_role' },
  ],
  'network.edit': [
    { ok: true, member: MEMBER },
    { ok: false, code: 'unknown_unit' },
    { ok: false, code: 'out_of_scope' },
  ],
  'network.replace': [
    { ok: true, ...ISSUED },
    { ok: false, code: 'bad_name' },
    { ok: false, code: 'not_current' },
  ],
  'meetings.preview': [
    { ok: true, count: 4, unitName: 'Xã A', when: '08:00 15/12/2026' },
    { ok: false, code: 'bad_time' },
    { ok: false, code: 'unknown_unit' },
  ],
  'meetings.create': [
    { ok: true, meetingId: 'm1', invited: 4 },
    { ok: false, code: 'empty_audience' },
  ],
  'meetings.highlights': [
    { ok: true, period: '2026-11', text: 'Tình hình cơ bản ổn định.' },
    { ok: false, code: 'none' },
  ],
  'meetings.answer': [
    { ok: true, title: 'Giao ban tháng 12', when: '08:00 15/12/2026' },
    { ok: false, code: 'over' },
  ],
  'meetings.roster': [
    {
      ok: true,
      title: 'Giao ban tháng 12',
      conclusionsSent: false,
      lines: [
        { personId: 'p1', name: 'CTV Hoa', unitName: 'Xã A', answer: 'attend', reason: null, checkedIn: true, attended: null },
        { personId: 'p2', name: 'CTV Nam', unitName: 'Xã A', answer: 'absent', reason: 'Ốm', checkedIn: false, attended: false },
      ],
    },
    { ok: true, title: 'Giao ban', conclusionsSent: true, lines: [] },
    { ok: false, code: 'out_of_scope' },
  ],
  'meetings.brief': [
    { ok: true, title: 'Giao ban tháng 12', when: '08:00 15/12/2026' },
    { ok: false, code: 'out_of_scope' },
  ],
  'meetings.attendance': [
    { ok: true, present: 1, invited: 2, corrected: 0 },
    { ok: false, code: 'not_started' },
  ],
  'meetings.cancel': [
    { ok: true, told: 2 },
    { ok: false, code: 'started' },
  ],
  'meetings.conclude': [
    { ok: true, broadcastId: 'b1', status: 'sending', audience: 2 },
    { ok: false, code: 'already_sent' },
  ],
};

function answer(name: EffectName, pick: number): EffectDone {
  const list: unknown[] = OUTCOMES[name];
  return { type: 'result', effect: name, result: list[pick % list.length] } as EffectDone;
}

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
      answered: null,
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
      fc.property(fc.constantFrom(...flows), hostileText, ctxArb, fc.array(fc.tuple(actionArb, fc.nat(20)), { maxLength: 40 }), (flow, arg, c, steps) => {
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
          const input: FlowInput = r.effect ? answer(r.effect.name, result) : toInput(action, r.replies);
          r = flow.step(state, input, ctx);
          check(r);
        }
      }),
      { numRuns: 400 },
    );
  });
});
