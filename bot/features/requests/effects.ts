import { formatDateTime } from '../../../core/kernel/datetime.js';
import type { Config } from '../../../core/platform/config.js';
import { refuse, type Ok, type Refusal } from '../../../core/kernel/result.js';
import { audienceFilterValues, chooseAudience, countOthersInAudience } from '../../../core/people/audience-choice.js';

import { createReportRequest, REQUEST_LIMITS, type CreateRequestRefusal, type RequestDraft } from '../../../core/reports/requests/request.js';
import { closingInstant } from '../polls/create-parse.js';
import type { EffectHandlers, HandlerContext } from '../../engine/registry.js';
import type { RequestDraftJson } from './create-flow.js';

type RequestRefusal = Refusal<CreateRequestRefusal | 'unknown_unit'>;

/** Sectors offered as buttons in the request flow. */
const REQUEST_SECTORS = 12;

declare module '../../engine/effects.js' {
  interface EffectMap {
    /** The request resolved (unit, due time) and its recipients counted; nothing is written. */
    'requests.preview': [{ draft: RequestDraftJson }, Ok<{ count: number; unitName: string; due: string }> | RequestRefusal];
    /** The sectors of the official's subtree, to limit the request to one (as the broadcast compose does). */
    'requests.sectors': [Record<string, never>, Ok<{ sectors: string[] }>];
    /** Writes the request and its send and reminder jobs. */
    'requests.create': [{ draft: RequestDraftJson }, Ok<{ requestId: string; recipients: number }> | RequestRefusal];
  }
}

type Resolved = Ok<{ draft: RequestDraft; unitName: string; path: string }> | RequestRefusal;

/** The flow's draft → a RequestDraft with unit and due time resolved; scope refusals audited. */
async function resolve(config: Pick<Config, 'TIMEZONE'>, raw: RequestDraftJson, h: HandlerContext): Promise<Resolved> {
  const person = h.person;
  if (!person) return refuse('invalid');
  const dueAt = closingInstant(raw.due, h.flow.now, config.TIMEZONE);
  if (!dueAt) return refuse('bad_due');
  const a = await chooseAudience(h.tx, person, { unitCode: raw.unitCode, sectors: raw.sectors, strata: raw.strata, roles: raw.roles }, 'report_request.create');
  if (!a.ok) return a;
  // Missing answers make an invalid draft, which createReportRequest refuses before writing.
  const draft: RequestDraft = {
    subject: raw.subject ?? '',
    topicCode: raw.topicCode ?? '',
    questions: raw.questions,
    dueAt,
    unitId: a.root.unitId,
    filters: a.filters,
  };
  return { ok: true, draft, unitName: a.root.name, path: a.root.path };
}

export function requestEffects(config: Pick<Config, 'TIMEZONE' | 'QUIET_HOURS'>): EffectHandlers {
  return {
    async 'requests.sectors'(_input, h) {
      return { ok: true, sectors: h.person ? (await audienceFilterValues(h.tx, h.person.unitId, REQUEST_SECTORS)).sectors : [] };
    },
    async 'requests.preview'({ draft }, h) {
      const r = await resolve(config, draft, h);
      if (!r.ok) return r;
      const hours = (r.draft.dueAt.getTime() - h.flow.now.getTime()) / 3600_000;
      if (hours < REQUEST_LIMITS.minHours || hours > REQUEST_LIMITS.maxDays * 24) return refuse('bad_due');
      const count = await countOthersInAudience(h.tx, r.path, r.draft.filters, h.person!.id);
      if (count === 0) return refuse('empty_audience');
      return { ok: true, count, unitName: r.unitName, due: formatDateTime(r.draft.dueAt, config.TIMEZONE) };
    },
    async 'requests.create'({ draft }, h) {
      const r = await resolve(config, draft, h);
      if (!r.ok) return r;
      return createReportRequest(h.tx, config, { id: h.person!.id, unitId: h.person!.unitId }, r.draft, h.flow.now);
    },
  };
}
