import { appendAudit } from '../../../core/compliance/audit.js';
import { checkInvite, CONSENT_VERSION, normalizeInviteCode, redeemInvite, type InviteRefusal } from '../../../core/people/invites.js';
import type { Role } from '../../../core/people/people.js';
import { refuse, type Ok, type Refusal } from '../../../core/kernel/result.js';
import type { EffectHandlers } from '../../engine/registry.js';
import { acceptCharter, currentCharter, type CharterView } from '../../../core/charter/charter.js';

declare module '../../engine/effects.js' {
  interface EffectMap {
    /** Looks the code up (rate-limited per account and per code prefix); the code itself is never stored. */
    'registration.check-invite': [
      { code: string },
      (
        | Ok<{ inviteId: string; displayName: string; unitName: string; role: Role; charterId?: string | null }>
        | Refusal<'rate_limited', { retryAfterMs: number }>
        | Refusal<InviteRefusal>
      ),
    ];
    /** The Quy chế in force, to read before accepting it (a newer one than at the check is the one shown). */
    'registration.charter': [Record<string, never>, { charter: CharterView | null }];
    /** Creates the person from the invite, with their consent (and acceptance of the Quy chế), and links this chat account. */
    'registration.register': [{ inviteId: string; charterId?: string | null }, Ok<{ personId: string }> | Refusal<'already_registered' | InviteRefusal>];
  }
}

export const registrationEffects: EffectHandlers = {
  async 'registration.check-invite'({ code }, h) {
    // Brute-force limit per chat account and per code prefix (the flow's own count resets on /huy).
    const gate = await h.limits?.inviteCheck(h.account.key, normalizeInviteCode(code));
    if (gate && !gate.ok) return refuse('rate_limited', { retryAfterMs: gate.retryAfterMs });
    const r = await checkInvite(h.tx, code, h.flow.now);
    if (!r.ok) return r;
    const i = r.invite;
    // Collaborators read and accept the Quy chế in force right after the consent (issue 17 item 5).
    const charterId = i.role === 'collaborator' ? ((await currentCharter(h.tx))?.id ?? null) : null;
    return { ok: true, inviteId: i.id, displayName: i.displayName, unitName: i.unitName, role: i.role, charterId };
  },

  async 'registration.charter'(_input, h) {
    return { charter: await currentCharter(h.tx) };
  },

  async 'registration.register'({ inviteId, charterId }, h) {
    if (h.person) return refuse('already_registered');
    const r = await redeemInvite(h.tx, {
      inviteId,
      channel: h.account.channel,
      externalId: h.account.accountId,
      locale: h.flow.locale,
      consentVersion: CONSENT_VERSION,
      now: h.flow.now,
    });
    if (!r.ok) return r;
    // Consent to processing is evidence we may have to show (PDP Law 91/2025): keep it in the chain.
    await appendAudit(h.tx, {
      actorId: r.personId,
      action: 'person.registered',
      targetType: 'person',
      targetId: r.personId,
      outcome: 'ok',
      details: { inviteId, channel: h.account.channel, consentVersion: CONSENT_VERSION },
    });
    // A version published between reading and accepting is asked on the next message (PersonView.charterDue).
    if (charterId) await acceptCharter(h.tx, r.personId, charterId, h.flow.now);
    return { ok: true, personId: r.personId };
  },
};
