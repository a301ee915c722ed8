import { eq } from 'drizzle-orm';
import { formatDateTime } from '../../kernel/datetime.js';
import { people } from '../../../db/schema/index.js';
import { queueMessage } from '../../delivery/sends.js';
import type { Locale, Translate } from '../../kernel/i18n.js';
import { clipText } from '../../kernel/text.js';

import { asLocale } from '../reminder-messages.js';
import type { RequestEnv } from './delivery.js';
import { requestStatus, type RequestStatus } from './status.js';

/**
 * At a report request's due time (issue 13 §6) its author hears how it went: who answered and
 * who has not, unit by unit (job `report-request-due`, written with the request). Keyed in the
 * sends ledger, so a re-run sends nothing more; a request whose due time has not come (an early
 * or misplaced job) sends nothing.
 */
const MAX_TEXT = 3500;

interface UnitLine {
  unit: string;
  answered: string[];
  pending: string[];
}

function byUnit(s: RequestStatus): UnitLine[] {
  const units = new Map<string, UnitLine>();
  const line = (unit: string) => units.get(unit) ?? units.set(unit, { unit, answered: [], pending: [] }).get(unit)!;
  for (const a of s.answered) line(a.unitName).answered.push(a.name);
  for (const p of s.pending) line(p.unitName).pending.push(p.name);
  return [...units.values()].sort((a, b) => a.unit.localeCompare(b.unit, 'vi'));
}

/** The summary one author reads (pure). */
function dueSummaryText(t: Translate, locale: Locale, s: RequestStatus, timeZone: string): string {
  const lines = [t(locale, 'requests-due-head', { subject: s.subject, due: formatDateTime(s.dueAt, timeZone), answered: s.answered.length, asked: s.asked })];
  for (const u of byUnit(s)) {
    lines.push(t(locale, 'requests-due-unit', { unit: u.unit, answered: u.answered.length, asked: u.answered.length + u.pending.length }));
    if (u.answered.length) lines.push(t(locale, 'requests-list-answered', { names: u.answered.join(', ') }));
    if (u.pending.length) lines.push(t(locale, 'requests-list-pending', { names: u.pending.join(', ') }));
  }
  if (s.asked === 0) lines.push(t(locale, 'requests-due-nobody'));
  return clipText(lines.join('\n'), MAX_TEXT);
}

export async function summariseReportRequest(env: RequestEnv, requestId: string): Promise<'queued' | 'already' | 'missing' | 'not_due' | 'no_author'> {
  const s = await requestStatus(env.db, requestId);
  if (!s) return 'missing';
  if (s.dueAt > env.now()) return 'not_due';
  const [author] = await env.db.select({ id: people.id, locale: people.locale, status: people.status }).from(people).where(eq(people.id, s.authorId));
  if (!author || author.status !== 'active') return 'no_author';
  const locale = asLocale(author.locale);
  const message = {
    type: 'text' as const,
    text: dueSummaryText(env.t, locale, s, env.config.TIMEZONE),
    choices: [{ label: env.t(locale, 'requests-see-status'), data: '/yeucaubaocao_ds' }],
  };
  const q = await queueMessage(env.db, { purpose: `report-request-${requestId}-due`, personId: author.id, lane: 'bulk', message });
  return q?.created ? 'queued' : 'already';
}
