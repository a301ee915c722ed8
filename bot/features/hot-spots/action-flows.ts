import type { Flow, FlowContext, FlowInput, Reply, ReplyChoice, StepResult } from '../../engine/types.js';

/**
 * The multi-step hot-spot actions, as small pure flows: officials resolve (result note +
 * may the reporter read it?), add a note, merge into another open alert; reporters add an
 * update (text, photo or location) to their own open alert. The data work happens in the
 * effects of bot/features/hot-spots/feature.ts:
 *   hotspot-lookup {ref, mode}      → {hotSpotId, receipt} | {candidates: ReplyChoice[]}
 *   hotspot-candidates {hotSpotId}  → {candidates}            (merge targets)
 *   hotspot-act {kind, hotSpotId, …} → {text}                  (the outcome, already worded)
 */
export type HotspotFlowKind = 'resolve' | 'note' | 'merge' | 'update';

type Phase = 'lookup' | 'pick' | 'text' | 'share' | 'targets' | 'apply';

export interface HotspotFlowState {
  kind: HotspotFlowKind;
  phase: Phase;
  hotSpotId?: string;
  receipt?: string;
  note?: string;
  candidates?: ReplyChoice[];
}

type S = HotspotFlowState;
type R = StepResult<S>;

export const LOOKUP_EFFECT = 'hotspot-lookup';
export const CANDIDATES_EFFECT = 'hotspot-candidates';
export const ACT_EFFECT = 'hotspot-act';

const cancel = (ctx: FlowContext): ReplyChoice => ({ label: ctx.t('hso-btn-cancel'), value: '/huy' });
const end = (text: string): R => ({ state: null, replies: [{ text }] });
const ask = (s: S, reply: Reply): R => ({ state: s, replies: [reply] });

function question(s: S, ctx: FlowContext): Reply {
  const receipt = s.receipt ?? '';
  switch (s.phase) {
    case 'pick':
      return { text: ctx.t(s.kind === 'update' ? 'hso-ask-pick-own' : 'hso-ask-pick'), choices: [...(s.candidates ?? []), cancel(ctx)] };
    case 'targets':
      return { text: ctx.t('hso-ask-merge-target', { receipt }), choices: [...(s.candidates ?? []), cancel(ctx)] };
    case 'share':
      return {
        text: ctx.t('hso-ask-share'),
        choices: [{ label: ctx.t('hso-share-yes'), value: 'yes' }, { label: ctx.t('hso-share-no'), value: 'no' }, cancel(ctx)],
      };
    case 'text':
      if (s.kind === 'update') return { text: ctx.t('hso-ask-update', { receipt }), choices: [cancel(ctx)], requestLocation: true };
      return { text: ctx.t(s.kind === 'resolve' ? 'hso-ask-result' : 'hso-ask-note', { receipt }), choices: [cancel(ctx)] };
    default:
      return { text: ctx.t('hso-working') };
  }
}

/** After the alert is known: what the flow needs next. */
function afterLookup(s: S, ctx: FlowContext): R {
  if (s.kind === 'merge') return { state: { ...s, phase: 'apply' }, replies: [], effects: [{ type: CANDIDATES_EFFECT, hotSpotId: s.hotSpotId }] };
  const next = { ...s, phase: 'text' as const };
  return ask(next, question(next, ctx));
}

function act(s: S, fields: Record<string, unknown>): R {
  return { state: { ...s, phase: 'apply' }, replies: [], effects: [{ type: ACT_EFFECT, kind: s.kind, hotSpotId: s.hotSpotId, ...fields }] };
}

function onResult(s: S, input: Extract<FlowInput, { type: 'result' }>, ctx: FlowContext): R {
  const text = typeof input.data?.text === 'string' ? input.data.text : ctx.t('hso-x-bad_input');
  if (!input.ok || input.effect === ACT_EFFECT) return end(text);
  const candidates = Array.isArray(input.data?.candidates) ? (input.data.candidates as ReplyChoice[]) : null;
  if (input.effect === CANDIDATES_EFFECT) {
    if (!candidates?.length) return end(ctx.t('hso-no-merge-target'));
    const next: S = { ...s, phase: 'targets', candidates };
    return ask(next, question(next, ctx));
  }
  if (candidates) {
    const next: S = { ...s, phase: 'pick', candidates };
    return ask(next, question(next, ctx));
  }
  return afterLookup({ ...s, hotSpotId: String(input.data?.hotSpotId ?? ''), receipt: String(input.data?.receipt ?? ''), candidates: undefined }, ctx);
}

function onText(s: S, input: FlowInput, ctx: FlowContext): R | null {
  if (s.kind === 'update') {
    if (input.type === 'location') return act(s, { update: { kind: 'location', latitude: input.latitude, longitude: input.longitude } });
    if (input.type === 'media') return act(s, { update: { kind: 'media', media: input.media, caption: input.caption } });
  }
  const text = input.type === 'text' ? input.text.trim() : input.type === 'choice' ? input.value.trim() : '';
  if (!text) return null;
  if (text.length > ctx.maxTextLength) return ask(s, { ...question(s, ctx), text: ctx.t('hso-too-long', { max: ctx.maxTextLength }) });
  if (s.kind === 'resolve') {
    const next: S = { ...s, phase: 'share', note: text };
    return ask(next, question(next, ctx));
  }
  if (s.kind === 'update') return act(s, { update: { kind: 'text', text } });
  return act(s, { note: text });
}

function step(s: S, input: FlowInput, ctx: FlowContext): R {
  if (input.type === 'result') return onResult(s, input, ctx);
  if (input.type === 'resume') return ask(s, question(s, ctx));
  if (s.phase === 'pick' && input.type === 'choice')
    return { state: { ...s, phase: 'lookup' }, replies: [], effects: [{ type: LOOKUP_EFFECT, ref: input.value, mode: mode(s.kind) }] };
  if (s.phase === 'targets' && (input.type === 'choice' || input.type === 'text')) {
    const target = input.type === 'choice' ? input.value : input.text.trim();
    return act(s, { target });
  }
  if (s.phase === 'share' && input.type === 'choice' && (input.value === 'yes' || input.value === 'no'))
    return act(s, { note: s.note, shareable: input.value === 'yes' });
  if (s.phase === 'text') {
    const r = onText(s, input, ctx);
    if (r) return r;
  }
  return { state: s, replies: [{ text: ctx.t('hso-not-understood') }, question(s, ctx)] };
}

function mode(kind: HotspotFlowKind): 'official' | 'reporter' {
  return kind === 'update' ? 'reporter' : 'official';
}

export function createHotspotFlow(kind: HotspotFlowKind): Flow<S> {
  return {
    name: `hotspot-${kind}`,
    resumable: false,
    roles: kind === 'update' ? undefined : ['official', 'admin'],
    start: (_ctx, arg) => ({ state: { kind, phase: 'lookup' }, replies: [], effects: [{ type: LOOKUP_EFFECT, ref: arg.trim(), mode: mode(kind) }] }),
    step,
  };
}

export const hotspotFlows: Flow<S>[] = (['resolve', 'note', 'merge', 'update'] as const).map(createHotspotFlow);
