import { MAX_ATTACHMENTS } from '../../../../core/media/attach.js';
import type { Nav } from '../../../engine/machine.js';
import type { FlowContext, UserInput } from '../../../engine/types.js';
import { patchDraft, type Outcome, type Question, type ReportState } from './state.js';

/** Questions answered in free text: there a caption, or a voice note ("(ghi âm)"), is the answer. */
const TEXT_STEPS = new Set([
  'title',
  'summary',
  'causes',
  'forecast',
  'proposals',
  'content',
  'report-title',
  'rumours',
  'good-practices',
  'general-proposals',
]);

/**
 * Short questions (a title) a caption answers; at the others a caption is only a draft: a fuller
 * answer is usually typed next, so the caption waits (questions.ts `textQuestion`).
 */
const SHORT_STEPS = new Set(['title', 'report-title']);

/**
 * Quick and thematic reports take photos, voice notes and files as evidence at any question: the
 * file is kept with the draft (sent with the report, downloaded by the media worker) and the
 * question stays — unless it asks for free text and the file says something: then its caption,
 * or "(ghi âm)" for a voice note, answers it. Periodic reports keep their typed answers only.
 */
export function evidenceIntercept(questions: Record<string, Question>) {
  return (s: ReportState, input: UserInput, ctx: FlowContext, nav: Nav): Outcome | null => {
    if (input.type !== 'media' || s.kind === 'periodic') return null;
    const kept = s.draft.media ?? [];
    if (kept.length >= MAX_ATTACHMENTS) return { stay: true, say: [{ text: ctx.t('reports-media-full', { max: MAX_ATTACHMENTS }) }] };
    const next = patchDraft(s, { media: [...kept, input.media] });
    const note = { text: ctx.t('reports-media-received', { n: kept.length + 1 }) };
    const words = input.caption?.trim() || (input.media.kind === 'voice' ? ctx.t('reports-voice-note') : '');
    const caption = input.caption?.trim();
    if (caption && TEXT_STEPS.has(s.step) && !SHORT_STEPS.has(s.step)) {
      // «Tiểu thương tập trung tại cổng chợ» under a photo, then the summary typed: both are kept.
      const before = s.caption?.step === s.step ? s.caption.text : '';
      const text = before && before.includes(caption) ? before : [before, caption].filter(Boolean).join('\n');
      return { state: { ...next, caption: { step: s.step, text } }, stay: true, say: [note, { text: ctx.t('reports-caption-draft', { caption: text }) }] };
    }
    const answer = words && TEXT_STEPS.has(s.step) ? questions[s.step]?.answer : undefined;
    if (answer) {
      const out = answer(next, { type: 'text', text: words }, ctx, nav);
      if (!('retry' in out)) return { ...out, say: [note, ...(out.say ?? [])] };
    }
    return { state: next, stay: true, say: [note] };
  };
}
