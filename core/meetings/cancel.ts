import { and, eq } from 'drizzle-orm';
import { formatDateTime } from '../kernel/datetime.js';
import type { Executor } from '../../db/client.js';
import { meetingInvitees, meetings, people } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import { queueMessage } from '../delivery/sends.js';
import type { Translate } from '../kernel/i18n.js';
import { refuse, type Refusal } from '../kernel/result.js';
import type { Official } from '../people/audience.js';

import { asLocale } from '../reports/reminder-messages.js';
import { meetingInScope, type MeetingRefusal } from './attendance.js';

export type CancelResult = { ok: true; told: number } | MeetingRefusal | Refusal<'already_cancelled' | 'started'>;

/**
 * Cancels a meeting not begun yet (scope-checked, audited): the pending invitation and reminder
 * jobs find it cancelled and send nothing; whoever was already invited is told, once.
 */
export async function cancelMeeting(tx: Executor, official: Official, meetingId: string, t: Translate, timeZone: string, now: Date): Promise<CancelResult> {
  const m = await meetingInScope(tx, official, meetingId, 'meeting.cancel');
  if (!m.ok) return m;
  if (m.meeting.status === 'cancelled') return refuse('already_cancelled');
  if (m.meeting.startsAt <= now) return refuse('started');
  await tx.update(meetings).set({ status: 'cancelled' }).where(eq(meetings.id, meetingId));
  const invitees = await tx
    .select({ personId: meetingInvitees.personId, locale: people.locale })
    .from(meetingInvitees)
    .innerJoin(people, eq(people.id, meetingInvitees.personId))
    .where(and(eq(meetingInvitees.meetingId, meetingId), eq(people.status, 'active')));
  let told = 0;
  for (const p of invitees) {
    const locale = asLocale(p.locale);
    const text = t(locale, 'meetings-cancelled-notice', { title: m.meeting.title, when: formatDateTime(m.meeting.startsAt, timeZone), unit: m.unitName });
    if ((await queueMessage(tx, { purpose: `meeting-${meetingId}-cancel`, personId: p.personId, lane: 'bulk', message: { type: 'text', text } }))?.created)
      told++;
  }
  await appendAudit(tx, { actorId: official.id, action: 'meeting.cancel', targetType: 'meeting', targetId: meetingId, outcome: 'ok', details: { told } });
  return { ok: true, told };
}
