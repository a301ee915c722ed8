import { eq } from 'drizzle-orm';
import { units } from '../../../db/schema/index.js';
import { resolveAudienceRoot } from '../../../core/people/audience.js';
import type { Config } from '../../../core/platform/config.js';
import { ScopeError } from '../../../core/kernel/errors.js';
import { countPollAudience } from '../../../core/polls/audience.js';
import { fmtDateTime } from '../../../core/polls/results.js';
import { createPoll, effectiveFilters, type PollDraft } from '../../../core/polls/poll.js';
import { findUnitByCode } from '../../../core/people/units.js';
import { localTime, zonedInstant } from '../../../core/kernel/zoned-time.js';
import type { Closing } from './create-flow.js';
import type { EffectHandler, EffectResult, HandlerContext } from '../../engine/registry.js';

type Resolved = { ok: true; draft: PollDraft; unitName: string; path: string } | { ok: false; error: string };

function closingInstant(c: Closing | undefined, now: Date, timeZone: string): Date | null {
  if (!c) return null;
  if ('hours' in c) return new Date(now.getTime() + c.hours * 3600_000);
  const l = c.local;
  return zonedInstant({ year: l.year ?? localTime(now, timeZone).year, month: l.month, day: l.day }, l.hour, l.minute, timeZone);
}

/** The flow's draft → a PollDraft with the unit and closing time resolved; scope refusals audited. */
async function resolve(config: Pick<Config, 'TIMEZONE'>, raw: Record<string, unknown>, h: HandlerContext): Promise<Resolved> {
  const person = h.person;
  if (!person) return { ok: false, error: 'invalid' };
  const code = typeof raw.unitCode === 'string' ? raw.unitCode : null;
  const unit = code ? await findUnitByCode(h.tx, code) : null;
  if (code && !unit) return { ok: false, error: 'unknown_unit' };
  const closesAt = closingInstant(raw.closes as Closing | undefined, h.flow.now, config.TIMEZONE);
  if (!closesAt) return { ok: false, error: 'bad_closing' };
  try {
    const root = await resolveAudienceRoot(h.tx, { id: person.id, unitId: person.unitId }, unit?.id ?? person.unitId, 'poll.create');
    const filters = effectiveFilters({
      strata: (raw.strata as string[] | undefined)?.length ? (raw.strata as string[]) : undefined,
      roles: raw.roles as PollDraft['filters']['roles'],
    });
    const draft = {
      question: raw.question,
      options: raw.options,
      multi: raw.multi,
      anonymous: raw.anonymous,
      closesAt,
      unitId: root.unitId,
      filters,
    } as PollDraft;
    return { ok: true, draft, unitName: root.name, path: root.path };
  } catch (err) {
    if (err instanceof ScopeError) return { ok: false, error: 'out_of_scope' };
    throw err;
  }
}

export function pollEffects(config: Pick<Config, 'TIMEZONE' | 'QUIET_HOURS'>): Record<string, EffectHandler> {
  return {
    async 'poll.preview'(effect, h): Promise<EffectResult> {
      const r = await resolve(config, (effect.draft ?? {}) as Record<string, unknown>, h);
      if (!r.ok) return r;
      const minutes = (r.draft.closesAt.getTime() - h.flow.now.getTime()) / 60_000;
      if (minutes < 5 || minutes > 30 * 1440) return { ok: false, error: 'bad_closing' };
      const count = await countPollAudience(h.tx, r.path, r.draft.filters, h.person!.id);
      if (count === 0) return { ok: false, error: 'empty_audience' };
      return { ok: true, data: { count, unitName: r.unitName, closes: fmtDateTime(r.draft.closesAt, config.TIMEZONE) } };
    },
    async 'poll.create'(effect, h): Promise<EffectResult> {
      const r = await resolve(config, (effect.draft ?? {}) as Record<string, unknown>, h);
      if (!r.ok) return r;
      const created = await createPoll(h.tx, config, { id: h.person!.id, unitId: h.person!.unitId }, r.draft, h.flow.now);
      return created.ok ? { ok: true, data: { pollId: created.pollId, recipients: created.recipients } } : { ok: false, error: created.reason };
    },
  };
}

export async function unitPath(h: HandlerContext, unitId: string): Promise<string | null> {
  const [u] = await h.tx.select({ path: units.path }).from(units).where(eq(units.id, unitId));
  return u?.path ?? null;
}
