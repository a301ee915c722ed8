import { INVITE_ALPHABET, INVITE_CODE_LENGTH, normalizeInviteCode } from '../../../core/people/invites.js';
import { clockTime, readChoice } from '../../engine/common/input.js';
import { mainMenu } from '../../engine/common/menu.js';
import type { Flow, FlowContext, FlowInput, Reply, StepResult } from '../../engine/types.js';

/** Wrong codes allowed per conversation before a pause; codes are hard to guess anyway (19^8). */
export const MAX_CODE_ATTEMPTS = 5;
export const LOCK_MINUTES = 60;
const AGREE = 'agree';
const DECLINE = 'decline';

export interface RegistrationState {
  v: 1;
  at: 'code' | 'checking' | 'consent' | 'registering' | 'locked';
  attempts: number;
  /** From the check; the clear code is never kept in the conversation. */
  inviteId?: string;
  displayName?: string;
  unitName?: string;
  lockedUntil?: string;
}

type Result = StepResult<RegistrationState>;

const codeShaped = (code: string) => code.length === INVITE_CODE_LENGTH && [...code].every((c) => INVITE_ALPHABET.includes(c));

function ask(s: RegistrationState, ctx: FlowContext): Reply[] {
  if (s.at === 'consent') {
    return [
      { text: ctx.t('ctv-reg-consent', { name: s.displayName ?? '', unit: s.unitName ?? '' }) },
      {
        text: ctx.t('ctv-reg-consent-ask'),
        choices: [
          { label: ctx.t('ctv-reg-agree'), value: AGREE },
          { label: ctx.t('ctv-reg-decline'), value: DECLINE },
        ],
      },
    ];
  }
  if (s.at === 'locked') return [{ text: ctx.t('ctv-reg-locked', { until: clockTime(new Date(s.lockedUntil ?? 0)) }) }];
  return [{ text: ctx.t('ctv-reg-ask-code') }];
}

/** A wrong code costs an attempt; the fifth locks the conversation for a while. */
function wrongCode(s: RegistrationState, reason: string, ctx: FlowContext): Result {
  const attempts = s.attempts + 1;
  if (attempts >= MAX_CODE_ATTEMPTS) {
    const lockedUntil = new Date(ctx.now.getTime() + LOCK_MINUTES * 60_000).toISOString();
    const next: RegistrationState = { v: 1, at: 'locked', attempts, lockedUntil };
    return { state: next, replies: [{ text: ctx.t(`ctv-reg-code-${reason}`) }, ...ask(next, ctx)] };
  }
  const next: RegistrationState = { v: 1, at: 'code', attempts };
  return {
    state: next,
    replies: [{ text: ctx.t(`ctv-reg-code-${reason}`) }, { text: ctx.t('ctv-reg-attempts-left', { n: MAX_CODE_ATTEMPTS - attempts }) }, ...ask(next, ctx)],
  };
}

function tryCode(s: RegistrationState, text: string, ctx: FlowContext): Result {
  const code = normalizeInviteCode(text);
  if (!codeShaped(code)) return wrongCode(s, 'format', ctx);
  return { state: { ...s, at: 'checking' }, replies: [], effects: [{ type: 'checkInvite', code }] };
}

function onCheck(s: RegistrationState, input: Extract<FlowInput, { type: 'result' }>, ctx: FlowContext): Result {
  if (!input.ok && input.error === 'rate_limited') {
    // Not the user's mistake (or not only theirs): costs no attempt, the code was never looked up.
    const minutes = Math.max(1, Math.ceil(Number(input.data?.retryAfterMs ?? 60_000) / 60_000));
    const next: RegistrationState = { v: 1, at: 'code', attempts: s.attempts };
    return { state: next, replies: [{ text: ctx.t('security-invite-throttled', { minutes }) }] };
  }
  if (!input.ok) return wrongCode(s, ['expired', 'used'].includes(input.error ?? '') ? input.error! : 'unknown', ctx);
  const d = input.data ?? {};
  const next: RegistrationState = {
    ...s,
    at: 'consent',
    inviteId: String(d.inviteId),
    displayName: String(d.displayName ?? ''),
    unitName: String(d.unitName ?? ''),
  };
  return { state: next, replies: ask(next, ctx) };
}

function onRegistered(s: RegistrationState, input: Extract<FlowInput, { type: 'result' }>, ctx: FlowContext): Result {
  if (input.ok) {
    return { state: null, replies: [mainMenu(ctx.t, 'ctv-reg-welcome', { name: s.displayName ?? '', unit: s.unitName ?? '' })] };
  }
  // Used or expired between the check and the consent (another device, the clock): start over.
  const next: RegistrationState = { v: 1, at: 'code', attempts: s.attempts };
  return { state: next, replies: [{ text: ctx.t(`ctv-reg-code-${input.error === 'expired' ? 'expired' : 'used'}`) }, ...ask(next, ctx)] };
}

/**
 * Đăng ký: invite code → consent to data processing (PDP Law 91/2025) → the person is created
 * from the invite, all in the update's transaction. Refusing consent stores nothing.
 */
export const registrationFlow: Flow<RegistrationState> = {
  name: 'registration',
  resumable: false,
  public: true,
  start(ctx, arg) {
    const s: RegistrationState = { v: 1, at: 'code', attempts: 0 };
    // Free text from an unregistered user also lands here: only something code-shaped is tried.
    if (arg && codeShaped(normalizeInviteCode(arg))) return tryCode(s, arg, ctx);
    return { state: s, replies: [{ text: ctx.t('ctv-reg-intro') }, ...ask(s, ctx)] };
  },
  step(s, input, ctx) {
    if (s.at === 'locked') {
      if (ctx.now.getTime() < new Date(s.lockedUntil ?? 0).getTime()) return { state: s, replies: ask(s, ctx) };
      s = { v: 1, at: 'code', attempts: 0 };
      if (input.type !== 'text') return { state: s, replies: ask(s, ctx) };
    }
    if (input.type === 'result') {
      if (s.at === 'checking' && input.effect === 'checkInvite') return onCheck(s, input, ctx);
      if (s.at === 'registering' && input.effect === 'register') return onRegistered(s, input, ctx);
    }
    if (input.type === 'resume' || s.at === 'checking' || s.at === 'registering') {
      const back: RegistrationState = s.at === 'checking' || s.at === 'registering' ? { ...s, at: s.inviteId ? 'consent' : 'code' } : s;
      return { state: back, replies: ask(back, ctx) };
    }
    if (s.at === 'code')
      return input.type === 'text' ? tryCode(s, input.text, ctx) : { state: s, replies: [{ text: ctx.t('ctv-reg-code-expected') }, ...ask(s, ctx)] };
    const read = readChoice(input, ctx, [AGREE, DECLINE]);
    if (!read.ok) return { state: s, replies: [read.error, ...ask(s, ctx)] };
    if (read.value === DECLINE) return { state: null, replies: [{ text: ctx.t('ctv-reg-declined') }] };
    return { state: { ...s, at: 'registering' }, replies: [], effects: [{ type: 'register', inviteId: s.inviteId }] };
  },
};
