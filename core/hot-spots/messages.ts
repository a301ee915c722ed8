import type { Config } from '../platform/config.js';
import type { I18n, Locale } from '../kernel/i18n.js';
import type { Choice, OutboundMessage, PlacePin } from '../kernel/messages.js';
import { isActive, type HotSpotRow } from './queries.js';
import { peopleGiven } from './create.js';
import { formatDateTime } from '../kernel/datetime.js';

/** What the hot-spot domain needs around it: texts, the escalation settings, a clock. */
export interface HotSpotEnv {
  i18n: I18n;
  config: Pick<
    Config,
    | 'ESCALATION_TIME_SCALE'
    | 'ROOT_REMINDER_REPEATS'
    | 'BURST_ALERTS'
    | 'BURST_WINDOW_MINUTES'
    | 'TIMEZONE'
    | 'FILES_DIR'
    | 'DATA_DIR'
    | 'PUBLIC_URL'
    | 'FILE_LINK_HOURS'
  >;
  clock?: () => Date;
}

export function nowOf(env: HotSpotEnv): Date {
  return env.clock?.() ?? new Date();
}

/** Official button verbs; data is `h:<hotSpotId>:<verb>` (≤ 64 bytes: 2 + 36 + 1 + 5). */
/** `fwd` starts the case flow (/chuyenxuly): the alert goes to a responsible body (issue 13 §4). */
export const OFFICIAL_VERBS = ['ack', 'work', 'done', 'false', 'up', 'note', 'merge', 'fwd'] as const;
type OfficialVerb = (typeof OFFICIAL_VERBS)[number];

/**
 * The verbs that make sense for the alert as it stands (issue 11 item 16): «Tiếp nhận» only while
 * nobody took it, «Đang xử lý» until someone is on it, nothing once it is closed or merged.
 */
export function verbsFor(status: HotSpotRow['status']): OfficialVerb[] {
  if (!isActive(status)) return [];
  if (status === 'open') return [...OFFICIAL_VERBS];
  return OFFICIAL_VERBS.filter((v) => v !== 'ack' && (status !== 'handling' || v !== 'work'));
}
export type Verb = OfficialVerb | 'view' | 'upd' | 'plan';

export function actionData(hotSpotId: string, verb: Verb): string {
  return `h:${hotSpotId}:${verb}`;
}

export function severityLabel(env: HotSpotEnv, locale: Locale, severity: number): string {
  return env.i18n.t(locale, `hot-spots-sev-${severity}`);
}

/** Category labels belong to the reporting flow's templates; an unknown code shows as itself. */
export function categoryLabel(env: HotSpotEnv, locale: Locale, code: string): string {
  const key = `hot-spots-opt-category-${code}`;
  return env.i18n.has(locale, key) || env.i18n.has('vi', key) ? env.i18n.t(locale, key) : code;
}

export function statusLabel(env: HotSpotEnv, locale: Locale, status: string): string {
  return env.i18n.t(locale, `hot-spots-status-${status}`);
}

/** "08:05 22/11/2026" in the configured time zone (the one format: core/kernel/datetime.ts). */
export function formatTime(env: HotSpotEnv, _locale: Locale, at: Date): string {
  return formatDateTime(at, env.config.TIMEZONE);
}

/** "25 phút", "3 giờ", "2 ngày". */
export function formatAge(env: HotSpotEnv, locale: Locale, from: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - from.getTime()) / 60_000));
  if (minutes < 1) return env.i18n.t(locale, 'hot-spots-age-now');
  if (minutes < 60) return env.i18n.t(locale, 'hot-spots-age-minutes', { n: minutes });
  if (minutes < 48 * 60) return env.i18n.t(locale, 'hot-spots-age-hours', { n: Math.floor(minutes / 60) });
  return env.i18n.t(locale, 'hot-spots-age-days', { n: Math.floor(minutes / 1440) });
}

export interface CardNames {
  unitName: string;
  levelName?: string;
}

/** A map any phone opens at the point (Google Maps is what officials have installed). */
export function mapLink(lat: number, lon: number): string {
  return `https://maps.google.com/?q=${lat.toFixed(6)},${lon.toFixed(6)}`;
}

/** The alert as officials read it: one line per known fact, nothing empty. */
export function alertCard(env: HotSpotEnv, locale: Locale, hs: HotSpotRow, names: CardNames): string[] {
  const t = (k: string, a?: Record<string, string | number>) => env.i18n.t(locale, k, a);
  const lines = [
    t('hot-spots-alert-title', { receipt: hs.receiptNo, severity: hs.severity, severityLabel: severityLabel(env, locale, hs.severity) }),
    t('hot-spots-alert-category', { category: categoryLabel(env, locale, hs.category) }),
  ];
  // Where it happens (the reporter's words, the shared position), then who reported it: not the same thing.
  if (hs.placeText) lines.push(t('hot-spots-alert-place', { place: hs.placeText }));
  if (hs.latitude != null && hs.longitude != null) {
    lines.push(t('hot-spots-alert-coords', { lat: hs.latitude.toFixed(5), lon: hs.longitude.toFixed(5), map: mapLink(hs.latitude, hs.longitude) }));
  }
  lines.push(t('hot-spots-alert-unit', { unit: names.unitName }));
  const people = peopleGiven(t, hs);
  if (people) lines.push(t('hot-spots-alert-people', { people }));
  if (hs.description) lines.push(t('hot-spots-alert-description', { text: hs.description }));
  lines.push(t('hot-spots-alert-reported-at', { time: formatTime(env, locale, hs.createdAt) }));
  return lines;
}

function officialChoices(env: HotSpotEnv, locale: Locale, hs: Pick<HotSpotRow, 'id' | 'status'>): Choice[] {
  return verbsFor(hs.status).map((verb) => ({ label: env.i18n.t(locale, `hot-spots-btn-${verb}`), data: actionData(hs.id, verb) }));
}

type NoticeReason = 'new' | 'deadline' | 'burst' | 'manual' | 'skip' | 'unreachable' | 'reminder';

export interface Notice {
  reason: NoticeReason;
  /** The unit it came up from (escalations), or the reminder number at the root. */
  fromUnitName?: string;
  reminder?: number;
  deadline: Date | null;
}

/**
 * The alert's point, shown after the card (Telegram: a venue named after the alert with the
 * reporter's place as its address, or a bare location; elsewhere the card's map link does it).
 */
function alertPin(env: HotSpotEnv, locale: Locale, hs: HotSpotRow): PlacePin | undefined {
  if (hs.latitude == null || hs.longitude == null) return undefined;
  const pin: PlacePin = { latitude: hs.latitude, longitude: hs.longitude };
  if (hs.placeText) return { ...pin, title: env.i18n.t(locale, 'hot-spots-alert-venue', { receipt: hs.receiptNo }), address: hs.placeText };
  return pin;
}

/** The notification an official receives, with the action buttons and the alert's point. */
export function alertNotification(env: HotSpotEnv, locale: Locale, hs: HotSpotRow, names: CardNames, notice: Notice): OutboundMessage {
  const t = (k: string, a?: Record<string, string | number>) => env.i18n.t(locale, k, a);
  const lines: string[] = [];
  if (notice.reason === 'reminder') lines.push(t('hot-spots-alert-reminder', { n: notice.reminder ?? 1 }));
  else if (notice.reason !== 'new') lines.push(t(`hot-spots-alert-escalated-${notice.reason}`, { from: notice.fromUnitName ?? '' }));
  lines.push(...alertCard(env, locale, hs, names));
  if (hs.confidentialUnitId) lines.push(t('confidential-notice-line', { unit: names.unitName }));
  lines.push(notice.deadline ? t('hot-spots-alert-deadline', { time: formatTime(env, locale, notice.deadline) }) : t('hot-spots-alert-watch'));
  const message: OutboundMessage = { type: 'text', text: lines.join('\n'), choices: officialChoices(env, locale, hs) };
  const place = alertPin(env, locale, hs);
  return place ? { ...message, place } : message;
}
