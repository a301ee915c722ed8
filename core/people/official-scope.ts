import { appendAudit } from '../compliance/audit.js';
import { resolveAudienceRoot, type AudienceRoot } from './audience.js';
import type { Executor } from '../../db/client.js';
import { ScopeError } from '../kernel/errors.js';
import { comparePeriods, formatPeriod, periodOn, type CivilDate, type ReportingSettings } from '../kernel/periods.js';
import { findUnitByCode } from './units.js';
import { refuse, type Refusal } from '../kernel/result.js';

/**
 * What an official's /thongke and /tonghop may look at: a unit of their own subtree (their own
 * unit by default) and a period that has begun. Anything else is refused and audited
 * (DESIGN §4.6), in the caller's transaction.
 */
export interface ScopeArgs {
  unitCode: string | null;
  period: string | null;
  /** A token that is neither a period nor a plausible unit code. */
  bad: string | null;
}

/** "2026-11", "11/2026", "11-2026" → period; anything else → a unit code. Order does not matter. */
export function parseScopeArgs(args: string): ScopeArgs {
  const out: ScopeArgs = { unitCode: null, period: null, bad: null };
  for (const token of args.split(/\s+/).filter(Boolean)) {
    const iso = /^(\d{4})-(\d{1,2})$/.exec(token);
    const vn = /^(\d{1,2})[/-](\d{4})$/.exec(token);
    const [y, m] = iso ? [Number(iso[1]), Number(iso[2])] : vn ? [Number(vn[2]), Number(vn[1])] : [0, 0];
    if (y) {
      if (m < 1 || m > 12 || out.period) out.bad ??= token;
      else out.period = formatPeriod(y, m);
    } else if (/^[A-Za-z0-9_.-]{1,40}$/.test(token) && !out.unitCode) out.unitCode = token;
    else out.bad ??= token;
  }
  return out;
}

export type ScopeResult = { ok: true; root: AudienceRoot & { code: string } } | Refusal<'unknown_unit' | 'out_of_scope'>;

export async function resolveScope(tx: Executor, official: { id: string; unitId: string }, unitCode: string | null, action: string): Promise<ScopeResult> {
  const unit = unitCode ? await findUnitByCode(tx, unitCode) : null;
  if (unitCode && !unit) return refuse('unknown_unit');
  try {
    const root = await resolveAudienceRoot(tx, official, unit?.id ?? official.unitId, action);
    const code = unit?.code ?? (await tx.query.units.findFirst({ where: (u, { eq }) => eq(u.id, official.unitId), columns: { code: true } }))?.code ?? '';
    return { ok: true, root: { ...root, code } };
  } catch (err) {
    if (err instanceof ScopeError) return refuse('out_of_scope');
    throw err;
  }
}

/** A period that has not begun in the unit is outside what anyone can look at: refused + audited. */
export async function checkPeriod(
  tx: Executor,
  official: { id: string },
  period: string,
  s: ReportingSettings,
  today: CivilDate,
  action: string,
  unitId: string,
): Promise<boolean> {
  if (comparePeriods(period, periodOn(today, s)) <= 0) return true;
  await appendAudit(tx, {
    actorId: official.id,
    action,
    targetType: 'unit',
    targetId: unitId,
    outcome: 'refused',
    details: { reason: 'future_period', period },
  });
  return false;
}
