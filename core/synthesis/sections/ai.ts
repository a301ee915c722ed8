import type { Block } from '../document.js';
import type { AiSection } from '../llm-types.js';
import { sourceNote, type WriteContext } from '../prose.js';

/**
 * The AI-assisted paragraphs of a section, one per generated sentence, each marked for review
 * (a DOCX comment, a Markdown marker) and footnoted with the receipts it drew on; null when the
 * section has no usable AI text (the caller writes the deterministic text instead).
 */
export function aiBlocks(ctx: WriteContext, section: AiSection): Block[] | null {
  const sentences = ctx.ai?.[section];
  if (!sentences?.length) return null;
  const byReceipt = new Map(ctx.model.reports.map((r) => [r.receiptNo, { receipt: r.receiptNo, kind: r.kind, unitName: r.unitName }]));
  return sentences.map((s) => {
    const sources = s.refs.map((r) => byReceipt.get(r)).filter((x) => !!x);
    const review = ctx.t('syn-ai-review', { refs: s.refs.join(', ') || ctx.t('syn-ai-no-refs') });
    const note = sourceNote(ctx, sources);
    return { kind: 'para', runs: [{ text: s.text, review }], ...(note ? { note } : {}) };
  });
}
