import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { channelAccounts, people, units } from '../../db/schema/index.js';

export interface Unit {
  id: string;
  code: string;
  name: string;
  path: string;
}

export interface Tree {
  tag: string;
  root: Unit;
  districts: Unit[];
  communes: Unit[];
}

export async function addUnit(db: Db, code: string, name: string, parent: Unit | null): Promise<Unit> {
  const [u] = await db
    .insert(units)
    .values({ code, name, parentId: parent?.id ?? null, path: '/' })
    .returning({ id: units.id });
  const path = `${parent?.path ?? '/'}${u!.id}/`;
  await db.update(units).set({ path }).where(eq(units.id, u!.id));
  return { id: u!.id, code, name, path };
}

/** Province → districts → communes, codes unique per call. */
export async function seedTree(db: Db, districts = 2, communesPer = 3): Promise<Tree> {
  const tag = randomBytes(3).toString('hex');
  const root = await addUnit(db, `P${tag}`, `Tỉnh ${tag}`, null);
  const ds: Unit[] = [];
  const cs: Unit[] = [];
  for (let i = 0; i < districts; i++) {
    const d = await addUnit(db, `D${tag}${i}`, `Huyện ${i + 1}`, root);
    ds.push(d);
    for (let j = 0; j < communesPer; j++) cs.push(await addUnit(db, `C${tag}${i}${j}`, `Xã ${i + 1}.${j + 1}`, d));
  }
  return { tag, root, districts: ds, communes: cs };
}

export interface CollaboratorSeed {
  /** Channel of their one account; null = no account at all. */
  channel?: string | null;
  /** External ids are `firstExternalId + i` (numeric strings: Telegram chat ids). */
  firstExternalId?: number;
  role?: 'collaborator' | 'official';
  /** Person i gets sectors[i % length] (and strata likewise). */
  sectors?: string[];
  strata?: string[];
  status?: 'active' | 'suspended';
  namePrefix?: string;
}

/**
 * `n` people spread round-robin over `among` units, written with two set-based statements
 * (fast enough for 100k). Returns the external ids in person order.
 */
export async function seedPeople(db: Db, among: Unit[], n: number, o: CollaboratorSeed = {}): Promise<string[]> {
  const prefix = o.namePrefix ?? `CTV-${randomBytes(3).toString('hex')}`;
  const unitIds = sql.raw(`array[${among.map((u) => `'${u.id}'::uuid`).join(',')}]`);
  const sectors = o.sectors?.length ? sql`(${sql.raw(`array[${o.sectors.map((s) => `'${s}'`).join(',')}]`)})[1 + g % ${o.sectors.length}]` : sql`null`;
  const strata = o.strata?.length ? sql`(${sql.raw(`array[${o.strata.map((s) => `'${s}'`).join(',')}]`)})[1 + g % ${o.strata.length}]` : sql`null`;
  await db.execute(sql`
    insert into ${people} (display_name, role, unit_id, sector, stratum, status)
    select ${prefix} || '-' || lpad(g::text, 6, '0'), ${o.role ?? 'collaborator'}, (${unitIds})[1 + g % ${among.length}], ${sectors}, ${strata}, ${o.status ?? 'active'}
    from generate_series(0, ${n - 1}) g`);
  if (o.channel === null) return [];
  const first = o.firstExternalId ?? 7_000_000_000 + Math.floor(Math.random() * 1e9);
  await db.execute(sql`
    insert into ${channelAccounts} (person_id, channel, external_id)
    select id, ${o.channel ?? 'telegram'}, (${first}::bigint + row_number() over (order by display_name) - 1)::text
    from ${people} where display_name like ${`${prefix}-%`}`);
  return Array.from({ length: n }, (_, i) => String(first + i));
}

export interface PersonRef {
  id: string;
  role: 'collaborator' | 'official' | 'admin';
  unitId: string;
  accountId: string;
  channel: string;
}

export async function addPerson(
  db: Db,
  unit: Unit,
  role: 'collaborator' | 'official' | 'admin',
  name: string,
  channel = 'telegram',
  accountId?: string,
): Promise<PersonRef> {
  const [p] = await db.insert(people).values({ displayName: name, role, unitId: unit.id }).returning({ id: people.id });
  const external = accountId ?? String(8_000_000_000 + Math.floor(Math.random() * 1e9));
  await db.insert(channelAccounts).values({ personId: p!.id, channel, externalId: external });
  return { id: p!.id, role, unitId: unit.id, accountId: external, channel };
}
