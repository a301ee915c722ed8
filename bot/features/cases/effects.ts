import { answerCase, caseById, forwardCase, prepareForward, type Answer, type AnswerResult, type PrepareResult } from '../../../core/cases/cases.js';
import { notifyAnswer, notifyForwarded, tellReporter, type CaseEnv } from '../../../core/cases/notify.js';
import { refuse, type Ok, type Refusal } from '../../../core/kernel/result.js';
import { receiveOnForward, type ReviewEnv } from '../../../core/reports/review.js';
import type { EffectHandlers, HandlerContext } from '../../engine/registry.js';

interface ForwardDraft {
  sourceRef: string;
  issueId: string | null;
  bodyUnitId: string;
  /** Days from now; the due time is the end of that working day's hour as now. */
  days: number;
  note: string | null;
  tellReporter: boolean;
}

type ForwardOutcome =
  Ok<{ receiptNo: string; bodyName: string; liaisons: number }> | Refusal<'not_official' | 'not_found' | 'out_of_scope' | 'bad_body' | 'bad_due'>;
type AnswerOutcome = Ok<{ receiptNo: string; changed: boolean }> | Refusal<Exclude<AnswerResult, { ok: true }>['code'] | 'not_registered'>;

declare module '../../engine/effects.js' {
  interface EffectMap {
    /** The source's issues and the bodies the official may forward to (nothing written but a refused attempt's audit entry). */
    'cases.prepare': [{ ref: string }, Prepared];
    /** Creates the case, notifies the body's liaisons (and the reporter when chosen), sets the due-date timers. */
    'cases.forward': [{ draft: ForwardDraft }, ForwardOutcome];
    /** A liaison's answer: recorded, the forwarding official told, the reporter told if the case says so. */
    'cases.answer': [{ caseId: string; answer: Answer; text: string | null }, AnswerOutcome];
  }
}

/** The province's zone comes with what the flow offers: the preview names the day the deadline falls on. */
type Prepared = Exclude<PrepareResult, { ok: true }> | (Extract<PrepareResult, { ok: true }> & { timeZone: string });

const actor = (h: HandlerContext) => ({ id: h.person!.id, unitId: h.person!.unitId, role: h.person!.role });

export function caseEffects(env: CaseEnv, review: ReviewEnv): EffectHandlers {
  return {
    async 'cases.prepare'({ ref }, h) {
      if (!h.person) return refuse('not_official');
      const r = await prepareForward(h.tx, actor(h), ref);
      return r.ok ? { ...r, timeZone: env.timeZone } : r;
    },
    async 'cases.forward'({ draft }, h) {
      if (!h.person) return refuse('not_official');
      const now = h.flow.now;
      const dueAt = new Date(now.getTime() + draft.days * 86_400_000);
      const r = await forwardCase(h.tx, actor(h), { ...draft, dueAt }, now);
      if (!r.ok) return r;
      const c = (await caseById(h.tx, r.caseId))!;
      if (c.sourceType === 'report') await receiveOnForward(h.tx, review, actor(h), c.sourceId, now);
      const prep = await prepareForward(h.tx, actor(h), draft.sourceRef);
      const liaisons = await notifyForwarded(h.tx, env, c, prep.ok ? prep.receiptNo : '');
      if (c.tellReporter) await tellReporter(h.tx, env, c, 0, 'forwarded', null);
      return { ok: true, receiptNo: r.receiptNo, bodyName: r.bodyName, liaisons };
    },
    async 'cases.answer'({ caseId, answer, text }, h) {
      if (!h.person) return refuse('not_registered');
      const r = await answerCase(h.tx, actor(h), caseId, answer, text, h.flow.now);
      if (!r.ok) return refuse(r.code);
      if (r.changed) {
        await notifyAnswer(h.tx, env, r.case, r.eventId, answer, h.person.displayName, text);
        if (r.case.tellReporter) await tellReporter(h.tx, env, r.case, r.eventId, answer, text);
      }
      return { ok: true, receiptNo: r.case.receiptNo, changed: r.changed };
    },
  };
}
