import type { Role } from '../../../core/people/people.js';
import { clockTime, readChoice, typedYesNo } from '../../engine/common/input.js';
import { effect, type EffectDone } from '../../engine/effects.js';
import { defineFlow, waiting, type MachineState, type Outcome } from '../../engine/machine.js';
import type { FlowContext, UserInput } from '../../engine/types.js';
import { mainMenu } from '../home/menu.js';
import { classifyNewcomerText } from './newcomer-text.js';
import { charterReplies } from '../charter/feature.js';
import { languageChoices, LANGUAGE_VALUE } from '../locale/feature.js';

/** Wrong codes allowed per conversation before a pause; codes are hard to guess anyway (19^8). */
export const MAX_CODE_ATTEMPTS = 5;
const LOCK_MINUTES = 60;
const AGREE = 'agree';
const DECLINE = 'decline';

export interface RegistrationState extends MachineState {
  v: 1;
  /** code → checking → consent (⇄ language) → (reading → charter) → registering; or locked after too many wrong codes. */
  step: string;
  attempts: number;
  /** From the check; the clear code is never kept in the conversation. */
  inviteId?: string;
  displayName?: string;
  unitName?: string;
  role?: Role;
  /** The Quy chế version to accept after the consent (collaborators, when one is in force). */
  charterId?: string | null;
  charterVersion?: string;
  lockedUntil?: string;
  /** The consent was shown and something else typed: it is asked again without its whole text. */
  brief?: boolean;
}

type S = RegistrationState;

/** «ok», «có ạ» typed at the consent or the Quy chế are the agreement; «không», «ko» the refusal. */
function typedYesNoInput(input: UserInput): typeof AGREE | typeof DECLINE | null {
  const said = input.type === 'text' ? typedYesNo(input.text) : null;
  return said === 'yes' ? AGREE : said === 'no' ? DECLINE : null;
}

const fresh = (attempts = 0): S => ({ v: 1, step: 'code', attempts });
const lockedNow = (s: S, ctx: FlowContext) => ctx.now.getTime() < new Date(s.lockedUntil ?? 0).getTime();

/** A wrong code costs an attempt; the fifth locks the conversation for a while. */
function wrongCode(s: S, reason: string, ctx: FlowContext): Outcome<S> {
  const attempts = s.attempts + 1;
  const why = { text: ctx.t(`registration-code-${reason}`) };
  if (attempts >= MAX_CODE_ATTEMPTS) {
    const lockedUntil = new Date(ctx.now.getTime() + LOCK_MINUTES * 60_000).toISOString();
    return { state: { v: 1, step: 'locked', attempts, lockedUntil }, next: 'locked', say: [why] };
  }
  return { state: fresh(attempts), next: 'code', say: [why, { text: ctx.t('registration-attempts-left', { n: MAX_CODE_ATTEMPTS - attempts }) }] };
}

/** Only something shaped like a code costs an attempt; greetings and questions get an explanation. */
function tryCode(s: S, text: string, ctx: FlowContext): Outcome<S> {
  const read = classifyNewcomerText(text);
  switch (read.kind) {
    case 'code':
      return { state: s, next: 'checking', effect: effect('registration.check-invite', { code: read.code }) };
    case 'attempt':
      return wrongCode(s, 'format', ctx);
    case 'about-code':
      return { retry: { text: ctx.t('registration-about-code') } };
    case 'question':
      return { retry: { text: ctx.t('registration-members-only') } };
    case 'chat':
      return { stay: true };
  }
}

function onCheck(s: S, done: EffectDone, ctx: FlowContext): Outcome<S> {
  if (done.effect !== 'registration.check-invite') return { next: 'code' };
  const r = done.result;
  if (!r.ok && r.code === 'rate_limited') {
    // Not the user's mistake (or not only theirs): costs no attempt, the code was never looked up.
    const minutes = Math.max(1, Math.ceil(r.retryAfterMs / 60_000));
    return { state: fresh(s.attempts), next: 'code', say: [{ text: ctx.t('security-invite-throttled', { minutes }) }] };
  }
  if (!r.ok) return wrongCode(s, r.code === 'expired' || r.code === 'used' ? r.code : 'unknown', ctx);
  return {
    state: { ...s, inviteId: r.inviteId, displayName: r.displayName, unitName: r.unitName, role: r.role, charterId: r.charterId ?? null },
    next: 'consent',
  };
}

/** The Quy chế's text is said once, then asked; withdrawn in between (none in force): register without it. */
function onCharter(s: S, done: EffectDone, ctx: FlowContext): Outcome<S> {
  const c = done.effect === 'registration.charter' ? done.result.charter : null;
  if (!c) return register({ ...s, charterId: null });
  const [head, ...rest] = charterReplies(ctx, c, 'charter-reg-head', false);
  return { state: { ...s, charterId: c.id, charterVersion: c.version }, next: 'charter', say: [head!, ...rest.slice(0, -1)] };
}

const register = (s: S): Outcome<S> => ({
  state: s,
  next: 'registering',
  effect: effect('registration.register', { inviteId: s.inviteId ?? '', ...(s.charterId ? { charterId: s.charterId } : {}) }),
});

function onRegistered(s: S, done: EffectDone, ctx: FlowContext): Outcome<S> {
  if (done.effect === 'registration.register' && done.result.ok) {
    return { end: [mainMenu(ctx.t, s.role, `registration-welcome-${s.role ?? 'collaborator'}`, { name: s.displayName ?? '', unit: s.unitName ?? '' })] };
  }
  // Used or expired between the check and the consent (another device, the clock): start over.
  const expired = done.effect === 'registration.register' && !done.result.ok && done.result.code === 'expired';
  return { state: fresh(s.attempts), next: 'code', say: [{ text: ctx.t(`registration-code-${expired ? 'expired' : 'used'}`) }] };
}

/**
 * Đăng ký: invite code → consent to data processing (PDP Law 91/2025) → the person is created
 * from the invite, all in the update's transaction. Refusing consent stores nothing.
 */
export const registrationFlow = defineFlow<S>({
  name: 'registration',
  resumable: false,
  public: true,
  start(ctx, arg) {
    // Free text from an unregistered user also lands here: only something code-shaped is tried.
    const read = arg ? classifyNewcomerText(arg) : { kind: 'chat' as const };
    if (read.kind === 'code') return { state: fresh(), next: 'checking', effect: effect('registration.check-invite', { code: read.code }) };
    if (read.kind === 'attempt') {
      const say = [{ text: ctx.t('registration-code-format') }, { text: ctx.t('registration-attempts-left', { n: MAX_CODE_ATTEMPTS - 1 }) }];
      return { state: fresh(1), say };
    }
    if (read.kind === 'question') return { state: fresh(), say: [{ text: ctx.t('registration-members-only') }] };
    const about = read.kind === 'about-code' ? [{ text: ctx.t('registration-about-code') }] : [];
    return { state: fresh(), say: [{ text: ctx.t('registration-intro') }, ...about] };
  },
  questions: {
    code: {
      ask: (_s, ctx) => [{ text: ctx.t('registration-ask-code') }],
      answer: (s, input, ctx) => (input.type === 'text' ? tryCode(s, input.text, ctx) : { retry: { text: ctx.t('registration-code-expected') } }),
    },
    checking: waiting((s) => (s.inviteId ? 'consent' : 'code'), onCheck),
    consent: {
      ask: (s, ctx) => [
        ...(s.brief ? [] : [{ text: ctx.t('registration-consent', { name: s.displayName ?? '', unit: s.unitName ?? '' }) }]),
        {
          text: ctx.t(s.brief ? 'registration-consent-press' : 'registration-consent-ask'),
          // Beside the answer, the other languages (when more than one exists): a tap re-asks in that language.
          choices: [{ label: ctx.t('registration-agree'), value: AGREE }, { label: ctx.t('registration-decline'), value: DECLINE }, ...languageChoices(ctx)],
        },
      ],
      answer(s, input, ctx) {
        const typed = typedYesNoInput(input);
        const read = typed ? { ok: true as const, value: typed } : readChoice(input, ctx, [AGREE, DECLINE, ...languageChoices(ctx).map((c) => c.value)]);
        // Something else typed: the buttons are named again, not the whole text (it is just above).
        if (!read.ok) return { state: { ...s, brief: true }, stay: true };
        if (read.value.startsWith(LANGUAGE_VALUE))
          return { state: { ...s, brief: false }, next: 'language', effect: effect('locale.set', { locale: read.value.slice(LANGUAGE_VALUE.length) }) };
        if (read.value === DECLINE) return { end: [{ text: ctx.t('registration-declined') }] };
        if (s.charterId) return { next: 'reading', effect: effect('registration.charter', {}) };
        return register(s);
      },
      // /tieptuc shows the whole text again.
      resume: (s) => ({ state: { ...s, brief: false }, stay: true }),
    },
    language: waiting(
      () => 'consent',
      () => ({ next: 'consent' }),
    ),
    reading: waiting(() => 'consent', onCharter),
    charter: {
      ask: (s, ctx) => [
        {
          text: ctx.t('charter-ask', { version: s.charterVersion ?? '' }),
          choices: [
            { label: ctx.t('charter-accept'), value: AGREE },
            { label: ctx.t('charter-decline'), value: DECLINE },
          ],
        },
      ],
      answer(s, input, ctx) {
        const typed = typedYesNoInput(input);
        const read = typed ? { ok: true as const, value: typed } : readChoice(input, ctx, [AGREE, DECLINE]);
        if (!read.ok) return { retry: read.reply };
        if (read.value === DECLINE) return { end: [{ text: ctx.t('charter-reg-declined') }] };
        return register(s);
      },
    },
    registering: waiting(() => 'consent', onRegistered),
    locked: {
      ask: (s, ctx) => [{ text: ctx.t('registration-locked', { until: clockTime(new Date(s.lockedUntil ?? 0)) }) }],
      answer(s, input, ctx) {
        if (lockedNow(s, ctx)) return { stay: true };
        return input.type === 'text' ? tryCode(fresh(), input.text, ctx) : { state: fresh(), next: 'code' };
      },
      resume: (s, ctx) => (lockedNow(s, ctx) ? { stay: true } : { state: fresh(), next: 'code' }),
    },
  },
});
