import { and, asc, eq, gt, or, isNull, ne, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client.js';
import { meetingInvitees, meetings, people, units } from '../../db/schema/index.js';
import { queueMessage } from '../delivery/sends.js';
import type { Translate } from '../kernel/i18n.js';
import type { AudienceFilters } from '../people/audience.js';
import { othersInAudience } from '../people/audience-choice.js';
import type { Config } from '../platform/config.js';
import { asLocale } from '../reports/reminder-messages.js';
import { meetingCard, type CardKind } from './card.js';
import type { ReminderKind } from './jobs.js';

/** The bodies of the meeting jobs (workers/jobs/meetings/*.ts); each is safe to run again. */
export interface MeetingEnv {
  db: Db;
  config: Pick<Config, 'TIMEZONE'>;
  t: Translate;
  now: () => Date;
}

type Skip = 'missing' | 'cancelled' | 'started';
const BATCH = 500;
const NIL = '00000000-0000-0000-0000-000000000000';

async function loadMeeting(db: Db, meetingId: string) {
  const [row] = await db
    .select({ meeting: meetings, unitPath: units.path, unitName: units.name })
    .from(meetings)
    .innerJoin(units, eq(units.id, meetings.unitId))
    .where(eq(meetings.id, meetingId));
  return row ?? null;
}

/** Fixes who is invited (people who join later are not) and queues the invitation to each, once. */
export async function sendInvitations(env: MeetingEnv, meetingId: string): Promise<{ queued: number } | Skip> {
  const row = await loadMeeting(env.db, meetingId);
  const skip = skipReason(row, env.now());
  if (skip) return skip;
  const m = row!.meeting;
  await env.db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into meeting_invitees (meeting_id, person_id, unit_id)
      select ${m.id}, a.person_id, a.unit_id from (${othersInAudience(row!.unitPath, m.filters as AudienceFilters, m.authorId)}) a
      on conflict do nothing`);
    const n = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from meeting_invitees where meeting_id = ${m.id}`));
    await tx
      .update(meetings)
      .set({ invited: Number(n[0]?.n ?? 0) })
      .where(eq(meetings.id, m.id));
  });
  return queueToInvitees(env, row!, 'invite');
}

/** A reminder (`day` before, `hour` before) to the invitees who have not said they will be absent. */
export async function remindMeeting(env: MeetingEnv, meetingId: string, kind: ReminderKind): Promise<{ queued: number } | Skip> {
  const row = await loadMeeting(env.db, meetingId);
  const skip = skipReason(row, env.now());
  return skip ?? queueToInvitees(env, row!, kind);
}

function skipReason(row: Awaited<ReturnType<typeof loadMeeting>>, now: Date): Skip | null {
  if (!row) return 'missing';
  if (row.meeting.status === 'cancelled') return 'cancelled';
  return row.meeting.startsAt <= now ? 'started' : null;
}

async function queueToInvitees(env: MeetingEnv, row: NonNullable<Awaited<ReturnType<typeof loadMeeting>>>, kind: CardKind) {
  const m = row.meeting;
  const purpose = kind === 'invite' ? `meeting-${m.id}` : `meeting-${m.id}-${kind}`;
  const notAbsent = kind === 'invite' ? undefined : or(isNull(meetingInvitees.answer), ne(meetingInvitees.answer, 'absent'));
  let queued = 0;
  for (let after = NIL; ;) {
    const batch = await env.db
      .select({ personId: meetingInvitees.personId, locale: people.locale, answer: meetingInvitees.answer })
      .from(meetingInvitees)
      .innerJoin(people, eq(people.id, meetingInvitees.personId))
      .where(and(eq(meetingInvitees.meetingId, m.id), gt(meetingInvitees.personId, after), eq(people.status, 'active'), notAbsent))
      .orderBy(asc(meetingInvitees.personId))
      .limit(BATCH);
    if (batch.length === 0) break;
    await env.db.transaction(async (tx) => {
      for (const p of batch) {
        const message = meetingCard(env.t, asLocale(p.locale), m, kind, p.answer, env.config.TIMEZONE, row.unitName);
        const sent = await queueMessage(tx, { purpose, personId: p.personId, lane: 'bulk', message });
        if (sent?.created) queued++;
      }
    });
    after = batch[batch.length - 1]!.personId;
    if (batch.length < BATCH) break;
  }
  return { queued };
}
