import { z } from 'zod';
import { refuse, type Refusal } from '../kernel/result.js';
import { MAX_ATTACHMENTS, mediaRefSchema } from '../media/attach.js';
import type { MediaRef } from '../kernel/messages.js';
import { CONFIDENTIAL_ROUTES, type ConfidentialRoute } from './visible-unit.js';

/**
 * The vocabulary of a DLXH report (domain-vi §1, §7.3) and the shape of a draft as the chat
 * flows build it. Codes are stable snake_case identifiers; labels live in the templates
 * (`reports-opt-<list>-<code>`), so wording can change without touching stored data.
 */
export const ASSESSMENTS = ['on_dinh', 'co_ban_on_dinh', 'phuc_tap'] as const;
export const MOODS = ['phan_khoi', 'tin_tuong', 'binh_thuong', 'lo_lang', 'buc_xuc', 'hoang_mang'] as const;
export const STANCES = ['dong_tinh', 'trai_chieu', 'ban_khoan', 'de_xuat', 'trung_lap'] as const;
/** Fixed ordinal scale, largest first: tuyệt đại đa số › đa số › … › có người. */
export const PREVALENCES = ['tuyet_dai_da_so', 'da_so', 'so_dong', 'nhieu_y_kien', 'mot_bo_phan', 'mot_so', 'co_nguoi'] as const;
/** Social strata (giai tầng, domain-vi §7.2); "khac" is entered as free text. */
export const STRATA = [
  'cong_nhan',
  'nong_dan',
  'tri_thuc',
  'cbccvc',
  'huu_tri_ccb',
  'doanh_nhan',
  'thanh_nien',
  'llvt',
  'ton_giao',
  'dtts',
  'nhan_dan',
  'khac',
] as const;
export const SCOPES = ['quoc_te', 'trong_nuoc', 'trong_tinh', 'dia_phuong'] as const;
export const SPREADS = ['khu_dan_cu', 'xa', 'tinh', 'mang_xa_hoi'] as const;
export const SOURCES = ['truc_tiep', 'hoi_hop', 'bao_chi', 'mang_xa_hoi', 'nghe_lai'] as const;
export const RELIABILITIES = ['da_kiem_chung', 'chua_kiem_chung', 'tin_don'] as const;

/** A holder group typed by the user ("khác") is stored with this prefix, list items as codes. */
export const OTHER_HOLDER_PREFIX = 'khac:';

export type ReportKind = 'periodic' | 'quick' | 'thematic';
export const RECEIPT_PREFIX: Record<ReportKind, string> = { periodic: 'BC', quick: 'BN', thematic: 'CD' };

export interface StreamDraft {
  stance: string;
  prevalence: string;
  holderGroup: string;
  content: string;
}

/** Fields are optional while the flow is still asking; `validateDraft` checks completeness. */
export interface IssueDraft {
  topicCode?: string | null;
  title?: string | null;
  scope?: string | null;
  summary?: string | null;
  streams: StreamDraft[];
  causes?: string | null;
  forecast?: string | null;
  proposals?: string | null;
  source?: string | null;
  reliability?: string | null;
}

export interface ReportDraft {
  kind: ReportKind;
  /** 'YYYY-MM' in Asia/Ho_Chi_Minh. */
  period: string;
  assessment?: string | null;
  mood?: string | null;
  title?: string | null;
  /** Thematic reports: the one topic; every issue inherits it. */
  topicCode?: string | null;
  issues: IssueDraft[];
  rumours?: string | null;
  goodPractices?: string | null;
  proposals?: string | null;
  spread?: string | null;
  /** Sent as urgent (khẩn): acknowledged and escalated like a hot spot (issue 13 §1). */
  urgent?: boolean | null;
  /** Thematic reports opened from a report request (issue 13 §6): the request it answers. */
  requestId?: string | null;
  /** Quick and thematic reports sent «chỉ cấp trên» (issue 13 §7): who may see it (core/reports/visible-unit.ts). */
  route?: ConfidentialRoute | null;

  /** Quick and thematic reports: photos, voice notes and files sent as evidence (core/media). */
  media?: MediaRef[];
}

const text = z.string().trim().min(1).max(20_000);
const optText = text.nullish();

const streamSchema = z.object({
  stance: z.enum(STANCES),
  prevalence: z.enum(PREVALENCES),
  holderGroup: text.max(300),
  content: text,
});

const issueSchema = z.object({
  topicCode: z.string().min(1).max(40),
  title: text.max(500),
  scope: z.enum(SCOPES).nullish(),
  summary: optText,
  streams: z.array(streamSchema).max(50),
  causes: optText,
  forecast: optText,
  proposals: optText,
  source: z.enum(SOURCES).nullish(),
  reliability: z.enum(RELIABILITIES).nullish(),
});

const draftSchema = z
  .object({
    kind: z.enum(['periodic', 'quick', 'thematic']),
    period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    assessment: z.enum(ASSESSMENTS).nullish(),
    mood: z.enum(MOODS).nullish(),
    title: text.max(500).nullish(),
    topicCode: z.string().min(1).max(40).nullish(),
    issues: z.array(issueSchema).max(30),
    rumours: optText,
    goodPractices: optText,
    proposals: optText,
    spread: z.enum(SPREADS).nullish(),
    urgent: z.boolean().nullish(),
    requestId: z.uuid().nullish(),
    route: z.enum(CONFIDENTIAL_ROUTES).nullish(),

    media: z.array(mediaRefSchema).max(MAX_ATTACHMENTS).optional(),
  })
  .superRefine((d, c) => {
    const need = (ok: boolean, message: string) => ok || c.addIssue({ code: 'custom', message });
    if (d.kind === 'periodic') need(!!d.assessment && !!d.mood, 'periodic report needs assessment and mood');
    if (d.kind === 'quick') need(d.issues.length === 1, 'quick report has exactly one event');
    if (d.kind === 'thematic') need(!!d.topicCode && !!d.title && d.issues.length >= 1, 'thematic report needs topic, title, issues');
  });

export type ValidDraft = z.infer<typeof draftSchema>;

/** Thematic issues inherit the report topic before validation, so the flow need not copy it. */
export function validateDraft(draft: unknown): { ok: true; draft: ValidDraft } | Refusal<'invalid', { problem: string }> {
  const d = draft as ReportDraft | null;
  const filled =
    d && d.kind === 'thematic' && Array.isArray(d.issues) ? { ...d, issues: d.issues.map((i) => ({ ...i, topicCode: i.topicCode ?? d.topicCode })) } : d;
  const parsed = draftSchema.safeParse(filled);
  if (parsed.success) return { ok: true, draft: parsed.data };
  const first = parsed.error.issues[0];
  return refuse('invalid', { problem: `${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}` });
}

/** 'YYYY-MM' of an instant in the given time zone (Vietnam has no DST; Intl keeps it general). */
export function periodOf(now: Date, timeZone = 'Asia/Ho_Chi_Minh'): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(now);
  const year = parts.find((p) => p.type === 'year')?.value;
  const month = parts.find((p) => p.type === 'month')?.value;
  return `${year}-${month}`;
}
