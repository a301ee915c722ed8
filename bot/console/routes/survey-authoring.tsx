import type { Context, Hono } from 'hono';
import { localTime, zonedInstant } from '../../../core/kernel/zoned-time.js';
import { sectorLabel, stratumLabel } from '../../../core/people/labels.js';
import type { AudienceFilters } from '../../../core/people/audience.js';
import { surveys, type SampleSpec } from '../../../db/schema/index.js';
import { createCampaign } from '../../../core/surveys/campaigns.js';
import { isUuid } from '../../../core/kernel/uuid.js';
import { recentCampaignTwin } from '../../../core/surveys/recent-twin.js';
import { audienceFilterValues } from '../../../core/people/audience-choice.js';
import { RESPONDENT_GROUPS } from '../../../core/surveys/groups.js';
import { issueLines } from '../../../core/surveys/issues-text.js';
import { loadQuestionnaire } from '../../../core/surveys/load.js';
import { importQuestionnaire, latestQuestionnaires } from '../../../core/surveys/store.js';
import { questionnaireSource } from '../../../core/surveys/source.js';
import { eq } from 'drizzle-orm';
import type { ConsoleDeps } from '../deps.js';
import { pageCtx } from '../page-context.js';
import { SurveyAuthoringPage, type AuthoringForm, type AuthoringStep } from '../pages/survey-authoring.js';
import type { ConsoleEnv } from '../security.js';
import { subtreeUnits } from './common.js';

/** A questionnaire file is small text: 80 questions of 600 characters fit in well under this. */
const MAX_DEFINITION = 256 * 1024;
const ROLES: Record<string, AudienceFilters['roles']> = { collaborator: undefined, official: ['official'], everyone: ['collaborator', 'official'] };
const WEEK = 7 * 86_400_000;
const NOW_SLACK = 15 * 60_000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * GET/POST /console/surveys/new — a questionnaire pasted or uploaded is checked by the validator
 * the file import uses (problems line by line), shown question by question, then sent as a
 * campaign by the same createCampaign as /taokhaosat (scope, sample, jobs, audit). The text
 * travels with the form until the campaign is created: nothing is stored by a check.
 */
export function surveyAuthoringRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const page = (c: Context<ConsoleEnv>, s: AuthoringStep, status: 200 | 403 | 413 | 422 = 200) =>
    c.html(<SurveyAuthoringPage ctx={pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE)} s={s} />, status);

  // The questionnaires already stored are offered first; one picked fills the text, to check (and change) before sending.
  app.get('/surveys/new', async (c) => {
    const stored = await latestQuestionnaires(deps.db);
    const from = stored.find((q) => q.id === c.req.query('survey'));
    if (!from) return page(c, { step: 'paste', text: '', issues: [], stored });
    const [row] = await deps.db.select({ definition: surveys.definition }).from(surveys).where(eq(surveys.id, from.id));
    return page(c, { step: 'paste', text: row ? questionnaireSource(row.definition) : '', issues: [], stored, from });
  });

  app.post('/surveys/new', async (c) => {
    const body = await c.req.parseBody();
    const field = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
    const file = body.file instanceof File && body.file.size > 0 ? body.file : null;
    if ((file?.size ?? 0) > MAX_DEFINITION || field('definition').length > MAX_DEFINITION)
      return page(c, { step: 'paste', text: '', issues: [deps.t(c.get('lang'), 'con-sva-too-big')] }, 413);
    const text = file ? await file.text() : field('definition');
    const loaded = loadQuestionnaire(text);
    if (!loaded.ok) return page(c, { step: 'paste', text, issues: issueLines(deps.t, c.get('lang'), loaded.issues) }, 422);
    const values = Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'));
    const form = await campaignForm(c, deps, values);
    const preview = (error: string | null, status: 200 | 403 | 422 = 200) => page(c, { step: 'preview', text, q: loaded.questionnaire, form, error }, status);
    if (field('step') !== 'create') return preview(null);

    const user = c.get('user');
    const draft = campaignDraft(values, deps.config.TIMEZONE, deps.now());
    if (!draft) return preview(deps.t(c.get('lang'), 'con-sva-x-form'), 422);
    // Stored as /taokhaosat would find it (a new version only when the text changed), then sent;
    // a refusal keeps its audit entry, and the stored questionnaire is one the chat can send.
    const r = await deps.db.transaction(async (tx) => {
      const survey = await importQuestionnaire(tx, loaded.questionnaire);
      const twin = await recentCampaignTwin(
        tx,
        user.id,
        { surveyId: survey.id, unitId: draft.unitId && isUuid(draft.unitId) ? draft.unitId : user.unitId, closesAt: draft.closesAt },
        deps.now(),
      );
      if (twin) return { ok: true as const, campaignId: twin };
      return createCampaign(tx, deps.config, { id: user.id, unitId: user.unitId }, { ...draft, surveyId: survey.id }, deps.now());
    });
    if (!r.ok) return preview(deps.t(c.get('lang'), `surveys-campaign-err-${r.code}`), r.code === 'out_of_scope' ? 403 : 422);
    return c.redirect(`/console/surveys/${r.campaignId}`, 303);
  });
}

async function campaignForm(c: Context<ConsoleEnv>, deps: ConsoleDeps, values: Record<string, string>): Promise<AuthoringForm> {
  const user = c.get('user');
  const t = (k: string) => deps.t(c.get('lang'), k);
  const [units, known] = await Promise.all([subtreeUnits(deps.db, user.unitPath), audienceFilterValues(deps.db, user.unitId)]);
  const now = deps.now();
  const groups = known.strata.length ? known.strata : [...RESPONDENT_GROUPS];
  return {
    units,
    sectors: known.sectors.map((v) => ({ value: v, label: sectorLabel(t, v) })),
    strata: groups.map((v) => ({ value: v, label: stratumLabel(t, v) })),
    values: {
      opens: localInput(now, deps.config.TIMEZONE),
      closes: localInput(new Date(now.getTime() + WEEK), deps.config.TIMEZONE),
      interviews: values.step ? '' : '1',
      ...values,
    },
  };
}

/** The form's fields as createCampaign's draft (without the survey); null when a field cannot be read. */
function campaignDraft(v: Record<string, string>, timeZone: string, now: Date) {
  const typed = fromLocalInput(v.opens ?? '', timeZone);
  // The form offers "now" to the minute; sent a few minutes later it means "now", not a time past.
  const opensAt = typed && typed < now && now.getTime() - typed.getTime() < NOW_SLACK ? now : typed;
  const closesAt = fromLocalInput(v.closes ?? '', timeZone);
  if (!opensAt || !closesAt || !(v.roles! in ROLES)) return null;
  const sample = sampleOf(v);
  if (!sample) return null;
  const filters: AudienceFilters = {};
  if (ROLES[v.roles!]) filters.roles = ROLES[v.roles!];
  if (v.sector) filters.sectors = [v.sector];
  if (v.stratum) filters.strata = [v.stratum];
  // One reminder half-way, to those who have not answered (as /taokhaosat).
  const remindAt = new Date((Math.max(opensAt.getTime(), now.getTime()) + closesAt.getTime()) / 2);
  return { unitId: v.unit, filters, sample, interviews: v.interviews === '1', opensAt, closesAt, remindAt: remindAt > opensAt ? remindAt : null };
}

function sampleOf(v: Record<string, string>): SampleSpec | null {
  if (v.sample === 'all' || !v.sample) return { kind: 'all' };
  if (v.sample === 'per_unit') {
    const n = Number(v.per_unit);
    return Number.isInteger(n) && n >= 1 ? { kind: 'per_unit', n } : null;
  }
  const quotas: Record<string, number> = {};
  for (const [k, raw] of Object.entries(v)) {
    if (!k.startsWith('quota_') || raw.trim() === '') continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) return null;
    if (n > 0) quotas[k.slice('quota_'.length)] = n;
  }
  return v.sample === 'quota' && Object.keys(quotas).length ? { kind: 'quota', quotas } : null;
}

/** "2026-12-07T09:30" on the province's clock → the instant. */
function fromLocalInput(s: string, timeZone: string): Date | null {
  const m = LOCAL.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as number[];
  return zonedInstant({ year: y!, month: mo!, day: d! }, h!, mi!, timeZone);
}

function localInput(d: Date, timeZone: string): string {
  const l = localTime(d, timeZone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${l.year}-${p(l.month)}-${p(l.day)}T${p(l.hour)}:${p(l.minute)}`;
}
