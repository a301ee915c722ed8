import { describe, expect, it } from 'vitest';
import { ACT_EFFECT, CANDIDATES_EFFECT, createHotspotFlow, LOOKUP_EFFECT, type HotspotFlowState } from '../../bot/features/hot-spots/action-flows.js';
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
const found = (hotSpotId = 'hs-1', receipt = 'DN-2026-11-000001'): FlowInput => ({
  type: 'result',
  effect: LOOKUP_EFFECT,
  ok: true,
  data: { hotSpotId, receipt },
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
    expect(steps[0]!.effects).toEqual([{ type: LOOKUP_EFFECT, ref: 'DN-2026-11-000001', mode: 'official' }]);
    expect(steps[1]!.replies[0]!.text).toContain('hso-ask-result');
    expect(steps[2]!.replies[0]!.text).toBe('hso-ask-share');
    expect(steps[2]!.replies[0]!.choices?.map((c) => c.value)).toEqual(['yes', 'no', '/huy']);
    expect(steps[3]!.effects).toEqual([{ type: ACT_EFFECT, kind: 'resolve', hotSpotId: 'hs-1', note: 'Đã ổn định', shareable: true }]);
    const done = createHotspotFlow('resolve').step(steps[3]!.state!, { type: 'result', effect: ACT_EFFECT, ok: true, data: { text: 'xong' } }, ctx);
    expect(done).toEqual({ state: null, replies: [{ text: 'xong' }] });
  });

  it('a refused lookup ends the flow with the refusal text', () => {
    const [, r] = run('note', 'X', [{ type: 'result', effect: LOOKUP_EFFECT, ok: false, error: 'out_of_scope', data: { text: 'không thuộc địa bàn' } }]);
    expect(r).toEqual({ state: null, replies: [{ text: 'không thuộc địa bàn' }] });
  });

  it('without a code, offers the candidates; a pick looks that one up', () => {
    const [, pick, again] = run('note', '', [
      { type: 'result', effect: LOOKUP_EFFECT, ok: true, data: { candidates: [{ label: 'DN-1', value: 'id-1' }] } },
      { type: 'choice', value: 'id-1' },
    ]);
    expect(pick!.replies[0]!.choices?.[0]).toEqual({ label: 'DN-1', value: 'id-1' });
    expect(again!.effects).toEqual([{ type: LOOKUP_EFFECT, ref: 'id-1', mode: 'official' }]);
  });

  it('rejects over-long and empty answers without moving on', () => {
    const [, ask, long, empty] = run('note', 'X', [found(), { type: 'text', text: 'x'.repeat(51) }, { type: 'unsupported', what: 'sticker' }]);
    expect(long!.state).toEqual(ask!.state);
    expect(long!.replies[0]!.text).toContain('hso-too-long');
    expect(empty!.state).toEqual(ask!.state);
    expect(empty!.replies[0]!.text).toBe('hso-not-understood');
  });

  it('merge: asks for a target among candidates, accepts a typed code too', () => {
    const [, cands, targets, act] = run('merge', 'X', [
      found(),
      { type: 'result', effect: CANDIDATES_EFFECT, ok: true, data: { candidates: [{ label: 'DN-2', value: 'id-2' }] } },
      { type: 'text', text: ' DN-2026-11-000009 ' },
    ]);
    expect(cands!.effects).toEqual([{ type: CANDIDATES_EFFECT, hotSpotId: 'hs-1' }]);
    expect(targets!.replies[0]!.text).toContain('hso-ask-merge-target');
    expect(act!.effects).toEqual([{ type: ACT_EFFECT, kind: 'merge', hotSpotId: 'hs-1', target: 'DN-2026-11-000009' }]);
  });

  it('merge with nothing else open ends politely', () => {
    const [, , end] = run('merge', 'X', [found(), { type: 'result', effect: CANDIDATES_EFFECT, ok: true, data: { candidates: [] } }]);
    expect(end).toEqual({ state: null, replies: [{ text: 'hso-no-merge-target' }] });
  });

  it('update (reporter): asks for text, photo or location and accepts each', () => {
    const [start, ask] = run('update', '', [found()]);
    expect(start!.effects?.[0]).toMatchObject({ mode: 'reporter' });
    expect(ask!.replies[0]!.requestLocation).toBe(true);
    const flow = createHotspotFlow('update');
    const loc = flow.step(ask!.state!, { type: 'location', latitude: 20.8, longitude: 106.7 }, ctx);
    expect(loc.effects?.[0]).toMatchObject({ kind: 'update', update: { kind: 'location', latitude: 20.8, longitude: 106.7 } });
    const photo = flow.step(ask!.state!, { type: 'media', media: { kind: 'photo', fileId: 'f1' }, caption: 'ảnh' }, ctx);
    expect(photo.effects?.[0]).toMatchObject({ update: { kind: 'media', media: { fileId: 'f1' }, caption: 'ảnh' } });
    expect(createHotspotFlow('update').roles).toBeUndefined();
    expect(createHotspotFlow('resolve').roles).toEqual(['official', 'admin']);
  });

  it('resume re-asks the pending question', () => {
    const [, ask] = run('note', 'X', [found()]);
    expect(createHotspotFlow('note').step(ask!.state!, { type: 'resume' }, ctx).replies).toEqual(ask!.replies);
  });
});
