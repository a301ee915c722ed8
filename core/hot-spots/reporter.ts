import type { Executor } from '../../db/client.js';
import { attachMedia } from '../media/attach.js';
import { tellOfficials } from './feedback.js';
import { nowOf, type HotSpotEnv } from './messages.js';
import { isActive, lockHotSpot, recordEvent, type HotSpotRow } from './queries.js';
import { audit, type ActionResult } from './scope.js';
import type { MediaRef } from '../kernel/messages.js';

export type ReporterUpdate =
  { kind: 'text'; text: string } | { kind: 'media'; media: MediaRef; caption?: string } | { kind: 'location'; latitude: number; longitude: number };

/** Follows merges to the alert officials now work on (bounded: merge chains are short). */
async function followMerges(tx: Executor, hs: HotSpotRow): Promise<HotSpotRow> {
  let current = hs;
  for (let i = 0; i < 20 && current.status === 'merged' && current.mergedIntoId; i++) {
    const next = await lockHotSpot(tx, current.mergedIntoId);
    if (!next) break;
    current = next;
  }
  return current;
}

/**
 * A reporter adds to their own open alert (text, photo, location); the officials responsible
 * now hear of it. Only the alert's own reporter may, and only while it is being worked on.
 */
export async function addReporterUpdate(
  tx: Executor,
  env: HotSpotEnv,
  reporter: { id: string },
  channel: string,
  hotSpotId: string,
  update: ReporterUpdate,
): Promise<ActionResult> {
  const own = await lockHotSpot(tx, hotSpotId);
  const result = await apply(tx, env, reporter, channel, own, update);
  await audit(tx, reporter, 'update', own?.id ?? null, result);
  return result;
}

async function apply(
  tx: Executor,
  env: HotSpotEnv,
  reporter: { id: string },
  channel: string,
  own: HotSpotRow | null,
  update: ReporterUpdate,
): Promise<ActionResult> {
  if (!own) return { ok: false, code: 'not_found' };
  if (own.reporterId !== reporter.id) return { ok: false, code: 'not_reporter' };
  const hs = await followMerges(tx, own);
  if (!isActive(hs.status)) return { ok: false, code: 'closed', hs };
  const now = nowOf(env);
  const note = update.kind === 'text' ? update.text : update.kind === 'media' ? (update.caption ?? null) : null;
  const data: Record<string, unknown> = { kind: update.kind, fromHotSpot: own.id };
  if (update.kind === 'location') Object.assign(data, { latitude: update.latitude, longitude: update.longitude });
  if (update.kind === 'media') data.media = update.media.kind;
  const eventId = await recordEvent(tx, hs.id, 'update', { actorId: reporter.id, note, data }, now);
  if (update.kind === 'media') await attachMedia(tx, { type: 'hot_spot', id: hs.id }, channel, [update.media]);
  await tellOfficials(tx, env, hs, `hs-${hs.id}-upd-${eventId}`, (t) => describe(t, hs.receiptNo, update), { withButtons: true });
  return { ok: true, code: 'updated', hs };
}

function describe(t: (k: string, a?: Record<string, string | number>) => string, receipt: string, u: ReporterUpdate): string {
  const head = t('hot-spots-info-update', { receipt });
  if (u.kind === 'text') return `${head}\n${u.text}`;
  if (u.kind === 'location') return `${head}\n${t('hot-spots-alert-coords', { lat: u.latitude.toFixed(5), lon: u.longitude.toFixed(5) })}`;
  return [head, t('hot-spots-info-update-media'), u.caption].filter(Boolean).join('\n');
}
