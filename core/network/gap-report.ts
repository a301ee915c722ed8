import type { Executor } from '../../db/client.js';
import { units } from '../../db/schema/index.js';
import type { Locale, Translate } from '../kernel/i18n.js';
import { sectorLabel, stratumLabel } from '../people/labels.js';
import type { OfficialRow } from '../people/inactive.js';
import { inArray } from 'drizzle-orm';
import type { Gap } from './composition.js';
import { loadComposition, unitsWithTargets } from './targets.js';

/** One unit's unmet targets, for the monthly list to its officials. */
export interface UnitGaps {
  unitName: string;
  gaps: Gap[];
}

/**
 * The gaps of every unit that carries targets, grouped by the officials who hear of that unit
 * (the same router as the inactive list: the unit's own officials, else the nearest ancestor's).
 */
export async function gapsByOfficial(
  db: Executor,
  route: (unitId: string) => OfficialRow[],
): Promise<Map<string, { official: OfficialRow; units: UnitGaps[] }>> {
  const ids = await unitsWithTargets(db);
  const out = new Map<string, { official: OfficialRow; units: UnitGaps[] }>();
  if (ids.length === 0) return out;
  const rows = await db.select({ id: units.id, name: units.name, path: units.path }).from(units).where(inArray(units.id, ids));
  for (const u of rows) {
    const { gaps } = await loadComposition(db, u);
    if (gaps.length === 0) continue;
    for (const o of route(u.id)) {
      const e = out.get(o.id) ?? { official: o, units: [] };
      e.units.push({ unitName: u.name, gaps });
      out.set(o.id, e);
    }
  }
  return out;
}

export function gapLine(t: Translate, locale: Locale, g: Gap): string {
  if (g.kind === 'area') return t(locale, 'network-gap-area', { unit: g.unitName, count: g.count, min: g.min });
  const label = (g.kind === 'stratum' ? stratumLabel : sectorLabel)((k) => t(locale, k), g.value);
  return t(locale, `network-gap-${g.kind}`, { label, count: g.count, min: g.min });
}

/** The section appended to the monthly inactive list (or sent alone when nobody is inactive). */
export function gapsText(t: Translate, locale: Locale, list: UnitGaps[]): string {
  const lines: string[] = [];
  for (const u of list) lines.push(t(locale, 'network-gaps-title', { unit: u.unitName }), ...u.gaps.map((g) => gapLine(t, locale, g)));
  lines.push(t(locale, 'network-gaps-footer'));
  return lines.join('\n');
}
