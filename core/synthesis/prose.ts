import type { Locale, Translate } from '../kernel/i18n.js';
import { matchKey } from '../kernel/text.js';
import { OTHER_HOLDER_PREFIX } from '../reports/draft.js';
import type { SynthesisModel, Source, StreamView } from './model.js';
import type { AiDraft } from './llm-types.js';
import { label } from './labels.js';

/**
 * Deterministic prose from the data: sentence frames live in the templates (Fluent, both
 * locales), the code only picks frames and joins clauses. Same model → same text.
 */
type T = (key: string, args?: Record<string, string | number>) => string;

export interface WriteContext {
  t: T;
  locale: Locale;
  /** Label of a stored code from the collaborators' option templates. */
  lab: (list: string, code: string | null) => string;
  model: SynthesisModel;
  /** The AI-assisted draft, when configured and it answered well. */
  ai: AiDraft | null;
}

export function createWriteContext(tr: Translate, locale: Locale, model: SynthesisModel, ai: AiDraft | null): WriteContext {
  const t: T = (key, args) => tr(locale, key, args);
  const lab = (list: string, code: string | null) => label(tr, locale, list, code);
  return { t, locale, lab, model, ai };
}

/** First letter lower-cased, unless the word looks like a name or an acronym ("UBND", "Nhà nước"). */
export function lcFirst(s: string): string {
  const words = s.trim().split(/\s+/);
  const first = words[0] ?? '';
  if (first.length > 1 && first.slice(1) !== first.slice(1).toLowerCase()) return s.trim();
  return s.trim().charAt(0).toLowerCase() + s.trim().slice(1);
}

const ucFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const stripEnd = (s: string) => s.trim().replace(/[\s.;,:!]+$/u, '');

/** Clauses → one sentence: joined with "; ", ending with a full stop, capitalised unless it follows a colon. */
export function sentence(clauses: string[], capital = true): string {
  const parts = clauses.map(stripEnd).filter(Boolean);
  if (parts.length === 0) return '';
  // Clauses after the first continue the sentence: their first letter drops to lower case.
  const text = parts.map((p, i) => (i === 0 ? p : lcFirst(p))).join('; ');
  return `${capital ? ucFirst(text) : lcFirst(text)}.`;
}

/** "Title: first clause; second clause." — a heading phrase followed by what it is about. */
export function titled(title: string, clauses: string[]): string {
  const rest = sentence(clauses, false);
  return rest ? `${ucFirst(stripEnd(title))}: ${rest}` : `${ucFirst(stripEnd(title))}.`;
}

/** "A, B và C" / "A, B and C". */
export function listJoin(ctx: WriteContext, items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${ctx.t('syn-and')} ${items.at(-1)}`;
}

/** "đa số Nhân dân" but "một số người dân": a few people are not "the People". */
const FEW = new Set(['mot_so', 'co_nguoi']);

function holderText(ctx: WriteContext, code: string, prevalence = ''): string {
  if (code.startsWith(OTHER_HOLDER_PREFIX)) return code.slice(OTHER_HOLDER_PREFIX.length);
  const key = FEW.has(prevalence) && code === 'nhan_dan' ? 'syn-holder-nhan_dan-few' : `syn-holder-${code}`;
  const text = ctx.t(key);
  return text === key ? lcFirst(ctx.lab('stratum', code)) : text;
}

/**
 * "đa số nông dân băn khoăn, lo chi phí sản xuất tăng" — the stream's own prevalence and group.
 * When the reporter's wording already starts with the stance ("Đồng tình với…"), the stance is
 * not said twice.
 */
export function streamClause(ctx: WriteContext, s: StreamView): string {
  const stance = ctx.t(`syn-stance-${s.stance}`);
  const content = lcFirst(stripEnd(s.content));
  const args = { prevalence: ctx.t(`syn-prev-${s.prevalence}`), holder: holderText(ctx, s.holder, s.prevalence), stance, content };
  return ctx.t(matchKey(content).startsWith(matchKey(stance)) ? 'syn-p-stream-own' : 'syn-p-stream', args);
}

/** The footnote of a paragraph: which reports (and of which kind, from which unit) it draws on. */
export function sourceNote(ctx: WriteContext, sources: Source[]): string | undefined {
  if (sources.length === 0) return undefined;
  const items = sources.map((s) => ctx.t('syn-fn-item', { kind: ctx.t(`syn-kind-${s.kind}`), receipt: s.receipt, unit: s.unitName }));
  return ctx.t('syn-fn', { list: items.join('; ') });
}

export const ddmm = (iso: string) => {
  const [, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}`;
};

/** dd/mm/yyyy from YYYY-MM-DD. */
export function dmy(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export function percent(n: number, of: number): number {
  return of > 0 ? Math.round((n / of) * 100) : 0;
}
