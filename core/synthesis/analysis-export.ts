import type { SynthesisInput } from './collect.js';
import type { WriteContext } from './prose.js';
import type { Cell, Sheet } from '../kernel/xlsx.js';

/**
 * The analysis export (for the "phần mềm chuyên dụng" the seeds mention): one row per opinion
 * stream of every report in the span — unit, topic, scope, stance, prevalence, holder group,
 * receipt, dates — with the stored codes beside the labels so a statistics package can group by
 * them. An issue with no stream still gets one row (its stream columns empty), so no issue is
 * lost. Free text is already masked (collect → maskPii).
 */
const COLUMNS = [
  'receipt',
  'kind',
  'unit',
  'period',
  'submitted',
  'topic-code',
  'topic',
  'scope',
  'issue',
  'reliability',
  'stance',
  'prevalence',
  'holder',
  'content',
  'stance-code',
  'prevalence-code',
  'holder-code',
] as const;
const WIDTHS = [20, 14, 26, 10, 12, 10, 32, 14, 36, 14, 14, 16, 24, 48, 12, 16, 14];

export function analysisSheet(ctx: WriteContext, input: SynthesisInput): Sheet {
  const rows: Cell[][] = [];
  for (const r of input.reports) {
    for (const issue of r.issues) {
      const base: Cell[] = [
        r.receiptNo,
        ctx.t(`syn-kind-${r.kind}`),
        r.unitName,
        r.period,
        r.submittedOn,
        issue.topicCode,
        input.topics[issue.topicCode]?.name ?? issue.topicCode,
        ctx.lab('scope', issue.scope),
        issue.title,
        ctx.lab('reliability', issue.reliability),
      ];
      if (issue.streams.length === 0) rows.push([...base, null, null, null, null, null, null, null]);
      for (const s of issue.streams) {
        rows.push([
          ...base,
          ctx.lab('stance', s.stance),
          ctx.lab('prevalence', s.prevalence),
          ctx.lab('stratum', s.holderGroup),
          s.content,
          s.stance,
          s.prevalence,
          s.holderGroup,
        ]);
      }
    }
  }
  return { name: ctx.t('syn-xlsx-sheet'), header: COLUMNS.map((c) => ctx.t(`syn-xlsx-${c}`)), rows, widths: WIDTHS, autoFilter: true };
}
