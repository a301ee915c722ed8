import { describe, expect, it } from 'vitest';
import { createHotspotFlow, type HotspotFlowState } from '../../bot/features/hot-spots/action-flow.js';
import type { EffectDone } from '../../bot/engine/effects.js';
import type { FlowContext, FlowInput, StepResult } from '../../bot/engine/types.js';

const ctx: FlowContext = {
  now: new Date('2026-11-22T03:00:00Z'),
  locale: 'vi',
  t: (key, args) => (args ? `${key} ${JSON.stringify(args)}` : key),
  person: null,
  topics: [],
  channel: 'sandbox',
  maxTextLength: 50,
};
const found = (hotSpotId = 'hs-1', receipt = 'DN-2026-11-000001'): EffectDone => ({
  type: 'result',
  effect: 'hot-spots.lookup',
  result: { ok: true, hotSpotId, receipt },
});
type R = StepResult<HotspotFlowState>;

function run(kind: 'resolve' | 'note' | 'merge' | 'update', arg: string, inputs: FlowInput[]): R[] {
  const flow = createHotspotFlow(kind);
  const out: R[] = [flow.start(ctx, arg)];
  for (const input of inputs) {
    const state = out.at(-1)!.state;
    if (state === null) throw new Error('flow ended early');
    out.push(flow.step(state, input, ctx));
  }
  return out;
}

describe('hotspot action flows (pure)', () => {
  it('resolve: looks the alert up, asks the result, asks whether it may be shared, then acts', () => {
    const steps = run('resolve', ' DN-2026-11-000001 ', [found(), { type: 'text', text: 'Đã ổn định' }, { type: 'choice', value: 'yes' }]);
    expect(steps[0]!.effect).toEqual({ name: 'hot-spots.lookup', input: { ref: 'DN-2026-11-000001', mode: 'official' } });
    expect(steps[1]!.replies[0]!.text).toContain('hot-spots-ask-result');
    expect(steps[2]!.replies[0]!.text).toBe('hot-spots-ask-share');
    expect(steps[2]!.replies[0]!.choices?.map((c) => c.value)).toEqual(['yes', 'no', '/huy']);
    expect(steps[3]!.effect).toEqual({
      name: 'hot-spots.act',
      input: { hotSpotId: 'hs-1', action: { kind: 'resolve', note: 'Đã ổn định', shareable: true } },
    });
    const outcome = {
      ok: true as const,
      code: 'resolved',
      receipt: 'DN-2026-11-000001',
      status: 'resolved' as const,
      hotSpotId: 'hs-1',
      live: false,
      details: {},
    };
    const done = createHotspotFlow('resolve').step(steps[3]!.state!, { type: 'result', effect: 'hot-spots.act', result: outcome }, ctx);
    expect(done.state).toBeNull();
    expect(done.replies).toEqual([{ text: 'hot-spots-r-resolved {"receipt":"DN-2026-11-000001","status":"hot-spots-status-resolved"}' }]);
  });

  it('a refused lookup ends the flow with the refusal worded by the flow', () => {
    const [, r] = run('note', 'X', [{ type: 'result', effect: 'hot-spots.lookup', result: { ok: false, code: 'out_of_scope' } }]);
    expect(r).toEqual({ state: null, replies: [{ text: 'hot-spots-x-out_of_scope' }] });
  });

  it('without a code, offers the candidates; a pick looks that one up', () => {
    const [, pick, again] = run('note', '', [
      { type: 'result', effect: 'hot-spots.lookup', result: { ok: true, candidates: [{ id: 'id-1', receipt: 'DN-1', unitName: 'Xã A' }] } },
      { type: 'choice', value: 'id-1' },
    ]);
    expect(pick!.replies[0]!.choices?.[0]).toEqual({ label: 'DN-1 (Xã A)', value: 'id-1' });
    expect(again!.effect).toEqual({ name: 'hot-spots.lookup', input: { ref: 'id-1', mode: 'official' } });
  });

  it('rejects over-long and empty answers without moving on', () => {
    const [, ask, long, empty] = run('note', 'X', [found(), { type: 'text', text: 'x'.repeat(51) }, { type: 'choice', value: '  ' }]);
    expect(long!.state).toEqual(ask!.state);
    expect(long!.replies[0]!.text).toContain('hot-spots-too-long');
    expect(empty!.state).toEqual(ask!.state);
    expect(empty!.replies[0]!.text).toBe('hot-spots-not-understood');
  });

  it('merge: asks for a target among candidates, accepts a typed code too', () => {
    const [, cands, targets, act] = run('merge', 'X', [
      found(),
      { type: 'result', effect: 'hot-spots.candidates', result: { ok: true, candidates: [{ id: 'id-2', receipt: 'DN-2' }] } },
      { type: 'text', text: ' DN-2026-11-000009 ' },
    ]);
    expect(cands!.effect).toEqual({ name: 'hot-spots.candidates', input: { hotSpotId: 'hs-1' } });
    expect(targets!.replies[0]!.text).toContain('hot-spots-ask-merge-target');
    expect(act!.effect).toEqual({ name: 'hot-spots.act', input: { hotSpotId: 'hs-1', action: { kind: 'merge', target: 'DN-2026-11-000009' } } });
  });

  it('merge with nothing else open ends politely', () => {
    const [, , end] = run('merge', 'X', [found(), { type: 'result', effect: 'hot-spots.candidates', result: { ok: true, candidates: [] } }]);
    expect(end).toEqual({ state: null, replies: [{ text: 'hot-spots-no-merge-target' }] });
  });

  it('update (reporter): asks for text, photo or location and accepts each', () => {
    const [start, ask] = run('update', '', [found()]);
    expect(start!.effect).toMatchObject({ input: { mode: 'reporter' } });
    expect(ask!.replies[0]!.requestLocation).toBe(true);
    const flow = createHotspotFlow('update');
    const loc = flow.step(ask!.state!, { type: 'location', latitude: 20.8, longitude: 106.7 }, ctx);
    expect(loc.effect).toMatchObject({ input: { action: { kind: 'update', update: { kind: 'location', latitude: 20.8, longitude: 106.7 } } } });
    const photo = flow.step(ask!.state!, { type: 'media', media: { kind: 'photo', fileId: 'f1' }, caption: 'ảnh' }, ctx);
    expect(photo.effect).toMatchObject({ input: { action: { update: { kind: 'media', media: { fileId: 'f1' }, caption: 'ảnh' } } } });
    expect(createHotspotFlow('update').roles).toBeUndefined();
    expect(createHotspotFlow('resolve').roles).toEqual(['official', 'admin']);
  });

  it('resume re-asks the pending question', () => {
    const [, ask] = run('note', 'X', [found()]);
    expect(createHotspotFlow('note').step(ask!.state!, { type: 'resume' }, ctx).replies).toEqual(ask!.replies);
  });

  it('a state stored before the flow machine (`phase`) still answers', () => {
    const old = { kind: 'note', phase: 'text', hotSpotId: 'hs-1', receipt: 'DN-2026-11-000001' };
    const r = createHotspotFlow('note').step(old, { type: 'text', text: 'Ghi chú' }, ctx);
    expect(r.effect).toEqual({ name: 'hot-spots.act', input: { hotSpotId: 'hs-1', action: { kind: 'note', note: 'Ghi chú' } } });
  });
});
