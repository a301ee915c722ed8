import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { topics } from '../../../db/schema/index.js';
import { findUnitByCode } from '../../../core/people/units.js';
import { formatPeriod } from '../../../core/kernel/periods.js';
import { matchKey } from '../../../core/kernel/text.js';
import type { ReportFilters } from '../../../core/reports/browse.js';

/**
 * /baocao_ds arguments, in any order: a period (11/2026, 2026-11), a kind (nhanh, chuyende,
 * dinhky), a status (moi, datiepnhan, canbosung, datonghop), a topic code, a unit code of the
 * subtree, and `trang N`. Words are accent-insensitive.
 */
const KINDS: Record<string, ReportFilters['kind']> = {
  nhanh: 'quick',
  quick: 'quick',
  chuyende: 'thematic',
  thematic: 'thematic',
  dinhky: 'periodic',
  periodic: 'periodic',
};
const STATUSES: Record<string, ReportFilters['status']> = {
  moi: 'submitted',
  chuatiepnhan: 'submitted',
  new: 'submitted',
  datiepnhan: 'received',
  received: 'received',
  canbosung: 'needs_more',
  bosung: 'needs_more',
  needsmore: 'needs_more',
  datonghop: 'synthesised',
  synthesised: 'synthesised',
};

export interface ListArgs {
  filters: ReportFilters;
  page: number;
  /** The arguments without the page, to build the paging buttons. */
  rest: string;
  bad?: string;
}

export async function parseListArgs(tx: Executor, args: string): Promise<ListArgs> {
  const filters: ReportFilters = {};
  let page = 0;
  const kept: string[] = [];
  const tokens = args.split(/\s+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i]!;
    const key = matchKey(raw).replace(/[^a-z0-9]/g, '');
    if ((key === 'trang' || key === 'page') && /^\d+$/.test(tokens[i + 1] ?? '')) {
      page = Math.max(0, Number(tokens[++i]) - 1);
      continue;
    }
    const iso = /^(\d{4})-(\d{1,2})$/.exec(raw);
    const vn = /^(\d{1,2})[/-](\d{4})$/.exec(raw);
    const [y, m] = iso ? [Number(iso[1]), Number(iso[2])] : vn ? [Number(vn[2]), Number(vn[1])] : [0, 0];
    if (y && m >= 1 && m <= 12 && !filters.period) filters.period = formatPeriod(y, m);
    else if (KINDS[key] && !filters.kind) filters.kind = KINDS[key];
    else if (STATUSES[key] && !filters.status) filters.status = STATUSES[key];
    else if (!filters.topic && (await tx.select({ c: topics.code }).from(topics).where(eq(topics.code, raw))).length) filters.topic = raw;
    else if (!filters.unitId && /^[A-Za-z0-9_.-]{1,40}$/.test(raw)) {
      const unit = await findUnitByCode(tx, raw);
      if (!unit) return { filters, page, rest: '', bad: raw };
      filters.unitId = unit.id;
    } else return { filters, page, rest: '', bad: raw };
    kept.push(raw);
  }
  return { filters, page, rest: kept.join(' ') };
}
