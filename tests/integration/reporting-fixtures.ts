import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { channelAccounts, people, units } from '../../db/schema/index.js';
import { loadConfig, type Config } from '../../core/platform/config.js';
import { submitReport } from '../../core/reports/submit.js';
import type { ReportDraft } from '../../core/reports/draft.js';

/** Test helpers of the reporting feature (periods, reminders, completeness, synthesis, polls). */
export interface UnitSpec {
  key: string;
  name: string;
  parent?: string;
  deadlineDay?: number;
  cutoffDay?: number;
  lockDays?: number;
}

export interface SeededUnit {
  id: string;
  code: string;
  path: string;
  name: string;
}

export async function seedUnits(db: Db, specs: UnitSpec[]): Promise<Record<string, SeededUnit>> {
  const tag = randomBytes(3).toString('hex');
  const out: Record<string, SeededUnit> = {};
  for (const s of specs) {
    const id = randomUUID();
    const parent = s.parent ? out[s.parent] : undefined;
    const u = { id, code: `${s.key.toUpperCase()}${tag}`, path: `${parent?.path ?? '/'}${id}/`, name: s.name };
    await db.insert(units).values({
      id,
      code: u.code,
      name: s.name,
      parentId: parent?.id ?? null,
      path: u.path,
      deadlineDay: s.deadlineDay ?? null,
      cutoffDay: s.cutoffDay ?? null,
      lockDays: s.lockDays ?? null,
    });
    out[s.key] = u;
  }
  return out;
}

export interface Person {
  id: string;
  accountId: string;
  name: string;
}

export async function addPerson(
  db: Db,
  unitId: string,
  role: 'collaborator' | 'official' | 'admin',
  name: string,
  opts: { createdAt?: Date; noAccount?: boolean; sector?: string; stratum?: string; locale?: string } = {},
): Promise<Person> {
  const [p] = await db
    .insert(people)
    .values({ displayName: name, role, unitId, createdAt: opts.createdAt, sector: opts.sector, stratum: opts.stratum, locale: opts.locale ?? 'vi' })
    .returning({ id: people.id });
  const accountId = `acc-${randomBytes(5).toString('hex')}`;
  if (!opts.noAccount) await db.insert(channelAccounts).values({ personId: p!.id, channel: 'sandbox', externalId: accountId });
  return { id: p!.id, accountId, name };
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...overrides });
}

export function periodicDraft(period: string, extra: Partial<ReportDraft> = {}): ReportDraft {
  return { kind: 'periodic', period, assessment: 'on_dinh', mood: 'binh_thuong', issues: [], ...extra };
}

/** Files a report through the collaborators' real domain call, at a given instant. */
export async function fileReport(db: Db, who: { id: string }, unitId: string, draft: ReportDraft, at: Date) {
  return db.transaction((tx) => submitReport(tx, draft, { personId: who.id, unitId, channel: 'sandbox' }, at));
}

/** Local Vietnamese wall-clock time → instant. */
export function vn(isoLocal: string): Date {
  return new Date(`${isoLocal}+07:00`);
}
