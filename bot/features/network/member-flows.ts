import { chooseFrom } from '../../engine/common/choose.js';
import { readText, SKIP, skipChoice } from '../../engine/common/input.js';
import { effect, type EffectDone } from '../../engine/effects.js';
import { defineFlow, waiting, type MachineState, type Outcome } from '../../engine/machine.js';
import type { FlowContext } from '../../engine/types.js';
import { readName, stratumChoices } from './invite-flow.js';
import { inviteCodeReplies, memberCard, refusalText } from './views.js';
import { isUnitTyped } from '../../../core/people/units.js';
import { isUuid } from '../../../core/kernel/uuid.js';

/**
 * Flows started from a person's card (/mangluoi → a name): /suactv <id> edits stratum, sector or
 * unit (a transfer); /thaythe <id> replaces the person with a newcomer who gets an invite for the
 * same place. Both first look the person up (`network.lookup`: scope-checked and audited), so a
 * stale or foreign id ends with a refusal before any question.
 */
interface MemberState extends MachineState {
  v: 1;
  personId: string;
  name?: string;
  field?: 'stratum' | 'sector' | 'unit';
  newName?: string;
}
type S = MemberState;

const CONFIRM = 'confirm';
const CANCEL = 'cancel';

function begin(ctx: FlowContext, arg: string, action: 'network.edit' | 'network.replace') {
  const personId = arg.trim();
  if (!isUuid(personId)) return { state: { v: 1 as const, step: 'done', personId: '' }, end: [{ text: ctx.t('network-pick-from-list') }] };
  return { state: { v: 1 as const, step: 'loading', personId }, next: 'loading', effect: effect('network.lookup', { personId, action }) };
}

function loaded(first: string) {
  return (s: S, done: EffectDone, ctx: FlowContext): Outcome<S> => {
    if (done.effect !== 'network.lookup') return { stay: true };
    const r = done.result;
    if (!r.ok) return { end: [{ text: refusalText(ctx, r.code) }] };
    if (r.member.status !== 'active' && r.member.status !== 'suspended') return { end: [{ text: refusalText(ctx, 'not_current') }] };
    return { state: { ...s, name: r.member.displayName }, next: first };
  };
}

const confirmChoices = (ctx: FlowContext, key: string) => [
  { label: ctx.t(key), value: CONFIRM },
  { label: ctx.t('network-cancel'), value: CANCEL },
];

export const networkEditFlow = defineFlow<S>({
  name: 'network-edit',
  resumable: false,
  roles: ['official', 'admin'],
  start: (ctx, arg) => begin(ctx, arg, 'network.edit'),
  questions: {
    loading: waiting(() => 'field', loaded('field')),
    field: chooseFrom(
      (s, ctx) => ctx.t('network-edit-ask-field', { name: s.name ?? '' }),
      (_s, ctx) => [
        { label: ctx.t('network-field-stratum'), value: 'stratum' },
        { label: ctx.t('network-field-sector'), value: 'sector' },
        { label: ctx.t('network-field-unit'), value: 'unit' },
      ],
      (s, value) => ({ state: { ...s, field: value as S['field'] }, next: value }),
    ),
    stratum: chooseFrom(
      (_s, ctx) => ctx.t('network-ask-stratum'),
      (_s, ctx) => stratumChoices(ctx),
      (s, value) => ({ next: 'saving', effect: effect('network.edit', { personId: s.personId, change: { stratum: value === SKIP ? null : value } }) }),
    ),
    sector: {
      ask: (_s, ctx) => [{ text: ctx.t('network-ask-sector'), choices: [skipChoice(ctx)] }],
      answer(s, input, ctx) {
        if (input.type === 'choice' && input.value === SKIP)
          return { next: 'saving', effect: effect('network.edit', { personId: s.personId, change: { sector: null } }) };
        const r = readText(input, ctx, 80);
        return r.ok ? { next: 'saving', effect: effect('network.edit', { personId: s.personId, change: { sector: r.value } }) } : { retry: r.reply };
      },
    },
    unit: {
      ask: (_s, ctx) => [{ text: ctx.t('network-ask-transfer') }],
      answer(s, input, ctx) {
        const code = input.type === 'text' ? input.text.trim() : '';
        if (!isUnitTyped(code)) return { retry: { text: ctx.t('network-err-unit-code') } };
        return { next: 'saving', effect: effect('network.edit', { personId: s.personId, change: { unitCode: code } }) };
      },
    },
    saving: waiting(
      (s) => s.field ?? 'field',
      (s, done, ctx) => {
        if (done.effect !== 'network.edit') return { stay: true };
        const r = done.result;
        if (r.ok) return { end: [{ text: ctx.t('network-edit-done') }, memberCard(ctx, r.member)] };
        const back = r.code === 'unknown_unit' || (r.code === 'out_of_scope' && s.field === 'unit') ? 'unit' : null;
        return back ? { next: back, say: [{ text: refusalText(ctx, r.code) }] } : { end: [{ text: refusalText(ctx, r.code) }] };
      },
    ),
  },
});

export const networkReplaceFlow = defineFlow<S>({
  name: 'network-replace',
  resumable: false,
  roles: ['official', 'admin'],
  start: (ctx, arg) => begin(ctx, arg, 'network.replace'),
  questions: {
    loading: waiting(() => 'name', loaded('name')),
    name: {
      ask: (s, ctx) => [{ text: ctx.t('network-replace-ask-name', { name: s.name ?? '' }) }],
      answer(s, input, ctx) {
        const r = readName(input, ctx);
        return r.ok ? { state: { ...s, newName: r.value }, next: 'confirm' } : { retry: r.reply };
      },
    },
    confirm: chooseFrom(
      (s, ctx) => ctx.t('network-replace-confirm', { old: s.name ?? '', name: s.newName ?? '' }),
      (_s, ctx) => confirmChoices(ctx, 'network-btn-replace'),
      (s, value, ctx) =>
        value === CANCEL
          ? { end: [{ text: ctx.t('network-cancelled') }] }
          : { next: 'saving', effect: effect('network.replace', { personId: s.personId, name: s.newName ?? '' }) },
    ),
    saving: waiting(
      () => 'confirm',
      (_s, done, ctx) => {
        if (done.effect !== 'network.replace') return { stay: true };
        const r = done.result;
        if (!r.ok) return r.code === 'bad_name' ? { next: 'name', say: [{ text: refusalText(ctx, r.code) }] } : { end: [{ text: refusalText(ctx, r.code) }] };
        return { end: inviteCodeReplies(ctx, r, 'network-replace-done') };
      },
    ),
  },
});
