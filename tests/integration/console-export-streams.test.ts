import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { exportStreams } from '../../core/reports/export.js';
import { copyAllStreams } from '../../core/reports/stream-lists.js';
import type { Cell } from '../../core/kernel/xlsx.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';

/**
 * The XLSX export reads a month's opinion streams in keyset batches of 1,000 reports, the next
 * batch read while the last is written. Every stream must come once, in the filed-newest order,
 * across batch ends that fall inside a run of equal filing times (ties broken by id, times with
 * microseconds), past reports with no issue or an issue with no stream, and on to the reports
 * never filed, which sort last.
 */
let t: TestDatabase;
let tree: Tree;
let official: string;
const REPORTS = 2_300;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  official = (await addPerson(t.db, tree.commune, 'official', 'Cán bộ xã')).id;
  // Three reports share each filing time; the last five were never filed.
  await t.db.execute(sql`
    insert into reports (kind, receipt_no, period, unit_id, status, title, submitted_at)
    select 'quick', 'BN-KS-' || g, '2026-11', ${tree.commune}, 'submitted', 'Báo cáo ' || g,
           case when g <= ${REPORTS} then timestamptz '2026-11-20 10:00:00.123456+07' - (g / 3) * interval '1 second' end
    from generate_series(1, ${REPORTS + 5}) g`);
  // Every 7th report has no issue; every 5th has a second issue, and every 11th's second issue has no stream.
  await t.db.execute(sql`
    insert into report_issues (report_id, position, topic_code, title)
    select r.id, p, 'DD01', 'Vấn đề ' || r.receipt_no || '/' || p
    from reports r cross join generate_series(1, 2) p
    where (substr(r.receipt_no, 7)::int % 7 <> 0) and (p = 1 or substr(r.receipt_no, 7)::int % 5 = 0)`);
  await t.db.execute(sql`
    insert into opinion_streams (issue_id, position, stance, prevalence, holder_group, content)
    select i.id, q, 'dong_tinh', 'mot_so', 'nong_dan', 'Ý kiến ' || i.title || '/' || q
    from report_issues i join reports r on r.id = i.report_id cross join generate_series(1, 2) q
    where not (i.position = 2 and substr(r.receipt_no, 7)::int % 11 = 0)`);
}, 120_000);
afterAll(async () => t?.close());

describe('the streamed export’s batches', () => {
  // Inserted by SQL, the reports first have no copy of their streams (read from the source), then
  // one for every other report, then all (as the filing writes it).
  it.each([
    ['no report', 'false'],
    ['every other report', `substr(r.receipt_no, 7)::int % 2 = 0`],
    ['every report', 'true'],
  ])('give every stream once, in order, across ties at batch ends and on to the unfiled reports — %s with its streams copied', async (_, which) => {
    await copyAllStreams(t.db);
    await t.db.execute(sql`delete from report_stream_lists l using reports r where r.id = l.report_id and not (${sql.raw(which)})`);
    const expected = rowsOf<{ content: string }>(
      await t.db.execute(sql`
        select s.content from reports r join report_issues i on i.report_id = r.id join opinion_streams s on s.issue_id = i.id
        where r.period = '2026-11' and r.status <> 'draft'
        order by r.submitted_at desc nulls last, r.id, i.position, s.position`),
    ).map((r) => r.content);
    expect(expected.length).toBeGreaterThan(2 * REPORTS);
    const env = { t: createI18n().t, locale: 'vi', timeZone: 'Asia/Ho_Chi_Minh' };
    const table = await exportStreams(t.db, { id: official, unitId: tree.commune }, { period: '2026-11' }, env);
    const batches: number[] = [];
    const got: string[] = [];
    for await (const batch of table!.batches) {
      batches.push(batch.length);
      for (const row of batch) got.push(row[6] as string);
    }
    expect(got).toEqual(expected);
    expect(batches.length).toBeGreaterThanOrEqual(4); // three of filed reports, then the unfiled
    const unfiled = got.filter((c) => Number(/BN-KS-(\d+)/.exec(c)![1]) > REPORTS);
    expect(unfiled.length).toBeGreaterThan(0);
    expect(got.slice(-unfiled.length)).toEqual(unfiled);
  });

  it('labels the codes and formats the filing time in the province’s zone', async () => {
    const env = { t: createI18n().t, locale: 'vi', timeZone: 'Asia/Ho_Chi_Minh' };
    const table = await exportStreams(t.db, { id: official, unitId: tree.commune }, { period: '2026-11' }, env);
    const batch = (await table!.batches.next()).value as Cell[][];
    await table!.batches.return(undefined); // stopped early: the batch read ahead is let end
    const first = batch.find((row) => row[7] === 'BN-KS-1')!;
    expect(first.slice(2)).toEqual([
      'Vấn đề BN-KS-1/1',
      'Đồng tình',
      'Một số',
      'Nông dân',
      'Ý kiến Vấn đề BN-KS-1/1/1',
      'BN-KS-1',
      'Báo cáo nhanh',
      '2026-11',
      '2026-11-20 10:00',
    ]);
  });
});
