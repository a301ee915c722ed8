import type { Locale, Translate } from '../kernel/i18n.js';
import { heading, roman, type Block, type DocOutline } from './document.js';
import type { AiDraft } from './llm-types.js';
import type { SynthesisModel } from './model.js';
import { renderSlot, type CollectedPart } from './parts.js';
import { createWriteContext, dmy, type WriteContext } from './prose.js';
import { causesSection, forecastSection, goodPracticesSection, proposalsSection } from './sections/analysis.js';
import { hotSpotsSection } from './sections/hot-spots.js';
import { issuesSection, onlineSection, rumoursSection } from './sections/issues.js';
import { intro, overview } from './sections/overview.js';
import { trendsSection } from './sections/trends.js';
import type { Span } from './span.js';
import type { Trends } from './trends.js';

export interface OrgInfo {
  parentName: string;
  orgName: string;
  place: string;
  docSuffix: string;
  /** "tỉnh Thái Nguyên": named in the scope line when the synthesis covers the whole tree. */
  territory: string;
}

export interface OutlineInput {
  model: SynthesisModel;
  parts: CollectedPart[];
  trends: Trends | null;
  ai: AiDraft | null;
}

/** "tháng 11 năm 2026", "quý IV năm 2026", "6 tháng cuối năm 2026", "năm 2026". */
export function spanLabel(t: WriteContext['t'], span: Span): string {
  const args = { year: String(span.year), n: span.index, roman: roman(span.index) };
  return t(`syn-span-${span.kind}`, args);
}

/** 36-HD/VPTW: days below 10 and the months January and February take a leading zero. */
export function placeDate(t: WriteContext['t'], place: string, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const pad = (n: number) => String(n).padStart(2, '0');
  return t('syn-place-date', { place, day: pad(d), month: m <= 2 ? pad(m) : String(m), year: String(y) });
}

function appendix(ctx: WriteContext): Block[] {
  const reports = ctx.model.reports;
  if (reports.length === 0) return [{ kind: 'para', runs: [{ text: ctx.t('syn-none'), italic: true }] }];
  return [
    {
      kind: 'table',
      header: ['syn-col-no', 'syn-col-receipt', 'syn-col-kind', 'syn-col-unit', 'syn-col-month', 'syn-col-submitted'].map((k) => ctx.t(k)),
      rows: reports.map((r, i) => [
        String(i + 1),
        r.receiptNo,
        ctx.t(`syn-kind-${r.kind}`),
        r.unitName,
        `${r.period.slice(5)}/${r.period.slice(0, 4)}`,
        dmy(r.submittedOn),
      ]),
    },
  ];
}

export async function buildOutline(input: OutlineInput, tr: Translate, locale: Locale, org: OrgInfo): Promise<DocOutline> {
  const ctx = createWriteContext(tr, locale, input.model, input.ai);
  const { t, model } = ctx;
  const span = model.input.span;
  const territory = model.input.isRoot ? t('syn-territory-root', { territory: org.territory }) : t('syn-territory-unit', { unit: model.input.scope.name });
  const sections: [string, Block[]][] = [
    ['syn-s-overview', overview(ctx)],
    ['syn-s-issues', issuesSection(ctx)],
    ...(input.trends ? [['syn-s-trends', await trendsSection(ctx, input.trends)] as [string, Block[]]] : []),
    ['syn-s-online', onlineSection(ctx)],
    ['syn-s-rumours', rumoursSection(ctx)],
    ['syn-s-hot-spots', hotSpotsSection(ctx)],
    ['syn-s-good', goodPracticesSection(ctx)],
    ['syn-s-causes', causesSection(ctx)],
    ['syn-s-forecast', forecastSection(ctx)],
    ['syn-s-work', renderSlot(input.parts, 'work', ctx)],
    ['syn-s-handling', renderSlot(input.parts, 'handling', ctx)],
    ['syn-s-proposals', proposalsSection(ctx)],
  ];
  const blocks = [...intro(ctx, territory, spanLabel(t, span)), ...sections.flatMap(([key, body], i) => [heading(1, `${roman(i + 1)}. ${t(key)}`), ...body])];
  return {
    header: {
      parent: org.parentName,
      org: org.orgName,
      number: t('syn-number', { suffix: org.docSuffix }),
      nation: t('syn-nation'),
      placeDate: placeDate(t, org.place, model.input.generatedOn),
    },
    draftNote: t(input.ai ? 'syn-draft-note-ai' : 'syn-draft-note', { date: dmy(model.input.generatedOn) }),
    title: t('syn-title'),
    subtitle: t('syn-subtitle', { span: spanLabel(t, span) }),
    blocks,
    recipientsTitle: t('syn-recipients-title'),
    recipients: t('syn-recipients')
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
    signature: { role: t('syn-sign-role'), note: t('syn-sign-note') },
    appendixTitle: t('syn-appendix-title'),
    appendix: appendix(ctx),
    fileStem: `tong-hop-${model.input.scope.code.toLowerCase()}-${span.key.toLowerCase()}`,
  };
}
