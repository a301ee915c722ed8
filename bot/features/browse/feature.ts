import { browseReports } from '../../../core/reports/browse.js';
import { reportIdByReceipt, searchHotSpots } from '../../../core/reports/chat-search.js';
import { reportDetail } from '../../../core/reports/detail.js';
import { hotSpotDetail } from '../../../core/hot-spots/detail.js';
import { findHotSpotByReceipt } from '../../../core/hot-spots/queries.js';
import type { Role } from '../../../core/people/people.js';
import type { Feature, HandlerContext } from '../../engine/registry.js';
import type { Reply, ReplyChoice } from '../../engine/types.js';
import type { FeatureDeps } from '../deps.js';
import { parseListArgs } from './filters.js';
import { alertView } from '../hot-spots/feature.js';
import { detailText, hotSpotLines, pageText } from './views.js';

const OFFICIALS: Role[] = ['official', 'admin'];
const PAGE_SIZE = 8;
const SEARCH_ALERTS = 5;

const official = (h: HandlerContext) => ({ id: h.person!.id, unitId: h.person!.unitId });
const isOfficial = (h: HandlerContext) => h.person?.role === 'official' || h.person?.role === 'admin';

function pager(h: HandlerContext, command: string, rest: string, page: number, pages: number): ReplyChoice[] {
  const t = h.flow.t;
  const out: ReplyChoice[] = [];
  const args = (n: number) => `/${command} ${rest}${rest ? ' ' : ''}trang ${n}`;
  if (page > 0) out.push({ label: t('browse-prev'), value: args(page) });
  if (page + 1 < pages) out.push({ label: t('browse-next'), value: args(page + 2) });
  return out;
}

/**
 * One button per line of a list, numbered as the lines are: a tap (or the typed number) opens the
 * report in full, or an alert's own view.
 */
function itemChoices(reports: { id: string; receiptNo: string | null }[], alerts: { id: string; receiptNo: string }[] = []): ReplyChoice[] {
  return [
    ...reports.map((r, i) => ({ label: `${i + 1}. ${r.receiptNo ?? '—'}`, value: `/xem ${r.receiptNo ?? r.id}` })),
    ...alerts.map((a, i) => ({ label: `${reports.length + i + 1}. ${a.receiptNo}`, value: `h:${a.id}:view` })),
  ];
}

/** Buttons under a report: read it in full, acknowledge, forward (case handling). */
function reportChoices(h: HandlerContext, id: string): ReplyChoice[] {
  const t = h.flow.t;
  return [
    { label: t('notices-btn-received'), value: `rv:${id}` },
    { label: t('notices-btn-more'), value: `rp:${id}:more` },
    { label: t('notices-btn-forward'), value: `/chuyenxuly ${id}` },
    { label: t('network-btn-useful'), value: `nw:u:${id}` },
  ];
}

/** /baocao_ds [filters] [trang N]: reports of the official's subtree, newest first, paged. */
async function list(args: string, h: HandlerContext, tz: string): Promise<Reply[]> {
  const t = h.flow.t;
  const a = await parseListArgs(h.tx, args);
  if (a.bad) return [{ text: t('browse-bad-args', { arg: a.bad }) }];
  const r = await browseReports(h.tx, official(h), a.filters, { page: a.page, pageSize: PAGE_SIZE }, 'report.browse');
  if (!r.ok) return [{ text: t(`browse-x-${r.code}`) }];
  if (r.total === 0) return [{ text: t('browse-list-empty', { unit: r.root.name }) }];
  const text = `${pageText(t, tz, 'browse-list-head', { unit: r.root.name }, r)}\n${t('browse-list-foot')}`;
  return [{ text, choices: [...itemChoices(r.items), ...pager(h, 'baocao_ds', a.rest, r.page, r.pages)] }];
}

type AlertView = (id: string, h: HandlerContext) => Promise<Reply[]>;

/** /xem <số biên nhận>: a report in full (a DN- receipt opens the alert's own view). */
async function view(args: string, h: HandlerContext, tz: string, alert: AlertView): Promise<Reply[]> {
  const t = h.flow.t;
  const ref = args.trim();
  if (!ref) return [{ text: t('browse-view-usage') }];
  if (/^DN-/i.test(ref)) {
    // Out of scope (a neighbour's alert, one sent «chỉ cấp trên» past this unit) reads as unknown; refusals audited.
    const hs = await findHotSpotByReceipt(h.tx, ref);
    if (!hs || !(await hotSpotDetail(h.tx, { ...official(h), role: h.person!.role }, hs.id))) return [{ text: t('browse-x-not_found', { receipt: ref }) }];
    return alert(hs.id, h);
  }
  const id = await reportIdByReceipt(h.tx, ref);
  return showReport(h, tz, id ?? ref);
}

async function showReport(h: HandlerContext, tz: string, id: string): Promise<Reply[]> {
  const t = h.flow.t;
  const d = await reportDetail(h.tx, official(h), id);
  if (!d) return [{ text: t('browse-x-not_found', { receipt: id.length > 30 ? '' : id }) }];
  return [{ text: detailText(t, tz, d, h.flow.locale), choices: reportChoices(h, d.report.id) }];
}

/** /timkiem <từ khóa>: reports and alerts of the subtree, accent-insensitive, typos forgiven, best first. */
async function search(args: string, h: HandlerContext, tz: string): Promise<Reply[]> {
  const t = h.flow.t;
  const m = /^(.*?)(?:\s+(?:trang|page)\s+(\d+))?$/is.exec(args.trim());
  const q = (m?.[1] ?? '').trim();
  const page = Math.max(0, Number(m?.[2] ?? 1) - 1);
  if (!q) return [{ text: t('browse-search-usage') }];
  const r = await browseReports(h.tx, official(h), { q }, { page, pageSize: PAGE_SIZE }, 'report.search');
  if (!r.ok) return [{ text: t(`browse-x-${r.code}`) }];
  const alerts = page === 0 ? await searchHotSpots(h.tx, official(h), q, SEARCH_ALERTS) : null;
  const alertLines = alerts ? hotSpotLines(t, tz, alerts, r.items.length + 1) : [];
  if (r.total === 0 && alertLines.length === 0) return [{ text: t('browse-search-empty', { q }) }];
  const parts: string[] = [];
  if (r.total > 0) parts.push(pageText(t, tz, 'browse-search-head', { q }, r));
  if (alertLines.length) parts.push(alertLines.join('\n'));
  parts.push(t('browse-list-foot'));
  return [{ text: parts.join('\n\n'), choices: [...itemChoices(r.items, alerts?.items ?? []), ...pager(h, 'timkiem', q, r.page, r.pages)] }];
}

/** Buttons on a report notice: `rp:<id>:view` and `rp:<id>:more` (the /bosung hint). */
async function reportButton(rest: string, h: HandlerContext, tz: string): Promise<Reply[]> {
  const t = h.flow.t;
  if (!isOfficial(h)) return [{ text: t('engine-not-allowed') }];
  const [id = '', verb] = rest.split(':');
  if (verb === 'more') {
    const d = await reportDetail(h.tx, official(h), id);
    if (!d) return [{ text: t('browse-x-not_found', { receipt: '' }) }];
    return [{ text: t('notices-more-hint', { receipt: d.report.receiptNo ?? '' }) }];
  }
  return showReport(h, tz, id);
}

function moreCommand(rest: string): string | null {
  const [id = '', verb] = rest.split(':');
  return verb === 'more' && /^[0-9a-f-]{36}$/i.test(id) ? `/bosung ${id}` : null;
}

/**
 * The report browser in chat (issue 13 §2): /baocao_ds, /xem, /timkiem and the notice's
 * buttons. Same core functions as the console (core/reports/browse.ts), so scope and search agree.
 */
export function createBrowseFeature(deps: FeatureDeps): Feature {
  const tz = deps.config.TIMEZONE;
  const alert = alertView(deps);
  return {
    name: 'browse',
    helpSection: 'browse',
    commands: [
      { names: ['baocao_ds', 'reports'], roles: OFFICIALS, helpKey: 'browse-help-list', run: (a, h) => list(a, h, tz) },
      { names: ['xem', 'view'], roles: OFFICIALS, helpKey: 'browse-help-view', run: (a, h) => view(a, h, tz, alert) },
      { names: ['timkiem', 'search'], roles: OFFICIALS, helpKey: 'browse-help-search', run: (a, h) => search(a, h, tz) },
    ],
    // «Yêu cầu bổ sung» opens the request's question: the text typed next is the request.
    actions: [{ prefix: 'rp', run: (rest, h) => reportButton(rest, h, tz), command: moreCommand }],
  };
}
