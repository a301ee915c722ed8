import type { ReportDetail } from '../../../core/reports/detail.js';
import type { ReportListItem, ReportPage } from '../../../core/reports/browse.js';
import type { HotSpotHit } from '../../../core/reports/chat-search.js';
import { dmy } from '../../../core/synthesis/prose.js';
import { isoDate } from '../../../core/kernel/periods.js';
import { clipText } from '../../../core/kernel/text.js';
import { localDate } from '../../../core/kernel/zoned-time.js';

/** Chat rendering of the report browser (pure): numbered lines, short enough for Zalo (the channels split what is longer). */
type T = (key: string, args?: Record<string, string | number>) => string;
const day = (tz: string, d: Date | null) => (d ? dmy(isoDate(localDate(d, tz))) : '—');

/** A stored code's label when the templates have one, else the code itself. */
const label = (t: T, key: string, code: string | null | undefined) => {
  if (!code) return '—';
  const s = t(`${key}-${code}`);
  return s === `${key}-${code}` ? code : s;
};
const clip = (s: string | null | undefined, n: number) => (s ? clipText(s, n) : '');

function statusText(t: T, status: string): string {
  return label(t, 'browse-status', status);
}

function listLine(t: T, tz: string, n: number, r: ReportListItem): string {
  return t('browse-list-item', {
    n,
    receipt: r.receiptNo ?? '—',
    kind: t(`reports-kind-${r.kind}`),
    unit: r.unitName,
    date: day(tz, r.submittedAt),
    status: statusText(t, r.status),
    title: clip(r.title, 70) || '—',
  });
}

export function pageText(t: T, tz: string, headKey: string, head: Record<string, string | number>, p: ReportPage): string {
  const lines = [t(headKey, { ...head, total: p.capped ? t('browse-total-capped', { n: p.total }) : p.total, page: p.page + 1, pages: p.pages })];
  // Numbered per page, as the buttons under the list are (a typed "3" is the third line of this page).
  p.items.forEach((r, i) => lines.push(listLine(t, tz, i + 1, r)));
  return lines.join('\n');
}

/** The alerts found, numbered on from `first` (after the reports of the page). */
export function hotSpotLines(t: T, tz: string, hits: { total: number; items: HotSpotHit[] }, first: number): string[] {
  if (hits.total === 0) return [];
  const lines = [t('browse-search-alerts', { total: hits.total })];
  hits.items.forEach((h, i) =>
    lines.push(
      t('browse-search-alert', {
        n: first + i,
        receipt: h.receiptNo,
        unit: h.unitName,
        date: day(tz, h.createdAt),
        status: label(t, 'hot-spots-status', h.status),
        text: clip(h.description, 70) || '—',
      }),
    ),
  );
  return lines;
}

/** /xem: the whole report — head, general parts, every issue with its opinion streams, attachments. */
export function detailText(t: T, tz: string, d: ReportDetail, locale: string): string {
  const r = d.report;
  const lines = [
    t('browse-detail-head', { kind: t(`reports-kind-${r.kind}`), receipt: r.receiptNo ?? '—' }),
    t('browse-detail-meta', {
      unit: d.unitName,
      name: d.reporterName ?? '—',
      date: day(tz, r.submittedAt),
      status: statusText(t, r.status),
      version: r.version,
    }),
  ];
  if (r.urgent) lines.push(t('browse-detail-urgent'));
  if (r.period) lines.push(t('browse-detail-period', { period: r.period }));
  if (r.title) lines.push(t('browse-detail-title', { title: r.title }));
  if (r.assessment) lines.push(t('browse-detail-assessment', { text: r.assessment }));
  if (r.mood) lines.push(t('browse-detail-mood', { text: label(t, 'reports-opt-mood', r.mood) }));
  d.issues.forEach((i, n) => {
    lines.push('', t('browse-detail-issue', { n: n + 1, title: i.title, topic: (locale === 'en' ? i.topic?.en : i.topic?.vi) ?? i.topicCode }));
    if (i.scope) lines.push(t('browse-detail-scope', { text: label(t, 'reports-opt-scope', i.scope) }));
    if (i.summary) lines.push(t('browse-detail-summary', { text: i.summary }));
    if (i.causes) lines.push(t('browse-detail-causes', { text: i.causes }));
    if (i.forecast) lines.push(t('browse-detail-forecast', { text: i.forecast }));
    if (i.proposals) lines.push(t('browse-detail-proposals', { text: i.proposals }));
    for (const s of i.streams) {
      lines.push(
        t('browse-detail-stream', {
          stance: label(t, 'reports-opt-stance', s.stance),
          prevalence: label(t, 'reports-opt-prevalence', s.prevalence),
          group: s.holderGroup,
          text: s.content,
        }),
      );
    }
  });
  if (r.spread) lines.push('', t('browse-detail-spread', { text: label(t, 'reports-opt-spread', r.spread) }));
  if (r.rumours) lines.push(t('browse-detail-rumours', { text: r.rumours }));
  if (r.goodPractices) lines.push(t('browse-detail-good', { text: r.goodPractices }));
  if (r.proposals) lines.push(t('browse-detail-proposals', { text: r.proposals }));
  if (d.exchange.length > 0) {
    lines.push('', t('browse-detail-exchange'));
    d.exchange.forEach((e) => lines.push(t(`browse-detail-${e.action}`, { date: day(tz, e.at), note: e.note })));
  }
  if (d.media.length > 0) {
    lines.push('', t('browse-detail-files', { n: d.media.length }));
    d.media.forEach((m, k) => lines.push(t('browse-detail-file', { n: k + 1, kind: label(t, 'browse-media', m.kind), name: m.fileName ?? '—' })));
  }
  return lines.join('\n');
}
