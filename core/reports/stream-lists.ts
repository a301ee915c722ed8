import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import type { StreamListRow } from '../../db/schema/index.js';

/**
 * report_stream_lists: each report's opinion streams copied into one row (db/schema/reports.ts),
 * so an export of a month reads 8,000 rows, not 8,000 reports → 13,000 issues → 25,000 streams
 * through ~21,000 index probes. The issues and streams stay the source: the copy is rewritten
 * from them, by this one statement, whenever they are written (core/reports/submit.ts
 * writeIssues, for a filing and for an edit), and read from them where it is missing.
 */

/** The streams (`report_issues i` ⋈ `opinion_streams s`) aggregated in the copy's shape and order. */
const AGGREGATE = sql`json_agg(json_build_array(i.topic_code, i.title, s.stance, s.prevalence, s.holder_group, s.content) order by i.position, s.position)`;

/** The streams of report `id`, read by its index: for one report, or a few. */
const listOf = (id: SQL) =>
  sql`coalesce((select ${AGGREGATE} from report_issues i join opinion_streams s on s.issue_id = i.id where i.report_id = ${id}), '[]'::json)`;

const UPSERT = sql`insert into report_stream_lists (report_id, streams)`;
const ON_CONFLICT = sql`on conflict (report_id) do update set streams = excluded.streams`;

/** After a report's issues and streams are written, in the same transaction. */
export async function copyStreams(tx: Executor, reportId: string): Promise<void> {
  await tx.execute(sql`${UPSERT} select ${reportId}::uuid, ${listOf(sql`${reportId}::uuid`)} ${ON_CONFLICT}`);
}

/**
 * Every report's copy rewritten (data loaded around the intake: the benches' seeds), in one pass
 * over the streams grouped by report: a probe per report, on tables just loaded and not yet
 * analysed, was planned as a scan per report.
 */
export async function copyAllStreams(tx: Executor): Promise<void> {
  await tx.execute(sql`${UPSERT}
    select r.id, coalesce(l.streams, '[]'::json) from reports r
    left join (select i.report_id, ${AGGREGATE} as streams from report_issues i join opinion_streams s on s.issue_id = i.id group by i.report_id) l on l.report_id = r.id
    ${ON_CONFLICT}`);
}

/** The streams of reports that have no copy (filed by a path that did not write one), read from the source. */
export async function streamsFromSource(tx: Executor, ids: string[]): Promise<Map<string, StreamListRow[]>> {
  if (ids.length === 0) return new Map();
  const rows = rowsOf<{ id: string; streams: StreamListRow[] }>(
    await tx.execute(sql`select r.id, ${listOf(sql`r.id`)} as streams from unnest(${`{${ids.join(',')}}`}::uuid[]) as r(id)`),
  );
  return new Map(rows.map((r) => [r.id, r.streams]));
}
