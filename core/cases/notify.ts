import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { hotSpots, people, reportIssues, units } from '../../db/schema/index.js';
import { queueMessage } from '../delivery/sends.js';
import { localeOf, type Locale, type Translate } from '../kernel/i18n.js';
import type { Choice } from '../kernel/messages.js';
import { localTime } from '../kernel/zoned-time.js';
import { markTold, type CaseRow, type DueStage } from './cases.js';
import { mapLink } from '../hot-spots/messages.js';
import { ACTIVE_STATUSES } from '../hot-spots/queries.js';

/**
 * Who hears what of a case, through the sends ledger (one row per purpose and person, so a
 * re-run sends nothing twice): the body's liaisons get the case with its answer buttons; the
 * forwarding official gets every answer (with "tell the reporter" when the case is silent);
 * the reporter hears the steps the official chose to tell, never the liaison's name.
 */
export interface CaseEnv {
  t: Translate;
  timeZone: string;
}

const asLocale = (l: string): Locale => localeOf(l);
const pad = (n: number) => String(n).padStart(2, '0');

export function dueText(env: CaseEnv, at: Date): string {
  const l = localTime(at, env.timeZone);
  return `${pad(l.hour)}:${pad(l.minute)} ${pad(l.day)}/${pad(l.month)}/${l.year}`;
}

async function unitName(tx: Executor, id: string): Promise<string> {
  const [u] = await tx.select({ name: units.name }).from(units).where(eq(units.id, id));
  return u?.name ?? '—';
}

async function person(tx: Executor, id: string | null) {
  if (!id) return null;
  const [p] = await tx.select({ id: people.id, name: people.displayName, locale: people.locale }).from(people).where(eq(people.id, id));
  return p ?? null;
}

async function liaisonsOf(tx: Executor, bodyUnitId: string) {
  return tx
    .select({ id: people.id, locale: people.locale })
    .from(people)
    .where(and(eq(people.unitId, bodyUnitId), eq(people.role, 'liaison'), eq(people.status, 'active')));
}

/** The buttons a liaison answers with: commands, so the answer flow can ask for the result or reason. */
function answerChoices(t: Translate, locale: Locale, caseId: string): Choice[] {
  return (['accepted', 'in_progress', 'done', 'declined'] as const).map((a) => ({ label: t(locale, `cases-btn-${a}`), data: `/xuly ${caseId} ${a}` }));
}

/** What a body is asked to act on can be long; the rest is with the official who forwarded it. */
const SITUATION_MAX = 2000;

/**
 * What happened, as the source tells it (the issue's summary; the hot spot's description and
 * place), without the reporter: the body must know what to fix, not who said it.
 */
async function situation(tx: Executor, c: CaseRow): Promise<Situation> {
  if (c.sourceType === 'hot_spot') {
    const [h] = await tx
      .select({ text: hotSpots.description, place: hotSpots.placeText, lat: hotSpots.latitude, lon: hotSpots.longitude })
      .from(hotSpots)
      .where(eq(hotSpots.id, c.sourceId));
    return { text: h?.text ?? null, place: h?.place ?? null, at: h?.lat != null && h.lon != null ? { lat: h.lat, lon: h.lon } : null };
  }
  const which = c.issueId ? eq(reportIssues.id, c.issueId) : eq(reportIssues.reportId, c.sourceId);
  const [i] = await tx.select({ text: reportIssues.summary }).from(reportIssues).where(which).orderBy(asc(reportIssues.position)).limit(1);
  return { text: i?.text ?? null, place: null, at: null };
}

/** The situation's lines («Tình hình», «Địa điểm») for a case's message or view. */
export async function caseSituation(tx: Executor, env: CaseEnv, locale: Locale, c: CaseRow): Promise<string[]> {
  return situationLines(env, locale, c, await situation(tx, c));
}

interface Situation {
  text: string | null;
  place: string | null;
  /** The position the reporter shared: the body has to find the place, so it gets a map. */
  at: { lat: number; lon: number } | null;
}

/**
 * «Tình hình», «Địa điểm», «Tọa độ». A hot spot's case is titled with its description: the
 * situation would repeat the title line word for word, so it is left out then.
 */
function situationLines(env: CaseEnv, locale: Locale, c: Pick<CaseRow, 'title'>, s: Situation): string[] {
  const lines: string[] = [];
  if (s.text && !s.text.startsWith(c.title)) {
    const chars = [...s.text];
    lines.push(env.t(locale, 'cases-new-situation', { text: chars.length > SITUATION_MAX ? `${chars.slice(0, SITUATION_MAX).join('')}…` : s.text }));
  }
  if (s.place) lines.push(env.t(locale, 'cases-new-place', { place: s.place }));
  if (s.at) lines.push(env.t(locale, 'cases-new-coords', { lat: s.at.lat.toFixed(5), lon: s.at.lon.toFixed(5), map: mapLink(s.at.lat, s.at.lon) }));
  return lines;
}

/** The new case to every liaison of the body; returns how many were queued. */
export async function notifyForwarded(tx: Executor, env: CaseEnv, c: CaseRow, sourceReceipt: string): Promise<number> {
  const official = await person(tx, c.forwardedBy);
  const from = await unitName(tx, c.sourceUnitId);
  const what = await situation(tx, c);
  let n = 0;
  for (const l of await liaisonsOf(tx, c.bodyUnitId)) {
    const locale = asLocale(l.locale);
    const lines = [
      env.t(locale, 'cases-new-head', { receipt: c.receiptNo }),
      env.t(locale, 'cases-new-from', { name: official?.name ?? '—', unit: from, source: sourceReceipt }),
      env.t(locale, 'cases-new-title', { title: c.title }),
      ...situationLines(env, locale, c, what),
    ];
    if (c.note) lines.push(env.t(locale, 'cases-new-note', { note: c.note }));
    lines.push(env.t(locale, 'cases-new-due', { due: dueText(env, c.dueAt) }));
    const q = await queueMessage(tx, {
      purpose: `cs-${c.id}-new`,
      personId: l.id,
      message: { type: 'text', text: lines.join('\n'), choices: answerChoices(env.t, locale, c.id) },
      lane: 'interactive',
    });
    if (q) n++;
  }
  return n;
}

/** A step for the reporter (forwarded, accepted, in_progress, done, declined), if the case tells them. */
export async function tellReporter(tx: Executor, env: CaseEnv, c: CaseRow, eventId: number, kind: string, note: string | null): Promise<boolean> {
  if (!c.reporterId) return false;
  const r = await person(tx, c.reporterId);
  if (!r) return false;
  if (eventId > 0 && !(await markTold(tx, eventId))) return false;
  const locale = asLocale(r.locale);
  const body = await unitName(tx, c.bodyUnitId);
  const text = env.t(locale, `cases-reporter-${kind}`, { receipt: c.receiptNo, title: c.title, body, note: note ?? '' });
  const q = await queueMessage(tx, { purpose: `cs-${c.id}-r${eventId}`, personId: r.id, message: { type: 'text', text }, lane: 'interactive' });
  return !!q;
}

/** A liaison's answer to the forwarding official; when the case is silent, with a button to tell the reporter this step. */
export async function notifyAnswer(
  tx: Executor,
  env: CaseEnv,
  c: CaseRow,
  eventId: number,
  answer: string,
  liaisonName: string,
  note: string | null,
): Promise<void> {
  const o = await person(tx, c.forwardedBy);
  if (!o) return;
  const locale = asLocale(o.locale);
  const body = await unitName(tx, c.bodyUnitId);
  const lines = [env.t(locale, 'cases-answer-head', { receipt: c.receiptNo, body, status: env.t(locale, `cases-status-${answer}`), name: liaisonName })];
  lines.push(env.t(locale, 'cases-new-title', { title: c.title }));
  if (note) lines.push(env.t(locale, 'cases-answer-note', { note }));
  const choices: Choice[] = [{ label: env.t(locale, 'cases-btn-view'), data: `/hoso ${c.receiptNo}` }];
  if (c.reporterId && !c.tellReporter) choices.unshift({ label: env.t(locale, 'cases-btn-tell'), data: `co:${eventId}` });
  if (c.reporterId && c.tellReporter) lines.push(env.t(locale, 'cases-answer-told'));
  const close = answer === 'done' ? await openHotSpot(tx, c) : null;
  if (close) choices.push({ label: env.t(locale, 'cases-btn-close-alert', { receipt: close.receiptNo }), data: `h:${close.id}:done` });
  await queueMessage(tx, {
    purpose: `cs-${c.id}-o${eventId}`,
    personId: o.id,
    message: { type: 'text', text: lines.join('\n'), choices },
    lane: 'interactive',
  });
}

/**
 * The hot spot a case came from while it is still open: once the body has dealt with it, the
 * official is offered the alert's own «Kết thúc» (its flow asks for the result and tells the reporter).
 */
async function openHotSpot(tx: Executor, c: CaseRow): Promise<{ id: string; receiptNo: string } | null> {
  if (c.sourceType !== 'hot_spot') return null;
  const [h] = await tx
    .select({ id: hotSpots.id, receiptNo: hotSpots.receiptNo })
    .from(hotSpots)
    .where(and(eq(hotSpots.id, c.sourceId), inArray(hotSpots.status, [...ACTIVE_STATUSES])));
  return h ?? null;
}

/** Due-date timers: liaisons are reminded; from the due time on, the forwarding official is alerted too. */
export async function notifyDue(tx: Executor, env: CaseEnv, c: CaseRow, stage: DueStage): Promise<number> {
  let n = 0;
  for (const l of await liaisonsOf(tx, c.bodyUnitId)) {
    const locale = asLocale(l.locale);
    const text = env.t(locale, `cases-remind-${stage}`, { receipt: c.receiptNo, title: c.title, due: dueText(env, c.dueAt) });
    if (
      await queueMessage(tx, {
        purpose: `cs-${c.id}-${stage}`,
        personId: l.id,
        message: { type: 'text', text, choices: answerChoices(env.t, locale, c.id) },
        lane: 'interactive',
      })
    )
      n++;
  }
  if (stage !== 'before') {
    const o = await person(tx, c.forwardedBy);
    if (o) {
      const locale = asLocale(o.locale);
      const body = await unitName(tx, c.bodyUnitId);
      const text = env.t(locale, 'cases-overdue-official', {
        receipt: c.receiptNo,
        title: c.title,
        body,
        due: dueText(env, c.dueAt),
        status: env.t(locale, `cases-status-${c.status}`),
      });
      await queueMessage(tx, {
        purpose: `cs-${c.id}-${stage}`,
        personId: o.id,
        message: { type: 'text', text, choices: [{ label: env.t(locale, 'cases-btn-view'), data: `/hoso ${c.receiptNo}` }] },
        lane: 'interactive',
      });
    }
  }
  return n;
}
