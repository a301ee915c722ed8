import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { rowsOf, type Executor } from '../../db/client.js';
import { surveyCampaigns, surveys, type SampleSpec } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { parseQuietHours, quietEnd } from '../broadcasts/quiet.js';
import { refuse, type Refusal } from '../kernel/result.js';
import { audienceRootInScope, type AudienceFilters } from '../people/audience.js';
import { collaboratorsUnlessRoles, othersInAudience } from '../people/audience-choice.js';
import type { Config } from '../platform/config.js';
import { enqueue } from '../platform/outbox.js';
import { REPORTING_QUEUE } from '../reports/jobs.js';
import { drawSample, type Member } from './sample.js';
import { SURVEY_CLOSE_JOB, SURVEY_OPEN_JOB, SURVEY_REMIND_JOB, surveyJobId } from './jobs.js';
import { audienceFiltersSchema } from '../people/audience-filters.js';

/**
 * Campaigns (đợt khảo sát): a questionnaire sent to an audience chosen like a poll's (a unit
 * subtree in the author's scope, optional stratum/sector/role filters), optionally a sample drawn
 * from it (core/surveys/sample.ts) with a recorded seed, between an opening and a closing time,
 * with one reminder to those who have not answered. Writes happen in the caller's transaction;
 * the open, remind and close jobs do the rest (core/surveys/delivery.ts).
 */
const CAMPAIGN_LIMITS = { minMinutes: 10, maxDays: 90 } as const;

export type CampaignRow = typeof surveyCampaigns.$inferSelect;

const sampleSchema = z.union([
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('per_unit'), n: z.number().int().min(1).max(10_000) }),
  z.object({ kind: z.literal('quota'), quotas: z.record(z.string().min(1).max(40), z.number().int().min(1).max(100_000)) }),
]);

const campaignDraftSchema = z.object({
  surveyId: z.uuid(),
  unitId: z.uuid(),
  filters: audienceFiltersSchema,
  sample: sampleSchema,
  seed: z.string().min(1).max(64).optional(),
  interviews: z.boolean(),
  opensAt: z.date(),
  closesAt: z.date(),
  remindAt: z.date().nullable().optional(),
  baselineId: z.uuid().nullable().optional(),
});

export type CampaignRefusal = 'invalid' | 'unknown_survey' | 'bad_times' | 'out_of_scope' | 'empty_audience' | 'bad_baseline';
export type CampaignCreated = { ok: true; campaignId: string; number: number; audience: number; sampled: number };

/** The audience with each member's unit and stratum, the author left out. */
export async function audienceMembers(db: Executor, rootPath: string, filters: AudienceFilters, authorId: string): Promise<Member[]> {
  const rows = rowsOf<{ person_id: string; unit_id: string; stratum: string | null }>(await db.execute(othersInAudience(rootPath, filters, authorId)));
  return rows.map((r) => ({ personId: r.person_id, unitId: r.unit_id, stratum: r.stratum }));
}

/** Validates, checks scope, draws the sample to count it, writes the campaign and its jobs. */
export async function createCampaign(
  tx: Executor,
  config: Pick<Config, 'QUIET_HOURS' | 'TIMEZONE'>,
  author: { id: string; unitId: string },
  input: unknown,
  now: Date,
): Promise<CampaignCreated | Refusal<CampaignRefusal>> {
  const parsed = campaignDraftSchema.safeParse(input);
  if (!parsed.success) return refuse('invalid');
  const d = parsed.data;
  const [survey] = await tx.select({ id: surveys.id, code: surveys.code, definition: surveys.definition }).from(surveys).where(eq(surveys.id, d.surveyId));
  if (!survey) return refuse('unknown_survey');
  const minutes = (d.closesAt.getTime() - Math.max(d.opensAt.getTime(), now.getTime())) / 60_000;
  if (minutes < CAMPAIGN_LIMITS.minMinutes || minutes > CAMPAIGN_LIMITS.maxDays * 1440 || d.opensAt.getTime() < now.getTime() - 60_000)
    return refuse('bad_times');
  if (d.remindAt && (d.remindAt <= d.opensAt || d.remindAt >= d.closesAt)) return refuse('bad_times');
  if (d.baselineId && !(await validBaseline(tx, d.baselineId, survey.code, survey.definition.compareWith))) return refuse('bad_baseline');
  const root = await audienceRootInScope(tx, author, d.unitId, 'survey.campaign');
  if (!root) return refuse('out_of_scope');
  const filters = collaboratorsUnlessRoles(d.filters);
  const seed = d.seed ?? randomBytes(8).toString('hex');
  const members = await audienceMembers(tx, root.path, filters, author.id);
  const sampled = drawSample(members, d.sample as SampleSpec, seed).length;
  if (sampled === 0) return refuse('empty_audience');
  const [row] = await tx
    .insert(surveyCampaigns)
    .values({
      surveyId: d.surveyId,
      authorId: author.id,
      unitId: root.unitId,
      filters,
      sample: d.sample as SampleSpec,
      seed,
      interviews: d.interviews,
      opensAt: d.opensAt,
      closesAt: d.closesAt,
      remindAt: d.remindAt ?? null,
      baselineId: d.baselineId ?? null,
      createdAt: now,
    })
    .returning({ id: surveyCampaigns.id, number: surveyCampaigns.number });
  const id = row!.id;
  const openAt = quietEnd(d.opensAt < now ? now : d.opensAt, parseQuietHours(config.QUIET_HOURS, config.TIMEZONE));
  await enqueue(
    tx,
    { queue: REPORTING_QUEUE, name: SURVEY_OPEN_JOB, payload: { campaignId: id }, jobId: surveyJobId('open', id), runAt: openAt },
    { queue: REPORTING_QUEUE, name: SURVEY_CLOSE_JOB, payload: { campaignId: id }, jobId: surveyJobId('close', id), runAt: d.closesAt },
    ...(d.remindAt
      ? [{ queue: REPORTING_QUEUE, name: SURVEY_REMIND_JOB, payload: { campaignId: id }, jobId: surveyJobId('remind', id), runAt: d.remindAt }]
      : []),
  );
  await appendAudit(tx, {
    actorId: author.id,
    action: 'survey.campaign',
    targetType: 'survey_campaign',
    targetId: id,
    outcome: 'ok',
    details: { audience: members.length, sampled, sample: d.sample.kind, seed },
  });
  return { ok: true, campaignId: id, number: row!.number, audience: members.length, sampled };
}

/** A baseline is an earlier campaign of the same questionnaire code, or of the code it says it compares with. */
async function validBaseline(tx: Executor, baselineId: string, code: string, compareWith: string | undefined): Promise<boolean> {
  const [b] = await tx
    .select({ code: surveys.code })
    .from(surveyCampaigns)
    .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
    .where(eq(surveyCampaigns.id, baselineId));
  return !!b && (b.code === code || b.code === compareWith);
}

export async function campaignByNumber(db: Executor, n: number): Promise<CampaignRow | undefined> {
  const [c] = await db.select().from(surveyCampaigns).where(eq(surveyCampaigns.number, n));
  return c;
}

export function isOpen(c: Pick<CampaignRow, 'status' | 'closesAt'>, now: Date): boolean {
  return c.status === 'open' && now < c.closesAt;
}

/** Campaign and questionnaire of a number, for the flows. */
export async function campaignWithSurvey(db: Executor, n: number) {
  const [r] = await db
    .select({ campaign: surveyCampaigns, survey: surveys })
    .from(surveyCampaigns)
    .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
    .where(and(eq(surveyCampaigns.number, n)));
  return r;
}
