import { and, asc, eq, gt, inArray, isNull } from 'drizzle-orm';
import { formatDateTime } from '../kernel/datetime.js';
import type { Db, Executor } from '../../db/client.js';
import { people, surveyCampaigns, surveyRecipients, surveys, units } from '../../db/schema/index.js';
import type { AudienceFilters } from '../people/audience.js';
import type { Config } from '../platform/config.js';
import type { Locale, Translate } from '../kernel/i18n.js';
import { asLocale } from '../reports/reminder-messages.js';
import { queueMessage } from '../delivery/sends.js';
import { audienceMembers, type CampaignRow } from './campaigns.js';
import { drawSample } from './sample.js';
import { campaignResults, respondentsOf } from './results.js';
import { resultsText } from './results-text.js';

/** The bodies of the survey jobs (workers/jobs/surveys); each is safe to run again. */
export interface SurveyEnv {
  db: Db;
  config: Pick<Config, 'TIMEZONE' | 'QUIET_HOURS'>;
  t: Translate;
  now: () => Date;
  /** How campaigns of another kind speak (quick polls: core/polls/voice.ts); surveys by default. */
  voices?: Partial<Record<CampaignRow['kind'], CampaignVoice>>;
}

type ChatMessage = { type: 'text'; text: string; choices?: { label: string; data: string }[] };

/** What a kind of campaign says: the invitation (or reminder) to a recipient, the final results to the author. */
export interface CampaignVoice {
  invite(t: Translate, locale: Locale, c: { campaign: CampaignRow; survey: typeof surveys.$inferSelect }, reminder: boolean, timeZone: string): ChatMessage;
  results(tx: Executor, t: Translate, locale: Locale, campaign: CampaignRow, timeZone: string): Promise<ChatMessage>;
  /** The short summary shared back to those who answered, when the author chooses (no units, no open answers). */
  shared(tx: Executor, t: Translate, locale: Locale, campaign: CampaignRow, timeZone: string): Promise<string>;
}

/** A questionnaire: an invitation with «Bắt đầu» (/khaosat n), the results with the share-back button. */
const surveyVoice: CampaignVoice = {
  invite(t, locale, { campaign, survey }, reminder, timeZone) {
    const closes = formatDateTime(campaign.closesAt, timeZone);
    const text = t(locale, `surveys-${reminder ? 'remind' : 'invite'}`, { number: campaign.number, title: survey.title, closes });
    return { type: 'text', text, choices: [{ label: t(locale, 'surveys-start-button'), data: `/khaosat ${campaign.number}` }] };
  },
  async results(tx, t, locale, campaign) {
    const r = await campaignResults(tx, campaign.id);
    const text = resultsText(t, locale, r!, { final: true });
    return { type: 'text', text, choices: [{ label: t(locale, 'surveys-share-button'), data: `svs:${campaign.number}` }] };
  },
  async shared(tx, t, locale, campaign) {
    const r = await campaignResults(tx, campaign.id);
    return `${t(locale, 'surveys-shared-intro')}\n\n${resultsText(t, locale, r!, { final: true, short: true })}`;
  },
};

const voiceOf = (env: Pick<SurveyEnv, 'voices'>, c: CampaignRow): CampaignVoice => env.voices?.[c.kind] ?? surveyVoice;

const BATCH = 500;

/**
 * Draws the sample (recorded as the recipients), opens the campaign and queues the invitations,
 * then marks them queued (`invitedAt`). Run again on an open campaign whose invitations were not
 * all queued (the worker died between), it queues the rest: the ledger skips those already queued.
 */
export async function openCampaign(env: SurveyEnv, campaignId: string): Promise<{ sampled: number; queued: number } | 'missing' | 'noop'> {
  const opened = await env.db.transaction(async (tx) => {
    const [c] = await tx.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, campaignId)).for('update');
    if (!c) return 'missing' as const;
    if (c.closesAt <= env.now()) return 'noop' as const;
    if (c.status === 'open') return c.invitedAt ? ('noop' as const) : { sampled: c.recipients };
    if (c.status !== 'scheduled') return 'noop' as const;
    const [root] = await tx.select({ path: units.path }).from(units).where(eq(units.id, c.unitId));
    if (!root) return 'missing' as const;
    const members = await audienceMembers(tx, root.path, c.filters as AudienceFilters, c.authorId);
    const drawn = drawSample(members, c.sample, c.seed);
    for (let i = 0; i < drawn.length; i += BATCH) {
      const part = drawn.slice(i, i + BATCH).map((m) => ({ campaignId, personId: m.personId, unitId: m.unitId, stratum: m.stratum }));
      await tx.insert(surveyRecipients).values(part).onConflictDoNothing();
    }
    await tx.update(surveyCampaigns).set({ status: 'open', recipients: drawn.length }).where(eq(surveyCampaigns.id, campaignId));
    return { sampled: drawn.length };
  });
  if (typeof opened === 'string') return opened;
  const queued = await messageRecipients(env, campaignId, 'invite', false);
  await env.db.update(surveyCampaigns).set({ invitedAt: env.now() }).where(eq(surveyCampaigns.id, campaignId));
  return { sampled: opened.sampled, queued };
}

/** One reminder to each recipient who has not answered (once: the ledger's purpose dedupes). */
export async function remindCampaign(env: SurveyEnv, campaignId: string): Promise<number | 'noop'> {
  const [c] = await env.db.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, campaignId));
  if (!c || c.status !== 'open' || c.closesAt <= env.now()) return 'noop';
  const n = await messageRecipients(env, campaignId, 'remind', true);
  await env.db.update(surveyCampaigns).set({ remindedAt: env.now() }).where(eq(surveyCampaigns.id, campaignId));
  return n;
}

async function messageRecipients(env: SurveyEnv, campaignId: string, kind: 'invite' | 'remind', onlyPending: boolean): Promise<number> {
  const [c] = await env.db
    .select({ campaign: surveyCampaigns, survey: surveys })
    .from(surveyCampaigns)
    .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
    .where(eq(surveyCampaigns.id, campaignId));
  if (!c) return 0;
  const voice = voiceOf(env, c.campaign);
  let queued = 0;
  for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
    const batch = await env.db
      .select({ personId: surveyRecipients.personId, locale: people.locale })
      .from(surveyRecipients)
      .innerJoin(people, eq(people.id, surveyRecipients.personId))
      .where(
        and(
          eq(surveyRecipients.campaignId, campaignId),
          gt(surveyRecipients.personId, after),
          onlyPending ? isNull(surveyRecipients.respondedAt) : undefined,
          eq(people.status, 'active'),
        ),
      )
      .orderBy(asc(surveyRecipients.personId))
      .limit(BATCH);
    if (batch.length === 0) break;
    await env.db.transaction(async (tx) => {
      for (const r of batch) {
        const message = voice.invite(env.t, asLocale(r.locale), c, kind === 'remind', env.config.TIMEZONE);
        const sent = await queueMessage(tx, { purpose: `survey-${campaignId}-${kind}`, personId: r.personId, lane: 'bulk', message });
        if (sent?.created) queued++;
      }
      if (onlyPending) {
        await tx
          .update(surveyRecipients)
          .set({ remindedAt: env.now() })
          .where(and(eq(surveyRecipients.campaignId, campaignId), isNull(surveyRecipients.respondedAt)));
      }
    });
    after = batch.at(-1)!.personId;
    if (batch.length < BATCH) break;
  }
  return queued;
}

/**
 * Closes a due campaign and sends the final results to its author; a closed one is left alone.
 * A quick poll's salt is erased: its anonymous answers no longer lead to anyone.
 */
export async function closeCampaign(env: SurveyEnv, campaignId: string): Promise<'closed' | 'noop'> {
  return env.db.transaction(async (tx) => {
    const [c] = await tx.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, campaignId)).for('update');
    if (!c || c.status === 'closed' || c.closesAt > env.now()) return 'noop';
    await tx.update(surveyCampaigns).set({ status: 'closed', closedAt: env.now(), salt: null }).where(eq(surveyCampaigns.id, campaignId));
    const [author] = await tx.select({ locale: people.locale }).from(people).where(eq(people.id, c.authorId));
    const message = await voiceOf(env, c).results(tx, env.t, asLocale(author?.locale), c, env.config.TIMEZONE);
    await queueMessage(tx, { purpose: `survey-${campaignId}-results`, personId: c.authorId, lane: 'interactive', message });
    return 'closed';
  });
}

/**
 * The short summary to every respondent of a closed campaign, once each (U-Report's practice),
 * in the campaign's voice (a quick poll speaks as a poll); in the caller's transaction (the
 * author's button press).
 */
export async function shareResults(
  tx: Executor,
  env: Pick<SurveyEnv, 't' | 'config' | 'voices'>,
  campaignId: string,
  now: Date,
): Promise<number | 'not_closed'> {
  const [c] = await tx.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, campaignId));
  if (!c || c.status !== 'closed') return 'not_closed';
  const voice = voiceOf(env, c);
  const texts = new Map<Locale, string>();
  const ids = await respondentsOf(tx, campaignId);
  let queued = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    const rows = await tx
      .select({ id: people.id, locale: people.locale })
      .from(people)
      .where(and(inArray(people.id, ids.slice(i, i + BATCH)), eq(people.status, 'active')));
    for (const p of rows) {
      const locale = asLocale(p.locale);
      if (!texts.has(locale)) texts.set(locale, await voice.shared(tx, env.t, locale, c, env.config.TIMEZONE));
      const message = { type: 'text' as const, text: texts.get(locale)! };
      const sent = await queueMessage(tx, { purpose: `survey-${campaignId}-shared`, personId: p.id, lane: 'bulk', message });
      if (sent?.created) queued++;
    }
  }
  await tx.update(surveyCampaigns).set({ sharedAt: now }).where(eq(surveyCampaigns.id, campaignId));
  return queued;
}
