import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { people, units } from '../../db/schema/index.js';

/** A unit and a collaborator in it, for domain tests. */
export async function makeUnitAndPerson(db: Db, name = 'Xã Tân Hòa'): Promise<{ unitId: string; personId: string }> {
  const code = `U${randomBytes(4).toString('hex')}`;
  const [unit] = await db
    .insert(units)
    .values({ code, name, path: `/${code}/` })
    .returning({ id: units.id });
  const [person] = await db.insert(people).values({ displayName: 'Nguyễn Văn A', role: 'collaborator', unitId: unit!.id }).returning({ id: people.id });
  return { unitId: unit!.id, personId: person!.id };
}
