import { peopleGiven, type HotSpotDraft } from '../../../core/hot-spots/create.js';
import { optionLabel } from '../../engine/common/options.js';
import { HOT_SPOT_OPTIONS } from './options.js';
import type { FlowContext } from '../../engine/types.js';

/** The confirmation screen of a hot spot: every answer, readable, before it is sent. */
export function renderHotSpot(d: Partial<HotSpotDraft>, ctx: FlowContext): string {
  const t = ctx.t;
  const shared =
    d.latitude != null && d.longitude != null ? t('hot-spots-raise-place-shared', { lat: d.latitude.toFixed(5), lon: d.longitude.toFixed(5) }) : null;
  // A shared venue has both: its name and address, and the point on the map.
  const place = [d.placeText, shared].filter(Boolean).join(' — ') || '—';
  const people = peopleGiven(t, d) ?? '—';
  return [
    t('hot-spots-raise-review-head'),
    `${t('hot-spots-raise-field-category')}: ${optionLabel(ctx, HOT_SPOT_OPTIONS.category, d.category)}`,
    `${t('hot-spots-raise-field-severity')}: ${optionLabel(ctx, HOT_SPOT_OPTIONS.severity, d.severity != null ? String(d.severity) : null)}`,
    `${t('hot-spots-raise-field-place')}: ${place}`,
    `${t('hot-spots-raise-field-description')}: ${d.description ?? '—'}`,
    `${t('hot-spots-raise-field-people')}: ${people}`,
    `${t('hot-spots-raise-field-media')}: ${d.media?.length ?? 0}`,
  ].join('\n');
}
