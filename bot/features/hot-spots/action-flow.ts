import { effect, type EffectDone } from '../../engine/effects.js';
import { defineFlow, waiting, type MachineState, type Move, type Outcome } from '../../engine/machine.js';
import type { Flow, FlowContext, ReplyChoice, UserInput } from '../../engine/types.js';
import type { ActAction, Candidate, LookupMode } from './effects.js';
import { outcomeReply } from './views.js';

/**
 * The multi-step hot-spot actions: officials resolve (result note + may the reporter read it?),
 * add a note, merge into another open alert; reporters add an update (text, photo or location)
 * to their own open alert. The data work is done by the effects `hot-spots.lookup`,
 * `hot-spots.candidates` and `hot-spots.act` (./effects.ts); every text is worded here.
 */
export type HotspotFlowKind = 'resolve' | 'note' | 'merge' | 'update';

export interface HotspotFlowState extends MachineState {
  v: 1;
  kind: HotspotFlowKind;
  hotSpotId?: string;
  receipt?: string;
  note?: string;
  /** The alerts offered to pick from (pick, targets). */
  candidates?: ReplyChoice[];
}

type S = HotspotFlowState;

const cancel = (ctx: FlowContext): ReplyChoice => ({ label: ctx.t('hot-spots-btn-cancel'), value: '/huy' });
const end = (text: string): Outcome<S> => ({ end: [{ text }] });
const modeOf = (kind: HotspotFlowKind): LookupMode => (kind === 'update' ? 'reporter' : 'official');
const lookup = (kind: HotspotFlowKind, ref: string): Move<S> => ({ next: 'lookup', effect: effect('hot-spots.lookup', { ref, mode: modeOf(kind) }) });
const act = (s: S, action: ActAction): Outcome<S> => ({ next: 'apply', effect: effect('hot-spots.act', { hotSpotId: s.hotSpotId ?? '', action }) });
const notUnderstood = (ctx: FlowContext): Outcome<S> => ({ retry: { text: ctx.t('hot-spots-not-understood') } });

function labelled(candidates: Candidate[]): ReplyChoice[] {
  return candidates.map((c) => ({ label: c.unitName ? `${c.receipt} (${c.unitName})` : c.receipt, value: c.id }));
}

function onLookup(s: S, done: EffectDone, ctx: FlowContext): Outcome<S> {
  if (done.effect !== 'hot-spots.lookup') return { stay: true };
  const r = done.result;
  if (!r.ok) {
    if (r.code === 'none') return end(ctx.t(s.kind === 'update' ? 'hot-spots-none-own' : 'hot-spots-list-empty'));
    if (r.code === 'closed') return end(ctx.t('hot-spots-x-closed', { receipt: r.receipt, status: ctx.t(`hot-spots-status-${r.status}`) }));
    return end(ctx.t(`hot-spots-x-${r.code}`));
  }
  if ('candidates' in r) return { state: { ...s, candidates: labelled(r.candidates) }, next: 'pick' };
  const found: S = { ...s, hotSpotId: r.hotSpotId, receipt: r.receipt, candidates: undefined };
  if (s.kind === 'merge') return { state: found, next: 'candidates', effect: effect('hot-spots.candidates', { hotSpotId: r.hotSpotId }) };
  return { state: found, next: 'text' };
}

function onCandidates(s: S, done: EffectDone, ctx: FlowContext): Outcome<S> {
  if (done.effect !== 'hot-spots.candidates') return { stay: true };
  const r = done.result;
  if (!r.ok) return end(ctx.t(`hot-spots-x-${r.code}`));
  if (r.candidates.length === 0) return end(ctx.t('hot-spots-no-merge-target'));
  return { state: { ...s, candidates: labelled(r.candidates) }, next: 'targets' };
}

function onText(s: S, input: UserInput, ctx: FlowContext): Outcome<S> {
  if (s.kind === 'update') {
    if (input.type === 'location') return act(s, { kind: 'update', update: { kind: 'location', latitude: input.latitude, longitude: input.longitude } });
    if (input.type === 'media') return act(s, { kind: 'update', update: { kind: 'media', media: input.media, caption: input.caption } });
  }
  const text = input.type === 'text' ? input.text.trim() : input.type === 'choice' ? input.value.trim() : '';
  if (!text) return notUnderstood(ctx);
  if (text.length > ctx.maxTextLength) return { retry: { text: ctx.t('hot-spots-too-long', { max: ctx.maxTextLength }) } };
  if (s.kind === 'resolve') return { state: { ...s, note: text }, next: 'share' };
  if (s.kind === 'update') return act(s, { kind: 'update', update: { kind: 'text', text } });
  return act(s, { kind: 'note', note: text });
}

export function createHotspotFlow(kind: HotspotFlowKind): Flow<S> {
  return defineFlow<S>({
    name: `hotspot-${kind}`,
    resumable: false,
    roles: kind === 'update' ? undefined : ['official', 'admin'],
    start: (_ctx, arg) => ({ state: { v: 1, step: 'lookup', kind }, ...lookup(kind, arg.trim()) }),
    questions: {
      lookup: waiting((s) => (s.hotSpotId ? 'text' : 'pick'), onLookup),
      pick: {
        ask: (s, ctx) => [
          { text: ctx.t(s.kind === 'update' ? 'hot-spots-ask-pick-own' : 'hot-spots-ask-pick'), choices: [...(s.candidates ?? []), cancel(ctx)] },
        ],
        answer: (s, input, ctx) => (input.type === 'choice' ? lookup(s.kind, input.value) : notUnderstood(ctx)),
      },
      text: {
        ask: (s, ctx) => {
          const receipt = s.receipt ?? '';
          if (s.kind === 'update') return [{ text: ctx.t('hot-spots-ask-update', { receipt }), choices: [cancel(ctx)], requestLocation: true }];
          return [{ text: ctx.t(s.kind === 'resolve' ? 'hot-spots-ask-result' : 'hot-spots-ask-note', { receipt }), choices: [cancel(ctx)] }];
        },
        answer: onText,
      },
      share: {
        ask: (_s, ctx) => [
          {
            text: ctx.t('hot-spots-ask-share'),
            choices: [{ label: ctx.t('hot-spots-share-yes'), value: 'yes' }, { label: ctx.t('hot-spots-share-no'), value: 'no' }, cancel(ctx)],
          },
        ],
        answer(s, input, ctx) {
          if (input.type !== 'choice' || (input.value !== 'yes' && input.value !== 'no')) return notUnderstood(ctx);
          return act(s, { kind: 'resolve', note: s.note ?? '', shareable: input.value === 'yes' });
        },
      },
      candidates: waiting(() => 'text', onCandidates),
      targets: {
        ask: (s, ctx) => [{ text: ctx.t('hot-spots-ask-merge-target', { receipt: s.receipt ?? '' }), choices: [...(s.candidates ?? []), cancel(ctx)] }],
        answer(s, input, ctx) {
          if (input.type !== 'choice' && input.type !== 'text') return notUnderstood(ctx);
          return act(s, { kind: 'merge', target: input.type === 'choice' ? input.value : input.text.trim() });
        },
      },
      apply: waiting(
        () => 'text',
        (_s, done, ctx) => (done.effect === 'hot-spots.act' ? end(outcomeReply(ctx.t, done.result).text) : { stay: true }),
      ),
    },
  });
}

export const hotspotFlows = (['resolve', 'note', 'merge', 'update'] as const).map(createHotspotFlow);
