import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../../db/client.js';

/** Who answered a report request and who has not yet (issue 13 §6), for the officials of its subtree. */
export interface RequestStatus {
  id: string;
  subject: string;
  dueAt: Date;
  unitName: string;
  asked: number;
  answered: { name: string; unitName: string; receiptNo: string }[];
  pending: { name: string; unitName: string }[];
}

/** The latest requests whose subtree lies within the official's unit (`path`), newest first. */
export async function requestStatuses(db: Executor, officialUnitPath: string, limit = 5): Promise<RequestStatus[]> {
  const requests = rowsOf<{ id: string; subject: string; due_at: string | Date; unit_name: string; recipients: number }>(
    await db.execute(sql`
      select r.id, r.subject, r.due_at, u.name as unit_name, r.recipients
      from report_requests r join units u on u.id = r.unit_id
      where u.path like ${`${officialUnitPath}%`}
      order by r.created_at desc, r.id limit ${limit}`),
  );
  const out: RequestStatus[] = [];
  for (const r of requests) {
    const people = rowsOf<{ name: string; unit_name: string; receipt_no: string | null }>(
      await db.execute(sql`
        select p.display_name as name, u.name as unit_name,
          (select rep.receipt_no from reports rep where rep.request_id = rr.request_id and rep.reporter_id = rr.person_id
             and rep.receipt_no is not null order by rep.submitted_at limit 1) as receipt_no
        from report_request_recipients rr join people p on p.id = rr.person_id join units u on u.id = rr.unit_id
        where rr.request_id = ${r.id} order by u.name, p.display_name`),
    );
    out.push({
      id: r.id,
      subject: r.subject,
      dueAt: new Date(r.due_at),
      unitName: r.unit_name,
      asked: people.length,
      answered: people.filter((p) => p.receipt_no).map((p) => ({ name: p.name, unitName: p.unit_name, receiptNo: p.receipt_no! })),
      pending: people.filter((p) => !p.receipt_no).map((p) => ({ name: p.name, unitName: p.unit_name })),
    });
  }
  return out;
}
