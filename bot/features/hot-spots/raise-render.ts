import type { HotSpotDraft } from '../../../core/hot-spots/create.js';
import { optionLabel } from '../../engine/common/options.js';
import type { FlowContext } from '../../engine/types.js';

/** The confirmation screen of a hot spot: every answer, readable, before it is sent. */
export function renderHotSpot(d: Partial<HotSpotDraft>, ctx: FlowContext): string {
  const t = ctx.t;
  const place =
    d.placeText ?? (d.latitude != null && d.longitude != null ? t('ctv-hs-place-shared', { lat: d.latitude.toFixed(5), lon: d.longitude.toFixed(5) }) : '—');
  const people = d.peopleEstimate != null ? String(d.peopleEstimate) : optionLabel(ctx, 'people', d.peopleRange);
  return [
    t('ctv-hs-review-head'),
    `${t('ctv-hs-field-category')}: ${optionLabel(ctx, 'hscat', d.category)}`,
    `${t('ctv-hs-field-severity')}: ${optionLabel(ctx, 'severity', d.severity != null ? String(d.severity) : null)}`,
    `${t('ctv-hs-field-place')}: ${place}`,
    `${t('ctv-hs-field-description')}: ${d.description ?? '—'}`,
    `${t('ctv-hs-field-people')}: ${people}`,
    `${t('ctv-hs-field-media')}: ${d.media?.length ?? 0}`,
  ].join('\n');
}
