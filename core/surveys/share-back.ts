import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { surveyCampaigns } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { pollVoice } from '../polls/voice.js';
import { shareResults, type SurveyEnv } from './delivery.js';

export type ShareBackRefusal = 'not_found' | 'not_author' | 'already_shared' | 'not_closed';

/**
 * The rule of «share the summary back to the respondents», for the chat's button and the
 * console's: only the campaign's author, only once the campaign is closed, only once (the row is
 * locked, so a double tap or two windows share once). Audited either way.
 */
export async function shareBack(
  tx: Executor,
  env: Pick<SurveyEnv, 't' | 'config'>,
  actorId: string,
  campaignId: string,
  now: Date,
): Promise<{ ok: true; sent: number } | { ok: false; code: ShareBackRefusal }> {
  const [c] = await tx
    .select({ authorId: surveyCampaigns.authorId, sharedAt: surveyCampaigns.sharedAt })
    .from(surveyCampaigns)
    .where(eq(surveyCampaigns.id, campaignId))
    .for('update');
  if (!c) return { ok: false, code: 'not_found' };
  const audit = (outcome: 'ok' | 'refused', details: Record<string, unknown>) =>
    appendAudit(tx, { actorId, action: 'survey.share', targetType: 'survey_campaign', targetId: campaignId, outcome, details });
  if (c.authorId !== actorId) {
    await audit('refused', { reason: 'out_of_scope' });
    return { ok: false, code: 'not_author' };
  }
  if (c.sharedAt) return { ok: false, code: 'already_shared' };
  const sent = await shareResults(tx, { ...env, voices: { poll: pollVoice } }, campaignId, now);
  if (sent === 'not_closed') return { ok: false, code: 'not_closed' };
  await audit('ok', { sent });
  return { ok: true, sent };
}
