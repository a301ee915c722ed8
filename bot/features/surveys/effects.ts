import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { surveyCampaigns, surveyRecipients, surveys } from '../../../db/schema/index.js';
import type { Config } from '../../../core/platform/config.js';
import { refuse, type Ok, type Refusal } from '../../../core/kernel/result.js';
import { campaignWithSurvey, isOpen } from '../../../core/surveys/campaigns.js';
import type { Questionnaire } from '../../../core/surveys/definition.js';
import { inArea, submitResponse, type SubmitRefusal } from '../../../core/surveys/responses.js';
import type { Answers } from '../../../core/surveys/walk.js';
import type { EffectOutput } from '../../engine/effects.js';
import type { EffectHandlers, HandlerContext } from '../../engine/registry.js';
import { campaignEffects } from './campaign-effects.js';

type LoadRefusal = 'not_found' | 'not_open' | 'closed' | 'not_recipient' | 'already_answered' | 'no_interviews' | 'none_open';

declare module '../../engine/effects.js' {
  interface EffectMap {
    /** The campaign to answer (by number, or the person's only open one) with its questionnaire. */
    'surveys.load': [
      { number: number | null; mode: 'self' | 'interview' },
      (
        | Ok<{ campaignId: string; number: number; title: string; questionnaire: Questionnaire }>
        | Refusal<LoadRefusal>
        | Refusal<'choose', { list: { number: number; title: string }[] }>
      ),
    ];
    /** Stores the response (anonymous) and marks the recipient as having answered. */
    'surveys.submit': [
      { campaignId: string; mode: 'self' | 'interview'; group: string | null; answers: Answers },
      Ok<{ responseId: string }> | Refusal<SubmitRefusal>,
    ];
  }
}

/** Open campaigns the person may answer now: as a recipient who has not answered, or as an interviewer. */
async function openFor(h: HandlerContext, mode: 'self' | 'interview'): Promise<{ number: number; title: string }[]> {
  const now = h.flow.now;
  if (mode === 'self') {
    return h.tx
      .select({ number: surveyCampaigns.number, title: surveys.title })
      .from(surveyRecipients)
      .innerJoin(surveyCampaigns, eq(surveyCampaigns.id, surveyRecipients.campaignId))
      .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
      .where(
        and(
          eq(surveyRecipients.personId, h.person!.id),
          isNull(surveyRecipients.respondedAt),
          eq(surveyCampaigns.kind, 'survey'),
          eq(surveyCampaigns.status, 'open'),
          gt(surveyCampaigns.closesAt, now),
        ),
      )
      .orderBy(asc(surveyCampaigns.closesAt))
      .limit(10);
  }
  const open = await h.tx
    .select({ number: surveyCampaigns.number, title: surveys.title, unitId: surveyCampaigns.unitId })
    .from(surveyCampaigns)
    .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
    .where(and(eq(surveyCampaigns.status, 'open'), eq(surveyCampaigns.interviews, true), gt(surveyCampaigns.closesAt, now)))
    .orderBy(asc(surveyCampaigns.closesAt))
    .limit(50);
  const mine = [];
  for (const c of open) if (await inArea(h.tx, c.unitId, h.person!.unitId)) mine.push({ number: c.number, title: c.title });
  return mine.slice(0, 10);
}

export function surveyEffects(config: Pick<Config, 'TIMEZONE' | 'QUIET_HOURS'>): EffectHandlers {
  return {
    'surveys.load': ({ number, mode }, h) => load(number, mode, h),
    async 'surveys.submit'(input, h) {
      if (!h.person) return refuse('not_recipient');
      return submitResponse(h.tx, { id: h.person.id, unitId: h.person.unitId }, input, h.flow.now, config.TIMEZONE);
    },
    ...campaignEffects(config),
  };
}

async function load(number: number | null, mode: 'self' | 'interview', h: HandlerContext): Promise<EffectOutput<'surveys.load'>> {
  if (!h.person) return refuse('not_recipient');
  if (number === null) {
    const list = await openFor(h, mode);
    if (list.length === 0) return refuse('none_open');
    if (list.length > 1) return refuse('choose', { list });
    return load(list[0]!.number, mode, h);
  }
  const c = await campaignWithSurvey(h.tx, number);
  if (!c) return refuse('not_found');
  if (c.campaign.status === 'scheduled') return refuse('not_open');
  if (!isOpen(c.campaign, h.flow.now)) return refuse('closed');
  if (mode === 'interview') {
    if (!c.campaign.interviews) return refuse('no_interviews');
    if (!(await inArea(h.tx, c.campaign.unitId, h.person.unitId))) return refuse('not_recipient');
  } else {
    const [rec] = await h.tx
      .select({ respondedAt: surveyRecipients.respondedAt })
      .from(surveyRecipients)
      .where(and(eq(surveyRecipients.campaignId, c.campaign.id), eq(surveyRecipients.personId, h.person.id)));
    if (!rec) return refuse('not_recipient');
    if (rec.respondedAt) return refuse('already_answered');
  }
  return { ok: true, campaignId: c.campaign.id, number: c.campaign.number, title: c.survey.title, questionnaire: c.survey.definition };
}
