import { and, asc, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import {
  auditLog,
  broadcasts,
  caseEvents,
  cases,
  channelAccounts,
  conversations,
  hotSpotEvents,
  hotSpots,
  invites,
  noticePrefs,
  opinionStreams,
  people,
  reminderLedger,
  reportIssues,
  reports,
  reportVersions,
  sandboxMessages,
  sends,
  surveyCampaigns,
  surveyResponses,
  surveys,
  units,
} from '../../db/schema/index.js';
import { accountKey, type ChannelName } from '../kernel/messages.js';
import { PersonNotFoundError } from './privacy.js';
import { attachmentsOf } from '../media/erase.js';

/** Bump when sections change, so a recipient knows which layout they hold. */
const EXPORT_FORMAT = 'dlxh-person-export/1';

/**
 * Everything stored about one person (PDP Law 91/2025, right of access), as plain JSON: the
 * person, their chat accounts and conversations, what they reported (with issues and opinion
 * streams), the alerts they raised, the cases forwarded from them (with the steps they were
 * told of), their notice settings, what was sent to them, their poll answers, reminders and
 * every audit entry naming them. Read-only; safe to run at any time.
 */
export async function exportPerson(db: Executor, personId: string, now = new Date()) {
  const [person] = await db.select().from(people).where(eq(people.id, personId));
  if (!person) throw new PersonNotFoundError();
  const [unit] = await db.select({ code: units.code, name: units.name }).from(units).where(eq(units.id, person.unitId));
  const accounts = await db.select().from(channelAccounts).where(eq(channelAccounts.personId, personId));
  const keys = accounts.map((a) => accountKey(a.channel as ChannelName, a.externalId));
  const sandboxIds = accounts.filter((a) => a.channel === 'sandbox').map((a) => a.externalId);
  return {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    person: { ...person, unit },
    channelAccounts: accounts,
    conversations: await db
      .select()
      .from(conversations)
      .where(keys.length ? or(eq(conversations.personId, personId), inArray(conversations.accountKey, keys)) : eq(conversations.personId, personId)),
    invitesUsed: await db
      .select({ id: invites.id, role: invites.role, unitId: invites.unitId, displayName: invites.displayName, usedAt: invites.usedAt })
      .from(invites)
      .where(eq(invites.usedByPersonId, personId)),
    reports: await reportsOf(db, personId),
    hotSpots: await hotSpotsOf(db, personId),
    cases: await casesOf(db, personId),
    noticePrefs: await db.select().from(noticePrefs).where(eq(noticePrefs.personId, personId)),
    attachments: await attachmentsOf(db, personId),
    sends: await db
      .select()
      .from(sends)
      .where(and(eq(sends.personId, personId), isNull(sends.broadcastId)))
      .orderBy(asc(sends.id)),
    broadcastDeliveries: await db
      .select({ delivery: sends, title: broadcasts.title })
      .from(sends)
      .innerJoin(broadcasts, eq(broadcasts.id, sends.broadcastId))
      .where(and(eq(sends.personId, personId), isNotNull(sends.broadcastId))),
    // Named quick polls' answers (survey responses otherwise keep no person).
    pollAnswers: await db
      .select({ answer: surveyResponses, question: surveys.title })
      .from(surveyResponses)
      .innerJoin(surveyCampaigns, eq(surveyCampaigns.id, surveyResponses.campaignId))
      .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
      .where(eq(surveyResponses.personId, personId)),
    reminders: await db.select().from(reminderLedger).where(eq(reminderLedger.personId, personId)),
    sandboxMessages: sandboxIds.length
      ? await db.select().from(sandboxMessages).where(inArray(sandboxMessages.accountId, sandboxIds)).orderBy(asc(sandboxMessages.seq))
      : [],
    auditEntries: await db
      .select()
      .from(auditLog)
      .where(or(eq(auditLog.actorId, personId), eq(auditLog.targetId, personId)))
      .orderBy(asc(auditLog.id)),
  };
}

async function reportsOf(db: Executor, personId: string) {
  const rows = await db.select().from(reports).where(eq(reports.reporterId, personId)).orderBy(asc(reports.createdAt));
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const issues = await db.select().from(reportIssues).where(inArray(reportIssues.reportId, ids));
  const streams = issues.length
    ? await db
        .select()
        .from(opinionStreams)
        .where(
          inArray(
            opinionStreams.issueId,
            issues.map((i) => i.id),
          ),
        )
    : [];
  const versions = await db.select().from(reportVersions).where(inArray(reportVersions.reportId, ids));
  return rows.map((r) => ({
    ...r,
    issues: issues.filter((i) => i.reportId === r.id).map((i) => ({ ...i, opinionStreams: streams.filter((s) => s.issueId === i.id) })),
    versions: versions.filter((v) => v.reportId === r.id),
  }));
}

async function hotSpotsOf(db: Executor, personId: string) {
  const rows = await db.select().from(hotSpots).where(eq(hotSpots.reporterId, personId)).orderBy(asc(hotSpots.createdAt));
  if (rows.length === 0) return [];
  // Their own entries on the timeline; officials' internal handling notes are not data about them.
  const events = await db
    .select()
    .from(hotSpotEvents)
    .where(
      and(
        inArray(
          hotSpotEvents.hotSpotId,
          rows.map((h) => h.id),
        ),
        eq(hotSpotEvents.actorId, personId),
      ),
    )
    .orderBy(asc(hotSpotEvents.id));
  return rows.map((h) => ({ ...h, events: events.filter((e) => e.hotSpotId === h.id) }));
}

/** Cases forwarded from what they reported, with the steps they were told of (the body's internal steps are not data about them). */
async function casesOf(db: Executor, personId: string) {
  const rows = await db
    .select({ case: cases, body: units.name })
    .from(cases)
    .innerJoin(units, eq(units.id, cases.bodyUnitId))
    .where(eq(cases.reporterId, personId))
    .orderBy(asc(cases.createdAt));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.case.id);
  const told = await db
    .select()
    .from(caseEvents)
    .where(and(inArray(caseEvents.caseId, ids), eq(caseEvents.toldReporter, true)))
    .orderBy(asc(caseEvents.id));
  return rows.map((r) => ({ ...r.case, body: r.body, toldSteps: told.filter((e) => e.caseId === r.case.id) }));
}
