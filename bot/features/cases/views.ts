import { caseEventsOf, caseById, canSeeCase, casesOfBody, type CaseRow } from '../../../core/cases/cases.js';
import { caseSituation, dueText, tellReporter, type CaseEnv } from '../../../core/cases/notify.js';
import { cases, caseEvents } from '../../../db/schema/index.js';
import { eq } from 'drizzle-orm';
import type { HandlerContext } from '../../engine/registry.js';
import type { Reply, ReplyChoice } from '../../engine/types.js';

/** /hoso [XL-…]: a liaison's open cases, or one case's timeline for whoever may see it. */
const actor = (h: HandlerContext) => ({ id: h.person!.id, unitId: h.person!.unitId, role: h.person!.role });

function caseLine(h: HandlerContext, env: CaseEnv, n: number, c: CaseRow): string {
  return h.flow.t('cases-list-item', { n, receipt: c.receiptNo, title: c.title, due: dueText(env, c.dueAt), status: h.flow.t(`cases-status-${c.status}`) });
}

export async function casesCommand(env: CaseEnv, args: string, h: HandlerContext): Promise<Reply[]> {
  const t = h.flow.t;
  const ref = args.trim().toUpperCase();
  if (!ref) {
    if (h.person!.role !== 'liaison') return [{ text: t('cases-view-usage') }];
    const open = await casesOfBody(h.tx, h.person!.unitId);
    if (open.length === 0) return [{ text: t('cases-list-empty') }];
    return [{ text: [t('cases-list-head', { n: open.length }), ...open.map((c, i) => caseLine(h, env, i + 1, c))].join('\n') }];
  }
  const [row] = await h.tx.select().from(cases).where(eq(cases.receiptNo, ref));
  if (!row || !(await canSeeCase(h.tx, actor(h), row))) return [{ text: t('cases-x-not_found') }];
  const events = await caseEventsOf(h.tx, row.id);
  const what = await caseSituation(h.tx, env, h.flow.locale, row);
  const asked = row.note ? [t('cases-new-note', { note: row.note })] : [];
  const lines = [caseLine(h, env, 1, row).replace(/^1\. /, ''), ...what, ...asked, ''];
  const liaison = h.person!.role === 'liaison';
  for (const { e, actor: name } of events) {
    const who = liaison || h.person!.id !== row.reporterId ? (name ?? '') : '';
    lines.push(t('cases-timeline-item', { at: dueText(env, e.createdAt), what: t(`cases-event-${e.kind}`), who: who || '—', note: e.note ?? '' }).trimEnd());
  }
  if (row.result) lines.push('', t('cases-result', { text: row.result }));
  let choices: ReplyChoice[] | undefined;
  if (liaison && (row.status === 'sent' || row.status === 'accepted' || row.status === 'in_progress')) {
    choices = (['accepted', 'in_progress', 'done', 'declined'] as const).map((a) => ({ label: t(`cases-btn-${a}`), value: `/xuly ${row.id} ${a}` }));
  }
  return [{ text: lines.join('\n'), choices }];
}

/** `co:<eventId>`: the forwarding official tells the reporter one step of a silent case. */
export async function tellButton(env: CaseEnv, rest: string, h: HandlerContext): Promise<Reply[]> {
  const t = h.flow.t;
  const id = Number(rest);
  const [ev] = Number.isSafeInteger(id) ? await h.tx.select().from(caseEvents).where(eq(caseEvents.id, id)) : [];
  const c = ev ? await caseById(h.tx, ev.caseId) : null;
  if (!ev || !c || !(h.person!.role === 'official' || h.person!.role === 'admin') || !(await canSeeCase(h.tx, actor(h), c)))
    return [{ text: t('cases-x-not_found') }];
  const told = await tellReporter(h.tx, env, c, ev.id, ev.kind, ev.note);
  return [{ text: t(told ? 'cases-told' : 'cases-told-already', { receipt: c.receiptNo }) }];
}
