import { ASSESSMENTS, MOODS, OTHER_HOLDER_PREFIX, PREVALENCES, RELIABILITIES, SCOPES, SOURCES, SPREADS, STANCES, STRATA } from '../../../core/reports/draft.js';
import { optionLabel, type OptionList } from '../../engine/common/options.js';
import type { FlowContext } from '../../engine/types.js';

/** The fixed lists of the report forms (domain-vi §4); labels: templates `reports-opt-<list>-<code>`. */
export const REPORT_OPTIONS = {
  assessment: { key: 'reports-opt-assessment', values: ASSESSMENTS },
  mood: { key: 'reports-opt-mood', values: MOODS },
  stance: { key: 'reports-opt-stance', values: STANCES },
  prevalence: { key: 'reports-opt-prevalence', values: PREVALENCES },
  stratum: { key: 'reports-opt-stratum', values: STRATA },
  scope: { key: 'reports-opt-scope', values: SCOPES },
  spread: { key: 'reports-opt-spread', values: SPREADS },
  source: { key: 'reports-opt-source', values: SOURCES },
  reliability: { key: 'reports-opt-reliability', values: RELIABILITIES },
} as const satisfies Record<string, OptionList>;

/** A holder group is a stratum code, or "khac:<typed text>". */
export function holderLabel(ctx: Pick<FlowContext, 't'>, holder: string | undefined): string {
  if (!holder) return '—';
  return holder.startsWith(OTHER_HOLDER_PREFIX) ? holder.slice(OTHER_HOLDER_PREFIX.length) : optionLabel(ctx, REPORT_OPTIONS.stratum, holder);
}
