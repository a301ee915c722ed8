import type { Figures } from '../../../core/broadcasts/figures.js';
import { controlData, etaSeconds, percent, progressMessage, shownStatus, statusLabel } from '../../../core/broadcasts/figures.js';
import type { BroadcastView } from '../../../core/broadcasts/overview.js';
import type { BroadcastSettings } from '../../../core/broadcasts/broadcast.js';
import type { GuidanceFile } from '../../../core/broadcasts/attachment-file.js';
import { defaultName } from '../../../core/media/forward.js';
import { formatWhen } from '../../../core/broadcasts/render.js';
import type { Locale, Translate } from '../../../core/kernel/i18n.js';
import type { broadcasts } from '../../../db/schema/index.js';
import type { FlowContext, Reply, ReplyChoice } from '../../engine/types.js';

type Row = typeof broadcasts.$inferSelect;
type Ctx = Pick<FlowContext, 't' | 'locale'>;

const UNITS_SHOWN = 10;
const translate =
  (ctx: Ctx): Translate =>
  (_l, k, a) =>
    ctx.t(k, a);

/** /dinhhuong_ds: recent broadcasts with their figures; a button per item opens it. */
export function listReply(ctx: Ctx, settings: Pick<BroadcastSettings, 'timeZone'>, items: { broadcast: Row; figures: Figures }[]): Reply {
  const t = ctx.t;
  if (items.length === 0) return { text: t('broadcast-list-empty') };
  const lines = [t('broadcast-list-title')];
  const choices: ReplyChoice[] = [];
  for (const [i, { broadcast: b, figures: f }] of items.entries()) {
    const delivered = f.byState.sent + f.byState.acknowledged;
    lines.push(
      t('broadcast-list-item', {
        n: i + 1,
        title: b.title,
        status: listStatus(ctx, settings, b, f),
        sent: delivered,
        total: Math.max(b.audienceSize, f.total),
        acked: f.byState.acknowledged,
        rate: percent(f.byState.acknowledged, delivered),
        created: formatWhen(b.createdAt, ctx.locale, settings.timeZone),
      }),
    );
    choices.push({ label: t('broadcast-btn-view', { n: i + 1 }), value: controlData(b.id, 'v') });
  }
  return { text: lines.join('\n'), choices };
}

/** The status, with the hour it will leave when it waits for one (quiet hours or a chosen time). */
function listStatus(ctx: Ctx, settings: Pick<BroadcastSettings, 'timeZone'>, b: Row, f: Figures): string {
  const status = shownStatus(b, f);
  if (status === 'scheduled' && b.scheduledAt)
    return ctx.t('broadcast-status-scheduled-at', { when: formatWhen(b.scheduledAt, ctx.locale, settings.timeZone) });
  return statusLabel({ ...b, status }, ctx.locale, translate(ctx));
}

/** When it leaves (while it waits) and the acknowledgement deadline: what its author plans around. */
function timeLines(ctx: Ctx, settings: Pick<BroadcastSettings, 'timeZone'>, b: Row): string[] {
  const when = (at: Date) => formatWhen(at, ctx.locale, settings.timeZone);
  const lines: string[] = [];
  if ((b.status === 'scheduled' || b.status === 'awaiting_approval') && b.scheduledAt) lines.push(ctx.t('broadcast-view-when', { when: when(b.scheduledAt) }));
  if (b.requireAck && b.ackDeadline) lines.push(ctx.t('broadcast-view-deadline', { when: when(b.ackDeadline) }));
  return lines;
}

/** The guidance's file and what became of it: kept (sent on every channel), downloading, or why not. */
function fileLine(ctx: Ctx, f: GuidanceFile): string {
  const name = f.fileName ?? defaultName({ id: f.id, mimeType: f.mimeType ?? '' });
  const state = f.status === 'stored' || f.status === 'pending' ? `broadcast-view-file-${f.status}` : `media-status-${f.status}`;
  return ctx.t('broadcast-view-file', { name, state: ctx.t(state) });
}

/** One broadcast: its progress figures, its file, acknowledgement rate by unit (lowest first), and its controls. */
export function viewReply(ctx: Ctx, settings: Pick<BroadcastSettings, 'rates' | 'timeZone'>, view: BroadcastView): Reply {
  const t = ctx.t;
  if (!view.ok) return { text: t(`broadcast-control-refused-${view.code}`) };
  const { broadcast: b, figures: f, byUnit } = view;
  const locale: Locale = ctx.locale;
  const p = progressMessage(b, f, etaSeconds(f.pendingByChannel, settings.rates), locale, translate(ctx));
  const lines = [p.text, ...timeLines(ctx, settings, b)];
  if (view.file) lines.push(fileLine(ctx, view.file));
  if (byUnit.length > 0) lines.push(t('broadcast-view-units'));
  for (const u of byUnit.slice(0, UNITS_SHOWN))
    lines.push(t('broadcast-view-unit', { name: u.unitName, acked: u.acknowledged, delivered: u.delivered, rate: percent(u.acknowledged, u.delivered) }));
  if (byUnit.length > UNITS_SHOWN) lines.push(t('broadcast-dryrun-more-units', { n: byUnit.length - UNITS_SHOWN }));
  return { text: lines.join('\n'), choices: p.choices.map((c) => ({ label: c.label, value: c.data })) };
}
