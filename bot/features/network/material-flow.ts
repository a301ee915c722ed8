import { cleanTopic, type MaterialKind } from '../../../core/network/materials.js';
import { matchKey } from '../../../core/kernel/text.js';
import { chooseFrom } from '../../engine/common/choose.js';
import { readText, SKIP, skipChoice, ownAreaChoice } from '../../engine/common/input.js';
import { effect, type EffectDone } from '../../engine/effects.js';
import { defineFlow, waiting, type MachineState, type Outcome } from '../../engine/machine.js';
import type { FlowContext } from '../../engine/types.js';
import { isUnitTyped } from '../../../core/people/units.js';

/**
 * /tailieu_moi — an official publishes training material to a subtree (issue 17 item 5): topic
 * (one of the library's or a new one), kind (document: a file sent here; link; short note),
 * title, the file or link, the text, the unit, then a summary. `network.material-publish` sends
 * it as guidance asking «Đã nhận» (core/network/materials.ts), so delivery, pace, quiet hours and
 * approval above the threshold are the guidance path's.
 */
interface MaterialState extends MachineState {
  v: 1;
  topics?: string[];
  topic?: string;
  kind?: MaterialKind;
  title?: string;
  link?: string | null;
  attachment?: { kind: 'photo' | 'document'; source: string; channel: FlowContext['channel']; fileName?: string } | null;
  body?: string;
  unitCode?: string | null;
}
type S = MaterialState;

const OWN = '_own';
const SEND = 'send';
const CANCEL = 'cancel';
const KINDS: MaterialKind[] = ['document', 'link', 'note'];

function onPublished(_s: S, done: EffectDone, ctx: FlowContext): Outcome<S> {
  if (done.effect !== 'network.material-publish') return { stay: true };
  const r = done.result;
  if (r.ok)
    return { end: [{ text: ctx.t(`network-mat-published-${r.status === 'awaiting_approval' ? 'approval' : 'sent'}`, { n: r.audience, unit: r.unitName }) }] };
  const back: Record<string, string> = { bad_topic: 'topic', bad_link: 'link', no_file: 'file', unknown_unit: 'unit', out_of_scope: 'unit' };
  return { next: back[r.code] ?? 'confirm', say: [{ text: ctx.t(`network-mat-x-${r.code}`) }] };
}

const afterTitle = (s: S): string => (s.kind === 'document' ? 'file' : s.kind === 'link' ? 'link' : 'body');

export const networkMaterialFlow = defineFlow<S>({
  name: 'network-mat',
  resumable: true,
  roles: ['official', 'admin'],
  sequence: ['topic', 'kind', 'title', 'file', 'link', 'body', 'unit', 'confirm'],
  hasAnswers: (s) => !!(s as S).title,
  start: (ctx) => ({
    state: { v: 1, step: 'loading' },
    next: 'loading',
    say: [{ text: ctx.t('network-mat-intro') }],
    effect: effect('network.material-topics', {}),
  }),
  questions: {
    loading: waiting(
      () => 'topic',
      (s, done) => ({ state: { ...s, topics: done.effect === 'network.material-topics' ? done.result.topics : [] }, next: 'topic' }),
    ),
    topic: {
      ask: (s, ctx) => [{ text: ctx.t('network-mat-ask-topic'), choices: (s.topics ?? []).slice(0, 8).map((t, i) => ({ label: t, value: `t${i}` })) }],
      answer(s, input, ctx) {
        const chosen = input.type === 'choice' && /^t\d+$/.test(input.value) ? s.topics?.[Number(input.value.slice(1))] : undefined;
        if (chosen) return { state: { ...s, topic: chosen }, next: 'kind' };
        const r = readText(input, ctx, 60);
        if (!r.ok) return { retry: r.reply };
        const typed = cleanTopic(r.value);
        if (!typed) return { retry: { text: ctx.t('network-mat-x-bad_topic') } };
        // An existing topic typed without its accents or capitals is that topic, not a second shelf beside it.
        const topic = s.topics?.find((x) => matchKey(x) === matchKey(typed)) ?? typed;
        return { state: { ...s, topic }, next: 'kind' };
      },
    },
    kind: chooseFrom(
      (_s, ctx) => ctx.t('network-mat-ask-kind'),
      (_s, ctx) => KINDS.map((k) => ({ label: ctx.t(`network-mat-kind-${k}`), value: k })),
      (s, value) => ({ state: { ...s, kind: value as MaterialKind }, next: 'title' }),
    ),
    title: {
      ask: (_s, ctx) => [{ text: ctx.t('network-mat-ask-title') }],
      answer(s, input, ctx) {
        const r = readText(input, ctx, 200);
        return r.ok ? { state: { ...s, title: r.value }, next: afterTitle(s) } : { retry: r.reply };
      },
    },
    file: {
      ask: (_s, ctx) => [{ text: ctx.t('network-mat-ask-file') }],
      answer(s, input, ctx) {
        if (input.type !== 'media' || (input.media.kind !== 'document' && input.media.kind !== 'photo'))
          return { retry: { text: ctx.t('network-mat-x-no_file') } };
        const m = input.media;
        const attachment = { kind: m.kind as 'document' | 'photo', source: m.fileId, channel: ctx.channel, ...(m.fileName ? { fileName: m.fileName } : {}) };
        return { state: { ...s, attachment }, next: 'body' };
      },
    },
    link: {
      ask: (_s, ctx) => [{ text: ctx.t('network-mat-ask-link') }],
      answer(s, input, ctx) {
        const url = input.type === 'text' ? input.text.trim() : '';
        return /^https?:\/\/\S+$/i.test(url) ? { state: { ...s, link: url }, next: 'body' } : { retry: { text: ctx.t('network-mat-x-bad_link') } };
      },
    },
    body: {
      ask: (s, ctx) => [
        { text: ctx.t(s.kind === 'note' ? 'network-mat-ask-note' : 'network-mat-ask-about'), choices: s.kind === 'note' ? [] : [skipChoice(ctx)] },
      ],
      answer(s, input, ctx) {
        if (input.type === 'choice' && input.value === SKIP && s.kind !== 'note') return { state: { ...s, body: '' }, next: 'unit' };
        const r = readText(input, ctx, ctx.maxTextLength);
        return r.ok ? { state: { ...s, body: r.value }, next: 'unit' } : { retry: r.reply };
      },
    },
    unit: {
      ask: (_s, ctx) => [{ text: ctx.t('network-mat-ask-unit'), choices: [ownAreaChoice(ctx, OWN)] }],
      answer(s, input, ctx) {
        if (input.type === 'choice' && input.value === OWN) return { state: { ...s, unitCode: null }, next: 'confirm' };
        const code = input.type === 'text' ? input.text.trim() : '';
        return isUnitTyped(code) ? { state: { ...s, unitCode: code }, next: 'confirm' } : { retry: { text: ctx.t('network-err-unit-code') } };
      },
    },
    confirm: chooseFrom(
      (s, ctx) =>
        ctx.t('network-mat-summary', {
          topic: s.topic ?? '',
          kind: ctx.t(`network-mat-kind-${s.kind ?? 'note'}`),
          title: s.title ?? '',
          unit: s.unitCode ?? ctx.person?.unitName ?? '',
        }),
      (_s, ctx) => [
        { label: ctx.t('network-mat-send'), value: SEND },
        { label: ctx.t('network-cancel'), value: CANCEL },
      ],
      (s, value, ctx) => {
        if (value === CANCEL) return { end: [{ text: ctx.t('network-cancelled') }] };
        const draft = {
          topic: s.topic ?? '',
          kind: s.kind ?? 'note',
          title: s.title ?? '',
          body: s.body ?? '',
          link: s.link ?? null,
          attachment: s.attachment ?? null,
          unitCode: s.unitCode ?? null,
        };
        return { next: 'publishing', effect: effect('network.material-publish', { draft }) };
      },
    ),
    publishing: waiting(() => 'confirm', onPublished),
  },
});
