import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { rowsOf } from '../../db/client.js';
import { cases } from '../../db/schema/index.js';
import { casesOfReporter } from '../../core/cases/cases.js';
import { recentHotSpots } from '../../core/hot-spots/create.js';
import { recentReports } from '../../core/reports/submit.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { makeUnitAndPerson } from './domain-fixtures.js';

let t: TestDatabase;
let reporter: { personId: string; unitId: string };
let body: { personId: string; unitId: string };

beforeAll(async () => {
  t = await createTestDatabase();
  reporter = await makeUnitAndPerson(t.db);
  body = await makeUnitAndPerson(t.db, 'Công an xã Tân Hòa');
  const base = { sourceType: 'hot_spot' as const, sourceUnitId: reporter.unitId, bodyUnitId: body.unitId, forwardedBy: body.personId };
  await t.db.insert(cases).values([
    {
      ...base,
      receiptNo: 'XL-T-1',
      sourceId: randomUUID(),
      reporterId: reporter.personId,
      title: 'Cũ',
      dueAt: new Date(),
      createdAt: new Date('2026-11-01T00:00:00Z'),
    },
    { ...base, receiptNo: 'XL-T-2', sourceId: randomUUID(), reporterId: reporter.personId, title: 'Mới', status: 'accepted', dueAt: new Date() },
    { ...base, receiptNo: 'XL-T-3', sourceId: randomUUID(), reporterId: body.personId, title: 'Người khác', dueAt: new Date() },
  ]);
});
afterAll(async () => t.close());

describe('/trangthai reads (issue 16)', () => {
  it('lists the reporter’s cases newest first with the body’s name', async () => {
    expect(await casesOfReporter(t.db, reporter.personId)).toEqual([
      { id: expect.any(String), receiptNo: 'XL-T-2', title: 'Mới', status: 'accepted', bodyName: 'Công an xã Tân Hòa' },
      { id: expect.any(String), receiptNo: 'XL-T-1', title: 'Cũ', status: 'sent', bodyName: 'Công an xã Tân Hòa' },
    ]);
    expect(await casesOfReporter(t.db, reporter.personId, 1)).toHaveLength(1);
  });

  it('reads a reporter’s latest hot spots by index, not by a scan of every hot spot', async () => {
    const plan = await t.db.transaction(async (tx) => {
      // The test database is too small for the planner to prefer an index on its own.
      await tx.execute(sql`set local enable_seqscan = off`);
      return rowsOf<{ 'QUERY PLAN': string }>(
        await tx.execute(sql`explain select id from hot_spots where reporter_id = ${reporter.personId} order by created_at desc, id desc limit 5`),
      );
    });
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('hot_spots_reporter_idx');
  });

  it('builds no SQL per call: the three reads are built once, at load (db/prepared.ts)', async () => {
    const built = vi.spyOn(PgDialect.prototype, 'sqlToQuery');
    try {
      await t.db.transaction(async (tx) => {
        await Promise.all([recentReports(tx, reporter.personId), recentHotSpots(tx, reporter.personId), casesOfReporter(tx, reporter.personId)]);
      });
      expect(built).not.toHaveBeenCalled();
    } finally {
      built.mockRestore();
    }
  });
});
