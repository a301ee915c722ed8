import { count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { people, units } from '../../db/schema/index.js';
import { CONSENT_VERSION } from '../people/invites.js';
import { importQuestionnaire } from '../surveys/store.js';
import { createDemoInvites, realAccountsExist, type DemoInvite } from './invites.js';
import { demoQuestionnaire } from './questionnaire.js';
import { seedDemoMonth } from './month.js';

export interface DemoSeed {
  invites: DemoInvite[];
}

const UNITS = [
  { code: 'DEMO-TINH', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy (demo)', kind: 'tinh', parent: null },
  { code: 'DEMO-XA-AB', name: 'Đảng ủy xã An Bình', kind: 'xa', parent: 'DEMO-TINH' },
  { code: 'DEMO-PH-PL', name: 'Đảng ủy phường Phú Lợi', kind: 'xa', parent: 'DEMO-TINH' },
  { code: 'DEMO-MTTQ', name: 'Ủy ban MTTQ Việt Nam tỉnh', kind: 'mttq_doan_the', parent: 'DEMO-TINH' },
  // Responsible bodies (cơ quan phối hợp): where «Chuyển xử lý» sends a problem, answered by a liaison.
  { code: 'DEMO-CQ-UBND-AB', name: 'UBND xã An Bình', kind: 'co_quan', parent: 'DEMO-XA-AB' },
  { code: 'DEMO-CQ-SNNMT', name: 'Sở Nông nghiệp và Môi trường tỉnh', kind: 'co_quan', parent: 'DEMO-TINH' },
] as const;

const PEOPLE = [
  { name: 'Cán bộ Ban TGDV tỉnh (demo)', role: 'official', unit: 'DEMO-TINH' },
  { name: 'Cán bộ Đảng ủy xã An Bình (demo)', role: 'official', unit: 'DEMO-XA-AB' },
  { name: 'CTV xã An Bình (demo)', role: 'collaborator', unit: 'DEMO-XA-AB', stratum: 'nong_dan' },
  { name: 'CTV phường Phú Lợi (demo)', role: 'collaborator', unit: 'DEMO-PH-PL', stratum: 'cong_nhan' },
  { name: 'CTV MTTQ tỉnh (demo)', role: 'collaborator', unit: 'DEMO-MTTQ', sector: 'mttq', stratum: 'huu_tri_ccb' },
  { name: 'Đầu mối UBND xã An Bình (demo)', role: 'liaison', unit: 'DEMO-CQ-UBND-AB' },
  { name: 'Đầu mối Sở Nông nghiệp và Môi trường (demo)', role: 'liaison', unit: 'DEMO-CQ-SNNMT' },
] as const;

/**
 * A small demo province for the sandbox, created only when the database has no units at all and
 * nobody ever came through a real channel (the caller also skips it while one is configured):
 * a newcomer can act as an official or a collaborator at once, or register with a fresh invite.
 */
export async function seedDemoIfEmpty(db: Db, now = new Date()): Promise<DemoSeed | null> {
  const [{ n }] = (await db.select({ n: count() }).from(units)) as [{ n: number }];
  if (n > 0 || (await realAccountsExist(db))) return null;
  return db.transaction(async (tx) => {
    const ids = new Map<string, { id: string; path: string }>();
    for (const u of UNITS) {
      const parent = u.parent ? ids.get(u.parent) : undefined;
      const [row] = await tx
        .insert(units)
        .values({ code: u.code, name: u.name, kind: u.kind, parentId: parent?.id ?? null, path: '/', deadlineDay: u.parent ? 20 : 25 })
        .returning({ id: units.id });
      const path = `${parent?.path ?? '/'}${row!.id}/`;
      await tx.update(units).set({ path }).where(eq(units.id, row!.id));
      ids.set(u.code, { id: row!.id, path });
    }
    for (const p of PEOPLE) {
      await tx.insert(people).values({
        displayName: p.name,
        role: p.role,
        unitId: ids.get(p.unit)!.id,
        sector: 'sector' in p ? p.sector : null,
        stratum: 'stratum' in p ? p.stratum : null,
        consentAt: now,
        consentVersion: CONSENT_VERSION,
      });
    }
    // A month of activity, so the console shows data on every page from the first start.
    await seedDemoMonth(tx, ids, now);
    await importQuestionnaire(tx, demoQuestionnaire());
    const byCode = new Map(UNITS.map((u) => [u.code as string, { id: ids.get(u.code)!.id, name: u.name as string }]));
    return { invites: await createDemoInvites(tx, byCode) };
  });
}
