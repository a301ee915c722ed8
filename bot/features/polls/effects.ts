import { eq } from 'drizzle-orm';
import { formatDateTime } from '../../../core/kernel/datetime.js';
import { units } from '../../../db/schema/index.js';
import type { Config } from '../../../core/platform/config.js';
import { refuse, type Ok, type Refusal } from '../../../core/kernel/result.js';
import { chooseAudience, countOthersInAudience } from '../../../core/people/audience-choice.js';

import { createPoll, type CreateRefusal, type PollDraft } from '../../../core/polls/poll.js';
import type { PollDraftJson } from './create-flow.js';
import { closingInstant } from './create-parse.js';
import type { EffectHandlers, HandlerContext } from '../../engine/registry.js';

type PollRefusal = Refusal<CreateRefusal | 'unknown_unit'>;

declare module '../../engine/effects.js' {
  interface EffectMap {
    /** The draft resolved (unit, closing time) and its recipients counted; nothing is written. */
    'polls.preview': [{ draft: PollDraftJson }, Ok<{ count: number; unitName: string; closes: string }> | PollRefusal];
    /** Writes the poll and its send and close jobs. */
    'polls.create': [{ draft: PollDraftJson }, Ok<{ pollId: string; recipients: number }> | PollRefusal];
  }
}

type Resolved = Ok<{ draft: PollDraft; unitName: string; path: string }> | PollRefusal;

/** The flow's draft → a PollDraft with the unit and closing time resolved; scope refusals audited. */
async function resolve(config: Pick<Config, 'TIMEZONE'>, raw: PollDraftJson, h: HandlerContext): Promise<Resolved> {
  const person = h.person;
  if (!person) return refuse('invalid');
  const closesAt = closingInstant(raw.closes, h.flow.now, config.TIMEZONE);
  if (!closesAt) return refuse('bad_closing');
  const a = await chooseAudience(h.tx, person, { unitCode: raw.unitCode, strata: raw.strata, roles: raw.roles }, 'poll.create');
  if (!a.ok) return a;
  // Missing answers make an invalid draft, which createPoll refuses before writing anything.
  const draft: PollDraft = {
    question: raw.question ?? '',
    options: raw.options ?? [],
    multi: raw.multi ?? false,
    anonymous: raw.anonymous ?? false,
    closesAt,
    unitId: a.root.unitId,
    filters: a.filters,
  };
  return { ok: true, draft, unitName: a.root.name, path: a.root.path };
}

export function pollEffects(config: Pick<Config, 'TIMEZONE' | 'QUIET_HOURS'>): EffectHandlers {
  return {
    async 'polls.preview'({ draft }, h) {
      const r = await resolve(config, draft, h);
      if (!r.ok) return r;
      const minutes = (r.draft.closesAt.getTime() - h.flow.now.getTime()) / 60_000;
      if (minutes < 5 || minutes > 30 * 1440) return refuse('bad_closing');
      const count = await countOthersInAudience(h.tx, r.path, r.draft.filters, h.person!.id);
      if (count === 0) return refuse('empty_audience');
      return { ok: true, count, unitName: r.unitName, closes: formatDateTime(r.draft.closesAt, config.TIMEZONE) };
    },
    async 'polls.create'({ draft }, h) {
      const r = await resolve(config, draft, h);
      if (!r.ok) return r;
      return createPoll(h.tx, config, { id: h.person!.id, unitId: h.person!.unitId }, r.draft, h.flow.now);
    },
  };
}

export async function unitPath(h: HandlerContext, unitId: string): Promise<string | null> {
  const [u] = await h.tx.select({ path: units.path }).from(units).where(eq(units.id, unitId));
  return u?.path ?? null;
}
