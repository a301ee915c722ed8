import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { rowsOf, type Executor } from '../../db/client.js';
import { statement } from '../../db/prepared.js';
import { hotSpotEvents, hotSpots } from '../../db/schema/index.js';
import { attachMedia, mediaRefSchema as mediaSchema } from '../media/attach.js';
import { AppError } from '../kernel/errors.js';
import type { MediaRef } from '../kernel/messages.js';
import { enqueue } from '../platform/outbox.js';
import { nextReceipt } from '../platform/receipts.js';
import { CONFIDENTIAL_ROUTES, confidentialUnitFor, type ConfidentialRoute, type ConfidentialUnit } from '../reports/visible-unit.js';

/**
 * Hot-spot categories offered today (domain-vi §3.2 and the alert's "loại" in §7.5): religion and
 * ethnicity are separate matters and neither is lumped with illegal gatherings (those are
 * `bieu_tinh`); labels: templates `hot-spots-opt-category-<code>`.
 */
export const HOT_SPOT_CATEGORIES = [
  'khieu_kien',
  'dat_dai',
  'tranh_chap_dat',
  'ton_giao',
  'dan_toc',
  'lao_dong',
  'moi_truong',
  'bieu_tinh',
  'cho_kinh_doanh',
  'an_ninh_trat_tu',
  'tin_don',
  'thien_tai_dich_benh',
  'khac',
] as const;
/** Codes no longer offered that stored alerts may still carry; they keep their label. */
export const RETIRED_HOT_SPOT_CATEGORIES = ['ton_giao_dan_toc'] as const;
/** 1 theo dõi, 2 cảnh báo, 3 khẩn, 4 đặc biệt khẩn (domain-vi §3.4). */
export const SEVERITIES = [1, 2, 3, 4] as const;
/**
 * People-involved ranges offered as buttons. A range is stored as its lower bound in
 * `people_estimate` (conservative for "≥ N people" rules) and named in the created event's data.
 */
export const PEOPLE_RANGES = { lt10: 1, '10_50': 10, '50_200': 50, gt200: 200 } as const;
export type PeopleRange = keyof typeof PEOPLE_RANGES;

const HOT_SPOT_RECEIPT_PREFIX = 'DN';
export const HOT_SPOT_CREATED_JOB = { queue: 'alerts', name: 'hotspot-created' } as const;

export interface HotSpotDraft {
  category: string;
  severity: number;
  placeText?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  peopleEstimate?: number | null;
  peopleRange?: PeopleRange | null;
  /** What the reporter typed for the estimate ("khoảng 30"), shown as given. */
  peopleText?: string | null;
  description?: string | null;
  media: MediaRef[];
  /** Sent «chỉ cấp trên» (issue 13 §7): seen, notified and escalated from that unit up only. */
  route?: ConfidentialRoute | null;
}

const draftSchema = z
  .object({
    category: z.enum(HOT_SPOT_CATEGORIES),
    severity: z.number().int().min(1).max(4),
    placeText: z.string().trim().min(1).max(20_000).nullish(),
    latitude: z.number().min(-90).max(90).nullish(),
    longitude: z.number().min(-180).max(180).nullish(),
    peopleEstimate: z.number().int().nonnegative().max(10_000_000).nullish(),
    peopleRange: z.enum(Object.keys(PEOPLE_RANGES) as [PeopleRange, ...PeopleRange[]]).nullish(),
    peopleText: z.string().trim().min(1).max(200).nullish(),
    description: z.string().trim().min(1).max(20_000).nullish(),
    media: z.array(mediaSchema).max(20),
    route: z.enum(CONFIDENTIAL_ROUTES).nullish(),
  })
  .refine((d) => d.placeText || (d.latitude != null && d.longitude != null), 'place (text or coordinates) is required')
  .refine((d) => d.description || d.media.length > 0, 'a description or media is required');

export class InvalidHotSpotError extends AppError {
  constructor(detail: string) {
    super('invalid_hot_spot', `invalid hot-spot draft (${detail})`);
  }
}

export interface HotSpotReporter {
  personId: string;
  unitId: string;
  channel: string;
}

/**
 * Records a hot spot in the caller's transaction: the row (responsible level = the reporter's
 * unit), its 'created' event, the media references, and the outbox job from which the workers
 * notify the unit's officials and start escalation — so the alert exists iff the job does.
 */
export async function createHotSpot(
  tx: Executor,
  draft: unknown,
  reporter: HotSpotReporter,
  now = new Date(),
): Promise<{ hotSpotId: string; receiptNo: string; visibleFrom: ConfidentialUnit | null }> {
  const parsed = draftSchema.safeParse(draft);
  if (!parsed.success) throw new InvalidHotSpotError(parsed.error.issues[0]?.message ?? 'invalid');
  const d = parsed.data;
  const receiptNo = await nextReceipt(tx, HOT_SPOT_RECEIPT_PREFIX, now);
  const visibleFrom = await confidentialUnitFor(tx, reporter.unitId, d.route);
  const [row] = await tx
    .insert(hotSpots)
    .values({
      receiptNo,
      category: d.category,
      severity: d.severity,
      unitId: reporter.unitId,
      confidentialUnitId: visibleFrom?.id ?? null,
      // A confidential alert is in the hands of the unit it was sent to from the start.
      levelUnitId: visibleFrom?.id ?? reporter.unitId,
      reporterId: reporter.personId,
      placeText: d.placeText ?? null,
      latitude: d.latitude ?? null,
      longitude: d.longitude ?? null,
      peopleEstimate: d.peopleEstimate ?? (d.peopleRange ? PEOPLE_RANGES[d.peopleRange] : null),
      peopleRange: d.peopleRange ?? null,
      peopleText: d.peopleText ?? null,
      description: d.description ?? null,
      status: 'open',
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: hotSpots.id });
  if (!row) throw new Error('hot spot insert returned nothing');
  await tx.insert(hotSpotEvents).values({
    hotSpotId: row.id,
    kind: 'created',
    actorId: reporter.personId,
    unitId: reporter.unitId,
    data: { severity: d.severity, category: d.category, peopleRange: d.peopleRange ?? null, channel: reporter.channel, media: d.media.length },
    createdAt: now,
  });
  await attachMedia(tx, { type: 'hot_spot', id: row.id }, reporter.channel, d.media);
  await enqueue(tx, { ...HOT_SPOT_CREATED_JOB, payload: { hotSpotId: row.id }, jobId: `hs-created-${row.id}` });
  return { hotSpotId: row.id, receiptNo, visibleFrom };
}

export interface HotSpotSummary {
  id: string;
  receiptNo: string;
  category: string;
  severity: number;
  status: string;
  createdAt: Date;
}

/** Built once, a lookup by key on a generic plan (db/prepared.ts): /trangthai runs it for every reporter who asks. */
const latestHotSpots = statement(
  sql`
  select id, receipt_no, category, severity, status, created_at from hot_spots
  where reporter_id = ${sql.placeholder('personId')}
  order by created_at desc, id desc limit ${sql.placeholder('limit')}`,
  { generic: true },
);

/** A reporter's latest hot spots, newest first (for /trangthai). */
export async function recentHotSpots(db: Executor, personId: string, limit = 5): Promise<HotSpotSummary[]> {
  const rows = rowsOf<{ id: string; receipt_no: string; category: string; severity: number; status: string; created_at: string | Date }>(
    await latestHotSpots(db, { personId, limit }),
  );
  return rows.map((r) => ({
    id: r.id,
    receiptNo: r.receipt_no,
    category: r.category,
    severity: r.severity,
    status: r.status,
    createdAt: new Date(r.created_at),
  }));
}

/**
 * The number of people as the reporter gave it, for any reader: the range they chose ("10–50
 * người"), their words ("khoảng 30"), a bare number with its unit ("35 người"). The stored
 * `people_estimate` (a range's lower bound) is for rules only; rows from before the reporter's
 * words were kept show it as a number.
 */
export function peopleGiven(
  t: (key: string, args?: Record<string, string | number>) => string,
  hs: { peopleEstimate?: number | null; peopleRange?: string | null; peopleText?: string | null },
): string | null {
  if (hs.peopleRange) return t(`hot-spots-opt-people-${hs.peopleRange}`);
  const typed = hs.peopleText?.trim();
  if (typed) return /^\d[\d.,\s]*$/.test(typed) ? t('hot-spots-people-count', { n: typed }) : typed;
  return hs.peopleEstimate != null ? t('hot-spots-people-count', { n: hs.peopleEstimate }) : null;
}
