import { and, desc, eq, inArray, or } from 'drizzle-orm';
import { surveyCampaigns, surveys, type SampleSpec } from '../../../db/schema/index.js';
import type { Config } from '../../../core/platform/config.js';
import { refuse, type Ok, type Refusal } from '../../../core/kernel/result.js';
import { formatDateTime } from '../../../core/kernel/datetime.js';
import { audienceFilterValues, chooseAudience } from '../../../core/people/audience-choice.js';
import { findUnitTyped } from '../../../core/people/units.js';
import type { AudienceFilters } from '../../../core/people/audience.js';
import { audienceMembers, createCampaign, type CampaignRefusal } from '../../../core/surveys/campaigns.js';
import { drawSample } from '../../../core/surveys/sample.js';
import { latestQuestionnaires } from '../../../core/surveys/store.js';
import type { EffectHandlers, HandlerContext } from '../../engine/registry.js';
import { closingInstant } from '../polls/create-parse.js';
import type { LocalClosing } from '../polls/create-parse.js';

/** The campaign a /taokhaosat draft describes, as JSON; resolved against the database by the effects. */
/** Who of the subtree: collaborators (the default), officials, or both. */
export type CampaignRole = 'collaborator' | 'official' | 'everyone';

export interface CampaignDraftJson {
  surveyId?: string;
  unitCode: string | null;
  /** Roles (collaborators when unset), one sector, one stratum. */
  filters?: AudienceFilters;
  sample?: SampleSpec;
  interviews?: boolean;
  hours?: number;
  /** A closing typed as a date («20/12», «17:00 20/12»): wins over `hours`; the zone and year applied here. */
  until?: LocalClosing;
  baselineId?: string | null;
}

export interface SurveyChoice {
  id: string;
  code: string;
  title: string;
  version: number;
  /** The latest earlier campaign of this code (or of the code it compares with). */
  baseline: { id: string; number: number } | null;
}

type PreviewRefusal = Refusal<CampaignRefusal | 'unknown_unit'>;

declare module '../../engine/effects.js' {
  interface EffectMap {
    /** The questionnaires an official can send (latest versions), each with its possible baseline. */
    'surveys.options': [Record<string, never>, Ok<{ list: SurveyChoice[]; sectors: string[]; strata: string[] }>];
    /** Audience and sample counted; nothing is written. */
    'surveys.preview': [{ draft: CampaignDraftJson }, Ok<{ audience: number; sampled: number; unitName: string; closes: string }> | PreviewRefusal];
    'surveys.create': [{ draft: CampaignDraftJson }, Ok<{ number: number; sampled: number }> | PreviewRefusal];
  }
}

function times(draft: CampaignDraftJson, now: Date, timeZone: string) {
  const closesAt = draft.until ? closingInstant({ local: draft.until }, now, timeZone) : new Date(now.getTime() + (draft.hours ?? 0) * 3600_000);
  if (!closesAt || closesAt.getTime() <= now.getTime()) return null;
  // One reminder half-way, to those who have not answered.
  const remindAt = new Date((now.getTime() + closesAt.getTime()) / 2);
  return { opensAt: now, closesAt, remindAt };
}

async function resolveUnit(h: HandlerContext, code: string | null) {
  const unit = code ? await findUnitTyped(h.tx, code) : null;
  if (code && !unit) return null;
  return unit?.id ?? h.person!.unitId;
}

export function campaignEffects(config: Pick<Config, 'TIMEZONE' | 'QUIET_HOURS'>): EffectHandlers {
  return {
    async 'surveys.options'(_input, h) {
      const latest = await latestQuestionnaires(h.tx);
      const list: SurveyChoice[] = [];
      for (const s of latest) {
        const compareWith = (await h.tx.select({ d: surveys.definition }).from(surveys).where(eq(surveys.id, s.id)))[0]?.d.compareWith;
        const codes = compareWith ? [s.code, compareWith] : [s.code];
        const [b] = await h.tx
          .select({ id: surveyCampaigns.id, number: surveyCampaigns.number })
          .from(surveyCampaigns)
          .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
          .where(and(inArray(surveys.code, codes), or(eq(surveyCampaigns.status, 'closed'), eq(surveyCampaigns.status, 'open'))))
          .orderBy(desc(surveyCampaigns.createdAt))
          .limit(1);
        list.push({ ...s, baseline: b ?? null });
      }
      return { ok: true, list, ...(await audienceFilterValues(h.tx, h.person!.unitId)) };
    },
    async 'surveys.preview'({ draft }, h) {
      const a = await chooseAudience(h.tx, h.person!, { unitCode: draft.unitCode, ...draft.filters }, 'survey.campaign');
      if (!a.ok) return a;
      const members = await audienceMembers(h.tx, a.root.path, a.filters, h.person!.id);
      const sampled = drawSample(members, draft.sample ?? { kind: 'all' }, 'preview').length;
      if (sampled === 0) return refuse('empty_audience');
      const at = times(draft, h.flow.now, config.TIMEZONE);
      if (!at) return refuse('bad_times');
      return { ok: true, audience: members.length, sampled, unitName: a.root.name, closes: formatDateTime(at.closesAt, config.TIMEZONE) };
    },
    async 'surveys.create'({ draft }, h) {
      const unitId = await resolveUnit(h, draft.unitCode);
      if (!unitId) return refuse('unknown_unit');
      const at = times(draft, h.flow.now, config.TIMEZONE);
      if (!at) return refuse('bad_times');
      const r = await createCampaign(
        h.tx,
        config,
        { id: h.person!.id, unitId: h.person!.unitId },
        {
          surveyId: draft.surveyId,
          unitId,
          filters: draft.filters ?? {},
          sample: draft.sample,
          interviews: draft.interviews ?? false,
          baselineId: draft.baselineId ?? null,
          ...at,
        },
        h.flow.now,
      );
      return r.ok ? { ok: true, number: r.number, sampled: r.sampled } : r;
    },
  };
}
