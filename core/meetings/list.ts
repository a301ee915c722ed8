import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';

/** Meetings as /giaoban lists them: upcoming and recent, with the answers and the attendance counted. */
export interface MeetingSummary {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  link: string | null;
  unitName: string;
  invited: number;
  attending: number;
  absent: number;
  checkedIn: number;
  /** Recorded present, or checked in when nothing is recorded yet. */
  present: number;
  attendanceRecorded: boolean;
  conclusionsSent: boolean;
}

type Row = {
  id: string;
  title: string;
  starts_at: string | Date;
  ends_at: string | Date;
  place: string | null;
  link: string | null;
  unit_name: string;
  invited: number;
  attending: number;
  absent: number;
  checked_in: number;
  present: number;
  attendance_at: string | Date | null;
  conclusions_broadcast_id: string | null;
};

const toSummary = (r: Row): MeetingSummary => ({
  id: r.id,
  title: r.title,
  startsAt: new Date(r.starts_at),
  endsAt: new Date(r.ends_at),
  place: r.place,
  link: r.link,
  unitName: r.unit_name,
  invited: Number(r.invited),
  attending: Number(r.attending),
  absent: Number(r.absent),
  checkedIn: Number(r.checked_in),
  present: Number(r.present),
  attendanceRecorded: r.attendance_at !== null,
  conclusionsSent: r.conclusions_broadcast_id !== null,
});

const SELECT = sql`
  select m.id, m.title, m.starts_at, m.ends_at, m.place, m.link, u.name as unit_name, m.attendance_at, m.conclusions_broadcast_id,
    greatest(m.invited, (select count(*) from meeting_invitees i where i.meeting_id = m.id))::int as invited,
    (select count(*) from meeting_invitees i where i.meeting_id = m.id and i.answer = 'attend')::int as attending,
    (select count(*) from meeting_invitees i where i.meeting_id = m.id and i.answer = 'absent')::int as absent,
    (select count(*) from meeting_invitees i where i.meeting_id = m.id and i.checked_in_at is not null)::int as checked_in,
    (select count(*) from meeting_invitees i where i.meeting_id = m.id
       and coalesce(i.attended, i.checked_in_at is not null))::int as present
  from meetings m join units u on u.id = m.unit_id`;

/** The meetings of an official's subtree (`path`): upcoming ones (soonest first), then the latest past ones. */
export async function meetingsOfSubtree(db: Executor, path: string, now: Date, limit = 5): Promise<{ upcoming: MeetingSummary[]; past: MeetingSummary[] }> {
  const scope = sql`u.path like ${`${path}%`} and m.status = 'scheduled'`;
  const upcoming = rowsOf<Row>(await db.execute(sql`${SELECT} where ${scope} and m.ends_at >= ${now.toISOString()} order by m.starts_at, m.id limit ${limit}`));
  const past = rowsOf<Row>(await db.execute(sql`${SELECT} where ${scope} and m.ends_at < ${now.toISOString()} order by m.starts_at desc, m.id limit ${limit}`));
  return { upcoming: upcoming.map(toSummary), past: past.map(toSummary) };
}

export interface Invitation {
  id: string;
  title: string;
  startsAt: Date;
  place: string | null;
  link: string | null;
  answer: 'attend' | 'absent' | null;
  checkedIn: boolean;
}

/** A person's meetings not over yet, soonest first (what /giaoban shows an invitee). */
export async function invitationsOf(db: Executor, personId: string, now: Date, limit = 5): Promise<Invitation[]> {
  const rows = rowsOf<{
    id: string;
    title: string;
    starts_at: string | Date;
    place: string | null;
    link: string | null;
    answer: Invitation['answer'];
    checked_in_at: unknown;
  }>(
    await db.execute(sql`
      select m.id, m.title, m.starts_at, m.place, m.link, i.answer, i.checked_in_at
      from meeting_invitees i join meetings m on m.id = i.meeting_id
      where i.person_id = ${personId} and m.status = 'scheduled' and m.ends_at >= ${now.toISOString()}
      order by m.starts_at, m.id limit ${limit}`),
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    startsAt: new Date(r.starts_at),
    place: r.place,
    link: r.link,
    answer: r.answer,
    checkedIn: r.checked_in_at !== null,
  }));
}
