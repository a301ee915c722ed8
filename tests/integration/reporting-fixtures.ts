import type { Db } from '../../db/client.js';
import { submitReport } from '../../core/reports/submit.js';
import type { ReportDraft } from '../../core/reports/draft.js';

/** Test helpers of the reporting feature (periods, reminders, completeness, synthesis, polls). */
export function periodicDraft(period: string, extra: Partial<ReportDraft> = {}): ReportDraft {
  return { kind: 'periodic', period, assessment: 'on_dinh', mood: 'binh_thuong', issues: [], ...extra };
}

/** Files a report through the collaborators' real domain call, at a given instant. */
export async function fileReport(db: Db, who: { id: string }, unitId: string, draft: ReportDraft, at: Date) {
  return db.transaction((tx) => submitReport(tx, draft, { personId: who.id, unitId, channel: 'sandbox' }, at));
}

/** Local Vietnamese wall-clock time → instant. */
export function vn(isoLocal: string): Date {
  return new Date(`${isoLocal}+07:00`);
}
