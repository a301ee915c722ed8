import { formatDate } from '../../../core/kernel/datetime.js';
import { casesOfReporter } from '../../../core/cases/cases.js';
import { recentHotSpots } from '../../../core/hot-spots/create.js';
import { recentReports } from '../../../core/reports/submit.js';
import { optionLabel } from '../../engine/common/options.js';
import { HOT_SPOT_OPTIONS } from '../hot-spots/options.js';
import { periodLabel } from '../reports/steps/render.js';
import type { Reply } from '../../engine/types.js';
import type { HandlerContext } from '../../engine/registry.js';

const RECENT = 5;

function day(at: Date | null): string {
  return at ? formatDate(at, 'Asia/Ho_Chi_Minh') : '—';
}

/** /trangthai: the person's latest reports and hot spots, with receipt numbers and states. */
export async function myStatus(h: HandlerContext): Promise<Reply[]> {
  const t = h.flow.t;
  if (!h.person) return [{ text: t('engine-not-registered') }];
  // Three independent reads sent together on the update's connection: one wait instead of three.
  const [reports, spots, cases] = await Promise.all([
    recentReports(h.tx, h.person.id, RECENT),
    recentHotSpots(h.tx, h.person.id, RECENT),
    casesOfReporter(h.tx, h.person.id, RECENT),
  ]);
  const lines = [t('home-status-title')];
  lines.push('', t('home-status-reports'));
  if (reports.length === 0) lines.push(t('home-status-no-reports'));
  for (const r of reports) {
    lines.push(
      t('home-status-report-line', {
        receipt: r.receiptNo ?? '—',
        kind: t(`reports-kind-${r.kind}`),
        period: r.period ? periodLabel(r.period) : '—',
        status: t(`home-status-report-${r.status}`),
        date: day(r.submittedAt),
      }),
    );
  }
  lines.push('', t('home-status-hot-spots'));
  if (spots.length === 0) lines.push(t('home-status-no-hot-spots'));
  for (const s of spots) {
    lines.push(
      t('home-status-hs-line', {
        receipt: s.receiptNo,
        category: optionLabel(h.flow, HOT_SPOT_OPTIONS.category, s.category),
        severity: optionLabel(h.flow, HOT_SPOT_OPTIONS.severity, String(s.severity)),
        status: t(`home-status-hs-${s.status}`),
        date: day(s.createdAt),
      }),
    );
  }
  // What became of it: the cases officials opened from these reports and alerts (issue 13 §4).
  if (cases.length > 0) {
    lines.push('', t('cases-status-title'));
    for (const c of cases)
      lines.push(t('cases-status-line', { receipt: c.receiptNo, title: c.title, body: c.bodyName, status: t(`cases-status-${c.status}`) }));
  }
  return [{ text: lines.join('\n') }];
}
