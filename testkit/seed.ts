import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { ChannelName } from '../core/kernel/messages.js';
import type { Role } from '../core/people/people.js';
import type { Db } from '../db/client.js';
import { channelAccounts, people, units } from '../db/schema/index.js';

/** Factories for units and people, shared by the tests and the benches (one of each). */
export interface Unit {
  id: string;
  code: string;
  name: string;
  path: string;
}

/** Reporting calendar of a unit (null = inherit). */
export interface UnitCalendar {
  deadlineDay?: number;
  cutoffDay?: number;
  lockDays?: number;
}

export async function addUnit(db: Db, code: string, name: string, parent: Unit | null, calendar: UnitCalendar = {}): Promise<Unit> {
  const id = randomUUID();
  const path = `${parent?.path ?? '/'}${id}/`;
  await db.insert(units).values({
    id,
    code,
    name,
    parentId: parent?.id ?? null,
    path,
    deadlineDay: calendar.deadlineDay ?? null,
    cutoffDay: calendar.cutoffDay ?? null,
    lockDays: calendar.lockDays ?? null,
  });
  return { id, code, name, path };
}

export interface UnitSpec extends UnitCalendar {
  key: string;
  name: string;
  /** Key of a unit earlier in the list. */
  parent?: string;
  /** Code prefix (default: the key in capitals); a random tag makes it unique per call. */
  code?: string;
}

/** Units from a list (parents first), codes unique per call; keyed by `key`. */
export async function seedUnits(db: Db, specs: UnitSpec[]): Promise<Record<string, Unit>> {
  const tag = randomBytes(3).toString('hex');
  const out: Record<string, Unit> = {};
  for (const s of specs) {
    const parent = s.parent ? out[s.parent]! : null;
    out[s.key] = await addUnit(db, `${s.code ?? s.key.toUpperCase()}${tag}`, s.name, parent, s);
  }
  return out;
}

/** The usual small tree: root → province → two communes, plus a sector branch under the province. */
export interface Tree {
  root: string;
  province: string;
  commune: string;
  otherCommune: string;
  branch: string;
  codes: Record<'root' | 'province' | 'commune' | 'otherCommune' | 'branch', string>;
}

export async function seedTree(db: Db): Promise<Tree> {
  const u = await seedUnits(db, [
    { key: 'root', code: 'TW', name: 'Ban Tuyên giáo và Dân vận Trung ương' },
    { key: 'province', code: 'HP', name: 'Tỉnh Hải Phòng', parent: 'root' },
    { key: 'commune', code: 'X1', name: 'Xã Tân Hòa', parent: 'province' },
    { key: 'otherCommune', code: 'X2', name: 'Xã An Lạc', parent: 'province' },
    { key: 'branch', code: 'MT', name: 'Ủy ban MTTQ tỉnh', parent: 'province' },
  ]);
  const keys = ['root', 'province', 'commune', 'otherCommune', 'branch'] as const;
  const ids = Object.fromEntries(keys.map((k) => [k, u[k]!.id])) as Record<(typeof keys)[number], string>;
  const codes = Object.fromEntries(keys.map((k) => [k, u[k]!.code])) as Tree['codes'];
  return { ...ids, codes };
}

/** A generated province: root → `districts` districts → `communesPer` communes each (for volume). */
export interface Province {
  tag: string;
  root: Unit;
  districts: Unit[];
  communes: Unit[];
}

export async function seedProvince(db: Db, districts = 2, communesPer = 3): Promise<Province> {
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

export interface PersonOptions {
  /** Channel of the first account (default sandbox). */
  channel?: ChannelName;
  /** Several accounts, oldest first (the first is the person's preferred channel). */
  accounts?: ChannelName[];
  /** External id of the first account (default: a Telegram-like number on telegram, `acc-…` elsewhere). */
  accountId?: string;
  noAccount?: boolean;
  createdAt?: Date;
  /** When they agreed to the terms (default: not yet). */
  consentAt?: Date;
  sector?: string;
  stratum?: string;
  locale?: string;
}

export interface PersonRef {
  id: string;
  role: Role;
  unitId: string;
  name: string;
  accountId: string;
  channel: ChannelName;
}

export async function addPerson(db: Db, unit: string | { id: string }, role: Role, name: string, o: PersonOptions = {}): Promise<PersonRef> {
  const unitId = typeof unit === 'string' ? unit : unit.id;
  const [p] = await db
    .insert(people)
    .values({ displayName: name, role, unitId, createdAt: o.createdAt, consentAt: o.consentAt, sector: o.sector, stratum: o.stratum, locale: o.locale ?? 'vi' })
    .returning({ id: people.id });
  const channels = o.accounts ?? [o.channel ?? 'sandbox'];
  const accountId =
    o.accountId ?? (channels[0] === 'telegram' ? String(8_000_000_000 + Math.floor(Math.random() * 1e9)) : `acc-${randomBytes(5).toString('hex')}`);
  if (!o.noAccount) {
    for (const [i, channel] of channels.entries()) {
      const externalId = i === 0 ? accountId : `${accountId}-${channel}`;
      await db.insert(channelAccounts).values({ personId: p!.id, channel, externalId, createdAt: new Date(Date.now() + i) });
    }
  }
  return { id: p!.id, role, unitId, name, accountId, channel: channels[0]! };
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
