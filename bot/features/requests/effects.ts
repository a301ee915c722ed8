import { resolveAudienceRoot } from '../../../core/people/audience.js';
import { formatDateTime } from '../../../core/kernel/datetime.js';
import type { Config } from '../../../core/platform/config.js';
import { ScopeError } from '../../../core/kernel/errors.js';
import { refuse, type Ok, type Refusal } from '../../../core/kernel/result.js';
import { countPollAudience } from '../../../core/polls/audience.js';
import { effectiveFilters } from '../../../core/polls/poll.js';

import { findUnitTyped } from '../../../core/people/units.js';
import { audienceSectors, createReportRequest, REQUEST_LIMITS, type CreateRequestRefusal, type RequestDraft } from '../../../core/reports/requests/request.js';
import { closingInstant } from '../polls/effects.js';
import type { EffectHandlers, HandlerContext } from '../../engine/registry.js';
import type { RequestDraftJson } from './create-flow.js';

type RequestRefusal = Refusal<CreateRequestRefusal | 'unknown_unit'>;

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
  const code = raw.unitCode;
  const unit = code ? await findUnitTyped(h.tx, code) : null;
  if (code && !unit) return refuse('unknown_unit');
  const dueAt = closingInstant(raw.due, h.flow.now, config.TIMEZONE);
  if (!dueAt) return refuse('bad_due');
  try {
    const root = await resolveAudienceRoot(h.tx, { id: person.id, unitId: person.unitId }, unit?.id ?? person.unitId, 'report_request.create');
    const sectors = raw.sectors?.length ? raw.sectors : undefined;
    const filters = effectiveFilters({ sectors, strata: raw.strata.length ? raw.strata : undefined, roles: raw.roles });
    // Missing answers make an invalid draft, which createReportRequest refuses before writing.
    const draft: RequestDraft = { subject: raw.subject ?? '', topicCode: raw.topicCode ?? '', questions: raw.questions, dueAt, unitId: root.unitId, filters };
    return { ok: true, draft, unitName: root.name, path: root.path };
  } catch (err) {
    if (err instanceof ScopeError) return refuse('out_of_scope');
    throw err;
  }
}

export function requestEffects(config: Pick<Config, 'TIMEZONE' | 'QUIET_HOURS'>): EffectHandlers {
  return {
    async 'requests.sectors'(_input, h) {
      return { ok: true, sectors: h.person ? await audienceSectors(h.tx, h.person.unitId) : [] };
    },
    async 'requests.preview'({ draft }, h) {
      const r = await resolve(config, draft, h);
      if (!r.ok) return r;
      const hours = (r.draft.dueAt.getTime() - h.flow.now.getTime()) / 3600_000;
      if (hours < REQUEST_LIMITS.minHours || hours > REQUEST_LIMITS.maxDays * 24) return refuse('bad_due');
      const count = await countPollAudience(h.tx, r.path, r.draft.filters, h.person!.id);
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
