import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { hotSpotEvents, people } from '../../../db/schema/index.js';
import {
  actionData,
  alertCard,
  categoryLabel,
  formatAge,
  formatTime,
  nowOf,
  severityLabel,
  statusLabel,
  verbsFor,
  type HotSpotEnv,
} from '../../../core/hot-spots/messages.js';
import { listOpenInScope } from '../../../core/hot-spots/list.js';
import { checklistOf } from '../../../core/hot-spots/playbook-steps.js';
import { unitInfo, type HotSpotRow } from '../../../core/hot-spots/queries.js';
import type { ActionOutcome } from '../../../core/hot-spots/outcome.js';
import type { Locale } from '../../../core/kernel/i18n.js';
import type { Reply, ReplyChoice } from '../../engine/types.js';
import { countAttachments } from '../../../core/media/attach.js';

const LIST_PAGE_SIZE = 5;
const TIMELINE_EVENTS = 6;

type T = (key: string, args?: Record<string, string | number>) => string;

/** The action's outcome in words, with the next sensible buttons while the alert is live. */
export function outcomeReply(t: T, o: ActionOutcome): Reply {
  const args: Record<string, string | number> = { receipt: o.receipt, ...o.details };
  if (o.status) args.status = t(`hot-spots-status-${o.status}`);
  const text = o.ok ? t(`hot-spots-r-${o.code}`, args) : t(`hot-spots-x-${o.code}`, args);
  return { text, choices: o.live && o.hotSpotId && o.status ? actionChoices(t, o.hotSpotId, o.status) : undefined };
}

/** The officials' buttons on an alert: the verbs that make sense for its status (as on the pushed notification). */
function actionChoices(t: T, hotSpotId: string, status: HotSpotRow['status']): ReplyChoice[] {
  return verbsFor(status).map((verb) => ({ label: t(`hot-spots-btn-${verb}`), value: actionData(hotSpotId, verb) }));
}

async function displayName(db: Executor, personId: string): Promise<string> {
  const [p] = await db.select({ name: people.displayName }).from(people).where(eq(people.id, personId));
  return p?.name ?? '?';
}

/** /canhbao: a page of open alerts in the official's subtree, with paging buttons. */
export async function listReply(db: Executor, env: HotSpotEnv, locale: Locale, unitId: string, page: number): Promise<Reply> {
  const t: T = (k, a) => env.i18n.t(locale, k, a);
  const p = await listOpenInScope(db, unitId, page, LIST_PAGE_SIZE);
  if (p.total === 0) return { text: t('hot-spots-list-empty') };
  const now = nowOf(env);
  const lines = [t('hot-spots-list-title', { page: p.page + 1, pages: p.pages, total: p.total })];
  const choices: ReplyChoice[] = [];
  p.items.forEach((it, i) => {
    const n = p.page * LIST_PAGE_SIZE + i + 1;
    lines.push(
      t('hot-spots-list-item', {
        n,
        receipt: it.receiptNo,
        severity: it.severity,
        severityLabel: severityLabel(env, locale, it.severity),
        category: categoryLabel(env, locale, it.category),
        unit: it.unitName,
        age: formatAge(env, locale, it.createdAt, now),
        level: it.levelName,
        status: it.ackName
          ? t('hot-spots-list-status-by', { status: statusLabel(env, locale, it.status), name: it.ackName })
          : statusLabel(env, locale, it.status),
      }),
    );
    choices.push({ label: `${n}. ${it.receiptNo}`, value: actionData(it.id, 'view') });
  });
  if (p.page > 0) choices.push({ label: t('hot-spots-btn-prev'), value: `h:list:${p.page - 1}` });
  if (p.page + 1 < p.pages) choices.push({ label: t('hot-spots-btn-next'), value: `h:list:${p.page + 1}` });
  return { text: lines.join('\n'), choices };
}

/** One alert in full: the card, where it stands, and the latest of its timeline. */
export async function detailReply(db: Executor, env: HotSpotEnv, locale: Locale, hs: HotSpotRow): Promise<Reply> {
  const t: T = (k, a) => env.i18n.t(locale, k, a);
  const [unit, level] = await Promise.all([unitInfo(db, hs.unitId), unitInfo(db, hs.levelUnitId)]);
  const lines = alertCard(env, locale, hs, { unitName: unit.name, levelName: level.name });
  lines.push(t('hot-spots-view-status', { status: statusLabel(env, locale, hs.status), level: level.name }));
  if (hs.acknowledgedBy) lines.push(t('hot-spots-view-ack', { name: await displayName(db, hs.acknowledgedBy) }));
  if (hs.ackDeadline && hs.status === 'open') lines.push(t('hot-spots-alert-deadline', { time: formatTime(env, locale, hs.ackDeadline) }));
  const events = await db
    .select({ kind: hotSpotEvents.kind, at: hotSpotEvents.createdAt, note: hotSpotEvents.note })
    .from(hotSpotEvents)
    .where(eq(hotSpotEvents.hotSpotId, hs.id))
    .orderBy(desc(hotSpotEvents.id))
    .limit(TIMELINE_EVENTS);
  const list = await checklistOf(db, hs);
  if (list) lines.push(t('hot-spots-plan-summary', { done: list.ticked.size, total: list.playbook.steps.length }));
  const files = await countAttachments(db, { type: 'hot_spot', id: hs.id });
  if (files.total > 0) lines.push(t('hot-spots-view-files', { n: files.total, kept: files.stored }));
  if (events.length) lines.push(t('hot-spots-view-timeline'));
  for (const e of events.reverse()) {
    const label = env.i18n.has(locale, `hot-spots-ev-${e.kind}`) ? t(`hot-spots-ev-${e.kind}`) : e.kind;
    lines.push(`• ${formatTime(env, locale, e.at)} ${label}${e.note ? `: ${e.note}` : ''}`);
  }
  const plan: ReplyChoice[] = list ? [{ label: t('hot-spots-btn-plan'), value: actionData(hs.id, 'plan') }] : [];
  return { text: lines.join('\n'), choices: [...plan, ...actionChoices(t, hs.id, hs.status)] };
}
