import type { Executor } from '../../db/client.js';
import { actionData, type HotSpotEnv } from './messages.js';
import { officialsOf, recipientsByIds, reportersOf, type HotSpotRow } from './queries.js';
import { queueMessage } from '../delivery/sends.js';

export type ReporterNews = 'ack' | 'done' | 'closed';

/**
 * Tells the reporter, and the reporters of alerts merged into this one, what became of their
 * alert. Each reporter hears each kind of news once per own alert (the ledger key), however
 * often officials re-acknowledge or merge.
 */
export async function tellReporters(tx: Executor, env: HotSpotEnv, hs: HotSpotRow, news: ReporterNews, note?: string | null): Promise<number> {
  const reporters = await reportersOf(tx, hs.id);
  let queued = 0;
  for (const r of reporters) {
    const t = (k: string, a?: Record<string, string | number>) => env.i18n.t(r.locale, k, a);
    const lines = [t(`hot-spots-fb-${news}`, { receipt: r.receiptNo })];
    if (news === 'done' && note) lines.push(t('hot-spots-fb-done-note', { note }));
    const choices = news === 'ack' ? [{ label: t('hot-spots-btn-upd'), data: actionData(r.hotSpotId, 'upd') }] : undefined;
    const sent = await queueMessage(tx, {
      purpose: `hs-${r.hotSpotId}-fb-${news}`,
      personId: r.personId,
      message: { type: 'text', text: lines.join('\n'), choices },
      lane: 'interactive',
    });
    if (sent?.created) queued++;
  }
  return queued;
}

/** The officials of the alert's current level (and whoever took it) hear what just happened. */
export async function tellOfficials(
  tx: Executor,
  env: HotSpotEnv,
  hs: HotSpotRow,
  purpose: string,
  render: (t: (k: string, a?: Record<string, string | number>) => string) => string,
  opts: { except?: string; withButtons?: boolean } = {},
): Promise<number> {
  const level = await officialsOf(tx, hs.levelUnitId);
  const extra = hs.acknowledgedBy && !level.some((o) => o.id === hs.acknowledgedBy) ? await recipientsByIds(tx, [hs.acknowledgedBy]) : [];
  let queued = 0;
  for (const o of [...level, ...extra]) {
    if (o.id === opts.except) continue;
    const t = (k: string, a?: Record<string, string | number>) => env.i18n.t(o.locale, k, a);
    const choices = opts.withButtons ? [{ label: t('hot-spots-btn-view'), data: actionData(hs.id, 'view') }] : undefined;
    const sent = await queueMessage(tx, { purpose, personId: o.id, message: { type: 'text', text: render(t), choices }, lane: 'interactive' });
    if (sent?.created) queued++;
  }
  return queued;
}
