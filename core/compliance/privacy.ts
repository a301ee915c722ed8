import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../../db/client.js';
import {
  cases,
  channelAccounts,
  conversations,
  hotSpotEvents,
  hotSpots,
  invites,
  noticePrefs,
  people,
  reminderLedger,
  reportRequestRecipients,
  reports,
  reportVersions,
  sandboxAccounts,
  sandboxMessages,
  sends,
  surveyResponses,
} from '../../db/schema/index.js';
import { appendAudit } from './audit.js';
import { dropVoiceNotes } from '../media/erase.js';
import { AppError } from '../kernel/errors.js';
import { accountKey, type ChannelName } from '../kernel/messages.js';

/**
 * Erasure of one person (PDP Law 91/2025, right to deletion). What they reported stays as group
 * opinion of their unit — opinions are recorded by group, never by person — but nothing leads
 * back to them: the reporter link is cut, their chat accounts, conversations and delivery rows
 * go, their name is replaced. The person row itself stays, anonymised, because official acts
 * (broadcasts they authored, alerts they acknowledged) must keep a stable, now nameless, actor.
 */
export const ERASED_NAME = '[đã xóa]';

export class PersonNotFoundError extends AppError {
  constructor() {
    super('person_not_found', 'no such person');
  }
}

/** `telegram:123` / `zalo:abc` (a channel account) or a person's uuid. */
export async function findPerson(db: Executor, ref: string): Promise<string> {
  const m = /^([a-z]+):(.+)$/.exec(ref.trim());
  const rows = m
    ? await db
        .select({ id: channelAccounts.personId })
        .from(channelAccounts)
        .where(and(eq(channelAccounts.channel, m[1]!), eq(channelAccounts.externalId, m[2]!)))
    : /^[0-9a-f-]{36}$/i.test(ref.trim())
      ? await db.select({ id: people.id }).from(people).where(eq(people.id, ref.trim()))
      : [];
  if (!rows[0]) throw new PersonNotFoundError();
  return rows[0].id;
}

export interface ErasureSummary {
  personId: string;
  accounts: number;
  conversations: number;
  reportsUnlinked: number;
  hotSpotsUnlinked: number;
  /** Voice notes deleted (photos and files stay with the alert or report). */
  voiceNotesDeleted: number;
  sendsDeleted: number;
  deliveriesUnlinked: number;
  casesUnlinked: number;
  noticePrefsDeleted: number;
  /** Report requests that named them among the people asked (issue 13 §6). */
  requestRecipientsDeleted: number;
}

/** The person's chat accounts as `channel:id` keys (what Redis-side state such as flood control is keyed by). */
export async function personAccountKeys(db: Executor, personId: string): Promise<string[]> {
  const rows = await db
    .select({ channel: channelAccounts.channel, externalId: channelAccounts.externalId })
    .from(channelAccounts)
    .where(eq(channelAccounts.personId, personId));
  return rows.map((a) => accountKey(a.channel as ChannelName, a.externalId));
}

/** One transaction: all of it or nothing. `actorId` is the admin who asked (null: the CLI). */
export async function erasePerson(
  db: Db,
  personId: string,
  opts: { actorId?: string | null; reason?: string } = {},
): Promise<ErasureSummary & { voiceFiles: string[] }> {
  return db.transaction(async (tx) => {
    const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, personId)).for('update');
    if (!person) throw new PersonNotFoundError();
    const accounts = await tx.delete(channelAccounts).where(eq(channelAccounts.personId, personId)).returning();
    const keys = accounts.map((a) => accountKey(a.channel as ChannelName, a.externalId));
    const sandboxIds = accounts.filter((a) => a.channel === 'sandbox').map((a) => a.externalId);
    const convs = await tx
      .delete(conversations)
      .where(keys.length ? sql`${conversations.personId} = ${personId} or ${inArray(conversations.accountKey, keys)}` : eq(conversations.personId, personId))
      .returning({ k: conversations.accountKey });
    if (sandboxIds.length) {
      await tx.delete(sandboxMessages).where(inArray(sandboxMessages.accountId, sandboxIds));
      await tx.delete(sandboxAccounts).where(inArray(sandboxAccounts.accountId, sandboxIds));
    }
    const voice = await dropVoiceNotes(tx, personId);
    const summary: ErasureSummary = {
      personId,
      accounts: accounts.length,
      conversations: convs.length,
      voiceNotesDeleted: voice.length,
      ...(await unlinkContributions(tx, personId)),
      ...(await dropDeliveries(tx, personId)),
      ...(await unlinkCases(tx, personId)),
    };
    await anonymise(tx, personId);
    await appendAudit(tx, {
      actorId: opts.actorId ?? null,
      action: 'person.erased',
      targetType: 'person',
      targetId: personId,
      outcome: 'ok',
      details: { ...summary, personId: undefined, reason: opts.reason ?? null },
    });
    // Stored paths are content hashes, not personal data; the caller removes the files after commit.
    return { ...summary, voiceFiles: voice };
  });
}

/** Reports and alerts stay (the unit's opinion picture), without a path back to the reporter. */
async function unlinkContributions(tx: Tx, personId: string) {
  const r = await tx.update(reports).set({ reporterId: null }).where(eq(reports.reporterId, personId)).returning({ id: reports.id });
  await tx.update(reportVersions).set({ createdBy: null }).where(eq(reportVersions.createdBy, personId));
  const h = await tx.update(hotSpots).set({ reporterId: null }).where(eq(hotSpots.reporterId, personId)).returning({ id: hotSpots.id });
  if (h.length) {
    await tx
      .update(hotSpotEvents)
      .set({ actorId: null })
      .where(
        and(
          eq(hotSpotEvents.actorId, personId),
          inArray(
            hotSpotEvents.hotSpotId,
            h.map((x) => x.id),
          ),
        ),
      );
  }
  // A named quick poll's answer becomes an anonymous one (still counted once).
  await tx
    .update(surveyResponses)
    .set({ personId: null, voterKey: sql`'erased-' || md5(random()::text)` })
    .where(eq(surveyResponses.personId, personId));
  return { reportsUnlinked: r.length, hotSpotsUnlinked: h.length };
}

/**
 * Cases forwarded from what they reported stay (the body's work is the organisation's record)
 * without the reporter link, so nobody is told of them any more; their notice settings go, and
 * so do the rows naming them among the people a report request asked (the request keeps its count).
 */
async function unlinkCases(tx: Tx, personId: string) {
  const c = await tx.update(cases).set({ reporterId: null, tellReporter: false }).where(eq(cases.reporterId, personId)).returning({ id: cases.id });
  const n = await tx.delete(noticePrefs).where(eq(noticePrefs.personId, personId)).returning({ k: noticePrefs.reportKind });
  const r = await tx.delete(reportRequestRecipients).where(eq(reportRequestRecipients.personId, personId)).returning({ id: reportRequestRecipients.requestId });
  return { casesUnlinked: c.length, noticePrefsDeleted: n.length, requestRecipientsDeleted: r.length };
}

/** The delivery ledger holds message bodies and account ids: rows go, a broadcast's rows stay unlinked (its figures keep their counts). */
async function dropDeliveries(tx: Tx, personId: string) {
  const s = await tx
    .delete(sends)
    .where(and(eq(sends.personId, personId), isNull(sends.broadcastId)))
    .returning({ id: sends.id });
  const d = await tx
    .update(sends)
    .set({ accountId: null, channel: null, error: null, claimJob: null, message: null, providerRefs: null })
    .where(and(eq(sends.personId, personId), isNotNull(sends.broadcastId)))
    .returning({ id: sends.id });
  await tx.delete(reminderLedger).where(eq(reminderLedger.personId, personId));
  return { sendsDeleted: s.length, deliveriesUnlinked: d.length };
}

async function anonymise(tx: Tx, personId: string): Promise<void> {
  await tx
    .update(people)
    .set({ displayName: ERASED_NAME, sector: null, stratum: null, status: 'left', consentAt: null, consentVersion: null, updatedAt: new Date() })
    .where(eq(people.id, personId));
  await tx.update(invites).set({ usedByPersonId: null, displayName: ERASED_NAME }).where(eq(invites.usedByPersonId, personId));
}
