import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { surveyCampaigns, surveyRecipients, surveyResponses, surveys, units } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { localTime } from '../kernel/zoned-time.js';
import { refuse, type Refusal } from '../kernel/result.js';
import { isChoice, type Questionnaire } from './definition.js';
import { onPath, walk, type Answers } from './walk.js';

/**
 * Submitting a response. A recipient answers once for themselves; a collaborator in the
 * campaign's area may record any number of interviews (when the campaign allows them). The
 * stored response has no person: only the unit, the respondent's group and the day.
 */
export type SubmitRefusal = 'not_found' | 'not_open' | 'closed' | 'not_recipient' | 'already_answered' | 'no_interviews' | 'incomplete';

export interface SubmitInput {
  campaignId: string;
  mode: 'self' | 'interview';
  /** Interviews: the respondent's group (stratum code). */
  group?: string | null;
  answers: Answers;
}

export async function submitResponse(
  tx: Executor,
  person: { id: string; unitId: string },
  input: SubmitInput,
  now: Date,
  timeZone: string,
): Promise<{ ok: true; responseId: string } | Refusal<SubmitRefusal>> {
  // FOR SHARE: a close running at the same moment waits for this answer, or this for it.
  const [c] = await tx
    .select({ campaign: surveyCampaigns, definition: surveys.definition })
    .from(surveyCampaigns)
    .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
    .where(eq(surveyCampaigns.id, input.campaignId))
    .for('share', { of: surveyCampaigns });
  // A quick poll is answered with its buttons (core/polls/poll.ts), where the answer stays changeable.
  if (!c || c.campaign.kind === 'poll') return refuse('not_found');
  if (c.campaign.status === 'scheduled') return refuse('not_open');
  if (c.campaign.status !== 'open' || now >= c.campaign.closesAt) return refuse('closed');
  const answers = checked(c.definition, input.answers);
  if (!answers) return refuse('incomplete');
  let unitId: string;
  let stratum: string | null;
  if (input.mode === 'self') {
    const [rec] = await tx
      .select()
      .from(surveyRecipients)
      .where(and(eq(surveyRecipients.campaignId, input.campaignId), eq(surveyRecipients.personId, person.id)))
      .for('update');
    if (!rec) return refuse('not_recipient');
    if (rec.respondedAt) return refuse('already_answered');
    await tx
      .update(surveyRecipients)
      .set({ respondedAt: now })
      .where(and(eq(surveyRecipients.campaignId, input.campaignId), eq(surveyRecipients.personId, person.id), isNull(surveyRecipients.respondedAt)));
    unitId = rec.unitId;
    stratum = rec.stratum;
  } else {
    if (!c.campaign.interviews) return refuse('no_interviews');
    if (!(await inArea(tx, c.campaign.unitId, person.unitId))) return refuse('not_recipient');
    unitId = person.unitId;
    stratum = input.group ?? null;
  }
  const day = localTime(now, timeZone);
  const [row] = await tx
    .insert(surveyResponses)
    .values({
      campaignId: input.campaignId,
      unitId,
      stratum,
      mode: input.mode,
      answers,
      submittedOn: `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`,
    })
    .returning({ id: surveyResponses.id });
  await appendAudit(tx, {
    actorId: person.id,
    action: `survey.${input.mode === 'self' ? 'respond' : 'interview'}`,
    targetType: 'survey_campaign',
    targetId: input.campaignId,
    outcome: 'ok',
  });
  return { ok: true, responseId: row!.id };
}

/** The answers on the way through the questionnaire, every required one given and of the right kind; null if not. */
function checked(q: Questionnaire, answers: Answers): Answers | null {
  if (walk(q, answers).next !== null) return null;
  const kept = onPath(q, answers);
  for (const [id, a] of Object.entries(kept)) {
    const question = q.questions.find((x) => x.id === id)!;
    if (a === null) {
      if (question.required) return null;
      continue;
    }
    const n = question.options?.length ?? 0;
    if (isChoice(question) && !(Array.isArray(a) && a.length > 0 && a.every((i) => Number.isInteger(i) && i >= 0 && i < n))) return null;
    if (isChoice(question) && question.type !== 'multiple' && (a as number[]).length !== 1) return null;
    if (question.type === 'number' && typeof a !== 'number') return null;
    if ((question.type === 'text' || question.type === 'longtext') && typeof a !== 'string') return null;
  }
  return kept;
}

/** Is `unitId` inside the subtree of `rootId`? */
export async function inArea(tx: Executor, rootId: string, unitId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.id, unitId), sql`${units.path} like (select path from units where id = ${rootId}) || '%'`));
  return rows.length > 0;
}
