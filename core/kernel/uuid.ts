/** A database id's shape alone, for routes and larger patterns (`:id{…}`, `^a:(…)$`). */
export const UUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const UUID = new RegExp(`^${UUID_PATTERN}$`, 'i');

/** A database id as people and buttons carry it (any UUID version, either case). */
export function isUuid(s: string): boolean {
  return UUID.test(s);
}
