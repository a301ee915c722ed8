import type { Role } from '../../../core/people/people.js';
import { STRATA } from '../../../core/reports/draft.js';
import { chooseFrom } from '../../engine/common/choose.js';
import { readText, SKIP, skipChoice } from '../../engine/common/input.js';
import { optionKey, optionLabel } from '../../engine/common/options.js';
import { effect, type EffectDone } from '../../engine/effects.js';
import { defineFlow, waiting, type MachineState, type Outcome } from '../../engine/machine.js';
import type { FlowContext, Reply, UserInput } from '../../engine/types.js';
import { REPORT_OPTIONS } from '../reports/options.js';
import { inviteCodeReplies, refusalText } from './views.js';
import { cleanName, ROLE_LABEL_KEYS } from '../../../core/people/roster.js';
import { isUnitTyped } from '../../../core/people/units.js';

/**
 * /moi — an official invites one person to a unit of their subtree: name, unit (own or a code),
 * role, stratum, sector, then a summary; `network.invite` (./effects.ts) checks scope, writes the
 * invite and the audit entry, and the code with its deep link is shown to hand over.
 */
interface InviteState extends MachineState {
  v: 1;
  name?: string;
  /** null: the official's own unit. */
  unitCode?: string | null;
  role?: Role;
  stratum?: string | null;
  sector?: string | null;
}
type S = InviteState;

const OWN = '_own';
const CREATE = 'create';
const CANCEL = 'cancel';

const roleChoices = (ctx: FlowContext): { label: string; value: Role }[] => [
  { label: ctx.t(ROLE_LABEL_KEYS.collaborator), value: 'collaborator' },
  { label: ctx.t(ROLE_LABEL_KEYS.official), value: 'official' },
  { label: ctx.t(ROLE_LABEL_KEYS.liaison), value: 'liaison' },
  ...(ctx.person?.role === 'admin' ? [{ label: ctx.t(ROLE_LABEL_KEYS.admin), value: 'admin' as Role }] : []),
];

export const stratumChoices = (ctx: FlowContext) => [
  ...STRATA.filter((c) => c !== 'khac').map((c) => ({ label: ctx.t(optionKey(REPORT_OPTIONS.stratum, c)), value: c })),
  skipChoice(ctx),
];

function onResult(s: S, done: EffectDone, ctx: FlowContext): Outcome<S> {
  if (done.effect !== 'network.invite') return { stay: true };
  const r = done.result;
  if (r.ok) return { end: inviteCodeReplies(ctx, r, 'network-invite-done') };
  const back = r.code === 'unknown_unit' || r.code === 'out_of_scope' ? 'unit' : r.code === 'bad_role' ? 'role' : r.code === 'bad_name' ? 'name' : 'confirm';
  return { next: back, say: [{ text: refusalText(ctx, r.code) }] };
}

function summary(s: S, ctx: FlowContext): string {
  const role = roleChoices(ctx).find((c) => c.value === s.role)?.label ?? s.role ?? '';
  return ctx.t('network-invite-summary', {
    name: s.name ?? '',
    unit: s.unitCode ?? ctx.person?.unitName ?? '',
    role,
    stratum: optionLabel(ctx, REPORT_OPTIONS.stratum, s.stratum),
    sector: s.sector ?? '—',
  });
}

const confirmChoices = (ctx: FlowContext) => [
  { label: ctx.t('network-invite-create'), value: CREATE },
  { label: ctx.t('network-cancel'), value: CANCEL },
];

/** A person's full name as typed (invite, successor): it has letters, «👍» or «12» is not one. */
export function readName(input: UserInput, ctx: FlowContext): { ok: true; value: string } | { ok: false; reply: Reply } {
  const r = readText(input, ctx, 120);
  if (!r.ok) return r;
  const name = cleanName(r.value);
  return name ? { ok: true, value: name } : { ok: false, reply: { text: ctx.t('network-err-name') } };
}

export const networkInviteFlow = defineFlow<S>({
  name: 'network-invite',
  resumable: true,
  roles: ['official', 'admin'],
  sequence: ['name', 'unit', 'role', 'stratum', 'sector', 'confirm'],
  start: (ctx) => ({ state: { v: 1, step: 'name' }, say: [{ text: ctx.t('network-invite-intro') }] }),
  questions: {
    name: {
      ask: (_s, ctx) => [{ text: ctx.t('network-ask-name') }],
      answer(s, input, ctx) {
        const r = readName(input, ctx);
        return r.ok ? { state: { ...s, name: r.value } } : { retry: r.reply };
      },
    },
    unit: {
      ask: (_s, ctx) => [
        { text: ctx.t('network-ask-unit'), choices: [{ label: ctx.t('network-unit-own', { unit: ctx.person?.unitName ?? '' }), value: OWN }] },
      ],
      answer(s, input, ctx) {
        if (input.type === 'choice' && input.value === OWN) return { state: { ...s, unitCode: null } };
        const code = input.type === 'text' ? input.text.trim() : '';
        return isUnitTyped(code) ? { state: { ...s, unitCode: code } } : { retry: { text: ctx.t('network-err-unit-code') } };
      },
    },
    role: chooseFrom(
      (_s, ctx) => ctx.t('network-ask-role'),
      (_s, ctx) => roleChoices(ctx),
      (s, value) => ({ state: { ...s, role: value as Role } }),
    ),
    stratum: chooseFrom(
      (_s, ctx) => ctx.t('network-ask-stratum'),
      (_s, ctx) => stratumChoices(ctx),
      (s, value) => ({ state: { ...s, stratum: value === SKIP ? null : value } }),
    ),
    sector: {
      ask: (_s, ctx) => [{ text: ctx.t('network-ask-sector'), choices: [skipChoice(ctx)] }],
      answer(s, input, ctx) {
        if (input.type === 'choice' && input.value === SKIP) return { state: { ...s, sector: null } };
        const r = readText(input, ctx, 80);
        return r.ok ? { state: { ...s, sector: r.value } } : { retry: r.reply };
      },
    },
    confirm: chooseFrom(
      (s, ctx) => summary(s, ctx),
      (_s, ctx) => confirmChoices(ctx),
      (s, value, ctx) => {
        if (value === CANCEL) return { end: [{ text: ctx.t('network-cancelled') }] };
        const draft = {
          name: s.name ?? '',
          unitCode: s.unitCode ?? null,
          role: s.role ?? 'collaborator',
          stratum: s.stratum ?? null,
          sector: s.sector ?? null,
        };
        return { next: 'saving', effect: effect('network.invite', { draft }) };
      },
    ),
    saving: waiting(() => 'confirm', onResult),
  },
});
