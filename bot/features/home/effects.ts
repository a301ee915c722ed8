import { appendAudit } from '../../../core/compliance/audit.js';
import { createHotSpot, InvalidHotSpotError } from '../../../core/hot-spots/create.js';
import { checkInvite, CONSENT_VERSION, redeemInvite } from '../../../core/people/invites.js';
import { InvalidReportError, submitReport } from '../../../core/reports/submit.js';
import type { EffectHandler, EffectResult, HandlerContext } from '../../engine/registry.js';
import type { Translate } from '../../../core/kernel/i18n.js';
import { editReport, reportingPeriodFor } from '../../../core/reports/review.js';
import type { SettingsDefaults } from '../../../core/people/unit-tree.js';

/**
 * Effect handlers of the collaborator flows. They run inside the update's transaction; an
 * expected refusal is returned as `{ ok: false, error }` before anything is written, while a
 * database failure throws so the whole update rolls back (and the platform redelivers).
 */
export interface CollaboratorEnv {
  timeZone: string;
  defaults: SettingsDefaults;
  t: Translate;
}

export function createCollaboratorEffects(env: CollaboratorEnv): Record<string, EffectHandler> {
  return {
    ...baseEffects,
    async submitReport(effect, h) {
      if (!h.person) return { ok: false, error: 'not_registered' };
      try {
        const draft = effect.draft as { kind?: string; period?: string } | undefined;
        if (draft?.kind !== 'periodic') return await fileNew(effect.draft, h);
        // The unit's own cycle decides the period (an overdue, unlocked one first); a report
        // already filed for it is edited as a new version until the period locks.
        const info = await reportingPeriodFor(h.tx, env, h.person, h.flow.now);
        const periodic = { ...draft, period: info.period };
        if (!info.existing) return await fileNew(periodic, h);
        const r = await editReport(h.tx, env, { reportId: info.existing.reportId, personId: h.person.id, draft: periodic, now: h.flow.now });
        if (!r.ok) return { ok: false, error: r.reason === 'locked' ? 'locked' : 'invalid' };
        return { ok: true, data: { receiptNo: r.receiptNo, reportId: r.reportId, version: r.version } };
      } catch (err) {
        if (err instanceof InvalidReportError) return { ok: false, error: 'invalid' };
        throw err;
      }
    },
  };
}

async function fileNew(draft: unknown, h: HandlerContext): Promise<EffectResult> {
  const r = await submitReport(h.tx, draft, { personId: h.person!.id, unitId: h.person!.unitId, channel: h.account.channel }, h.flow.now);
  return { ok: true, data: { receiptNo: r.receiptNo, reportId: r.reportId, version: 1 } };
}

const baseEffects: Record<string, EffectHandler> = {
  async checkInvite(effect, h) {
    // Brute-force limit per chat account and system-wide (the flow's own count resets on /huy).
    const gate = await h.limits?.inviteCheck(h.account.key);
    if (gate && !gate.ok) return { ok: false, error: 'rate_limited', data: { retryAfterMs: gate.retryAfterMs } };
    const r = await checkInvite(h.tx, String(effect.code ?? ''), h.flow.now);
    if (!r.ok) return { ok: false, error: r.reason };
    const i = r.invite;
    return { ok: true, data: { inviteId: i.id, displayName: i.displayName, unitName: i.unitName, role: i.role } };
  },

  async register(effect, h) {
    if (h.person) return { ok: false, error: 'already_registered' };
    const inviteId = String(effect.inviteId ?? '');
    const r = await redeemInvite(h.tx, {
      inviteId,
      channel: h.account.channel,
      externalId: h.account.accountId,
      locale: h.flow.locale,
      consentVersion: CONSENT_VERSION,
      now: h.flow.now,
    });
    if (!r.ok) return { ok: false, error: r.reason };
    // Consent to processing is evidence we may have to show (PDP Law 91/2025): keep it in the chain.
    await appendAudit(h.tx, {
      actorId: r.personId,
      action: 'person.registered',
      targetType: 'person',
      targetId: r.personId,
      outcome: 'ok',
      details: { inviteId, channel: h.account.channel, consentVersion: CONSENT_VERSION },
    });
    return { ok: true, data: { personId: r.personId } };
  },

  async createHotSpot(effect, h) {
    if (!h.person) return { ok: false, error: 'not_registered' };
    try {
      const r = await createHotSpot(h.tx, effect.draft, { personId: h.person.id, unitId: h.person.unitId, channel: h.account.channel }, h.flow.now);
      return { ok: true, data: { receiptNo: r.receiptNo, hotSpotId: r.hotSpotId } };
    } catch (err) {
      if (err instanceof InvalidHotSpotError) return { ok: false, error: 'invalid' };
      throw err;
    }
  },
};
