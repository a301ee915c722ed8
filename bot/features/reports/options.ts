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
  source: {
    key: 'reports-opt-source',
    values: SOURCES,
    // How collaborators say where they heard it when they type it instead of pressing.
    aliases: {
      truc_tiep: ['tận mắt chứng kiến', 'tận mắt', 'trực tiếp'],
      hoi_hop: ['hội họp', 'họp', 'sinh hoạt'],
      bao_chi: ['báo', 'báo mạng', 'đài', 'truyền hình'],
      mang_xa_hoi: ['mxh', 'facebook', 'zalo', 'tiktok', 'trên mạng'],
      nghe_lai: ['nghe kể lại', 'nghe nói', 'nghe lại', 'người khác kể'],
    },
  },
  reliability: { key: 'reports-opt-reliability', values: RELIABILITIES },
} as const satisfies Record<string, OptionList>;

/** A holder group is a stratum code, or "khac:<typed text>". */
export function holderLabel(ctx: Pick<FlowContext, 't'>, holder: string | undefined): string {
  if (!holder) return '—';
  return holder.startsWith(OTHER_HOLDER_PREFIX) ? holder.slice(OTHER_HOLDER_PREFIX.length) : optionLabel(ctx, REPORT_OPTIONS.stratum, holder);
}
