import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../../db/client.js';

/** Who answered a report request and who has not yet (issue 13 §6), for the officials of its subtree. */
export interface RequestStatus {
  id: string;
  subject: string;
  dueAt: Date;
  unitName: string;
  authorId: string;
  asked: number;
  /** An answer sent «chỉ cấp trên» past the viewer's unit counts, without its receipt (issue 13 §7). */
  answered: { name: string; unitName: string; receiptNo: string | null; reportId: string | null; late: boolean }[];
  pending: { name: string; unitName: string }[];
}

type RequestRow = { id: string; subject: string; due_at: string | Date; unit_id: string; unit_name: string; author_id: string };

/** The latest requests whose subtree lies within the official's unit (`path`), newest first. */
export async function requestStatuses(db: Executor, officialUnitPath: string, limit = 5): Promise<RequestStatus[]> {
  const requests = rowsOf<RequestRow>(
    await db.execute(sql`
      select r.id, r.subject, r.due_at, r.unit_id, r.author_id, u.name as unit_name
      from report_requests r join units u on u.id = r.unit_id
      where u.path like ${`${officialUnitPath}%`}
      order by r.created_at desc, r.id limit ${limit}`),
  );
  const out: RequestStatus[] = [];
  for (const r of requests) out.push(await statusOf(db, r, officialUnitPath));
  return out;
}

/**
 * One request's status with the unit it was sent to (the caller checks that unit is in scope); null
 * when unknown. `viewerPath`: the viewing official's unit path (receipts they may not see are left out).
 */
export async function requestStatus(db: Executor, requestId: string, viewerPath: string | null = null): Promise<(RequestStatus & { unitId: string }) | null> {
  const [r] = rowsOf<RequestRow>(
    await db.execute(sql`
      select r.id, r.subject, r.due_at, r.unit_id, r.author_id, u.name as unit_name
      from report_requests r join units u on u.id = r.unit_id where r.id = ${requestId}`),
  );
  return r ? { ...(await statusOf(db, r, viewerPath)), unitId: r.unit_id } : null;
}

async function statusOf(db: Executor, r: RequestRow, viewerPath: string | null): Promise<RequestStatus> {
  const seen = viewerPath ? sql`(rep.confidential_path is null or rep.confidential_path like ${`${viewerPath}%`})` : sql`false`;
  const people = rowsOf<{ name: string; unit_name: string; receipt_no: string | null; report_id: string | null; seen: boolean; late: boolean }>(
    await db.execute(sql`
      select p.display_name as name, u.name as unit_name, rep.receipt_no, rep.id as report_id, ${seen} as seen,
             coalesce(rep.submitted_at > ${new Date(r.due_at).toISOString()}::timestamptz, false) as late
      from report_request_recipients rr join people p on p.id = rr.person_id join units u on u.id = rr.unit_id
      left join lateral (select x.id, x.receipt_no, x.submitted_at, (select cu.path from units cu where cu.id = x.confidential_unit_id) as confidential_path
           from reports x where x.request_id = rr.request_id and x.reporter_id = rr.person_id
           and x.receipt_no is not null order by x.submitted_at limit 1) rep on true
      where rr.request_id = ${r.id} order by u.name, p.display_name`),
  );
  return {
    id: r.id,
    subject: r.subject,
    dueAt: new Date(r.due_at),
    unitName: r.unit_name,
    authorId: r.author_id,
    asked: people.length,
    answered: people
      .filter((p) => p.receipt_no)
      .map((p) => ({ name: p.name, unitName: p.unit_name, receiptNo: p.seen ? p.receipt_no : null, reportId: p.seen ? p.report_id : null, late: p.late })),
    pending: people.filter((p) => !p.receipt_no).map((p) => ({ name: p.name, unitName: p.unit_name })),
  };
}
