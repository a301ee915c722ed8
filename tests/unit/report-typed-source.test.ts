import { describe, expect, it } from 'vitest';
import { issueQuestions } from '../../bot/features/reports/steps/issue-steps.js';
import { emptyState, matchTyped, renderReplies } from '../../bot/engine/conversation-state.js';
import type { ReportState } from '../../bot/features/reports/steps/state.js';
import { makeCtx } from './flows-harness.js';

describe('«Đồng chí nắm được thông tin từ nguồn nào?» typed', () => {
  it('«tận mắt chứng kiến», «mxh», «nghe nói» are the sources they name (refused, then kept aside as a story); labels still match', () => {
    const asked = emptyState();
    renderReplies(issueQuestions.source!.ask({} as ReportState, makeCtx()), asked);
    for (const [typed, source] of [
      ['tận mắt chứng kiến', 'truc_tiep'],
      ['tan mat', 'truc_tiep'],
      ['MXH', 'mang_xa_hoi'],
      ['facebook', 'mang_xa_hoi'],
      ['nghe noi', 'nghe_lai'],
      ['nghe nguoi khac', 'nghe_lai'],
      ['bao chi', 'bao_chi'],
      ['1', 'truc_tiep'],
    ] as const)
      expect(matchTyped(asked, typed), typed).toBe(source);
  });
});
