import { eq } from 'drizzle-orm';
import { units } from '../../../db/schema/index.js';
import { appendAudit } from '../../../core/compliance/audit.js';
import { campaignByNumber, type CampaignRow } from '../../../core/surveys/campaigns.js';
import { shareBack } from '../../../core/surveys/share-back.js';
import { campaignResults } from '../../../core/surveys/results.js';
import { changeText, resultsText } from '../../../core/surveys/results-text.js';
import type { Role } from '../../../core/people/people.js';
import type { Reply } from '../../engine/types.js';
import type { Feature, HandlerContext } from '../../engine/registry.js';
import type { FeatureDeps } from '../deps.js';
import { interviewFlow, surveyFlow } from './answer-flow.js';
import { campaignFlow } from './campaign-flow.js';
import { surveyEffects } from './effects.js';
import { campaignList } from './results-list.js';

const OFFICIALS: Role[] = ['official', 'admin'];

/**
 * Questionnaires in chat: a recipient answers (/khaosat [n]), a collaborator records an interview
 * (/phongvan [n]), an official sends a stored questionnaire (/taokhaosat) and reads results
 * (/ketquakhaosat n, with the change against the baseline); the author shares the summary back
 * to the respondents with the button of the final results (`svs:<n>`).
 */
export function createSurveysFeature(deps: Pick<FeatureDeps, 'config' | 'i18n'>): Feature {
  return {
    name: 'surveys',
    helpSection: 'polls',
    flows: [surveyFlow, interviewFlow, campaignFlow],
    commands: [
      { names: ['khaosat', 'survey'], flow: surveyFlow.name, helpKey: 'surveys-help-answer' },
      { names: ['phongvan', 'interview'], flow: interviewFlow.name, roles: ['collaborator', ...OFFICIALS], helpKey: 'surveys-help-interview' },
      { names: ['taokhaosat', 'newsurvey'], flow: campaignFlow.name, roles: OFFICIALS, helpKey: 'surveys-help-create' },
      {
        names: ['ketquakhaosat', 'surveyresults'],
        roles: OFFICIALS,
        run: (args, h) => results(h, Number.parseInt(args, 10), deps.config.TIMEZONE),
        helpKey: 'surveys-help-results',
      },
    ],
    actions: [{ prefix: 'svs', run: (rest, h) => share(h, deps, Number.parseInt(rest, 10)) }],
    effects: surveyEffects(deps.config),
  };
}

/** The author, or an official whose unit contains the campaign's unit. */
async function mayRead(h: HandlerContext, c: CampaignRow): Promise<boolean> {
  if (!h.person) return false;
  if (c.authorId === h.person.id) return true;
  if (h.person.role === 'collaborator') return false;
  const [own] = await h.tx.select({ path: units.path }).from(units).where(eq(units.id, h.person.unitId));
  const [target] = await h.tx.select({ path: units.path }).from(units).where(eq(units.id, c.unitId));
  return !!own && !!target && target.path.startsWith(own.path);
}

async function refused(h: HandlerContext, action: string, id: string): Promise<Reply[]> {
  await appendAudit(h.tx, {
    actorId: h.person!.id,
    action,
    targetType: 'survey_campaign',
    targetId: id,
    outcome: 'refused',
    details: { reason: 'out_of_scope' },
  });
  return [{ text: h.flow.t('surveys-x-not_allowed') }];
}

async function results(h: HandlerContext, n: number, timeZone: string): Promise<Reply[]> {
  const t = h.flow.t;
  if (!Number.isInteger(n)) return campaignList(h, timeZone);
  const c = await campaignByNumber(h.tx, n);
  if (!c) return [{ text: t('surveys-x-not_found') }, ...(await campaignList(h, timeZone))];
  if (!(await mayRead(h, c))) return refused(h, 'survey.results', c.id);
  await appendAudit(h.tx, { actorId: h.person!.id, action: 'survey.results', targetType: 'survey_campaign', targetId: c.id, outcome: 'ok' });
  const tr = (_l: unknown, k: string, a?: Record<string, string | number>) => t(k, a);
  const r = (await campaignResults(h.tx, c.id))!;
  const out: Reply[] = [{ text: resultsText(tr, h.flow.locale, r, { final: c.status === 'closed' }) }];
  if (c.baselineId) {
    const before = await campaignResults(h.tx, c.baselineId);
    if (before) out.push({ text: changeText(tr, h.flow.locale, before, r) });
  }
  if (c.status === 'closed' && c.authorId === h.person!.id && !c.sharedAt)
    out.at(-1)!.choices = [{ label: t('surveys-share-button'), value: `svs:${c.number}` }];
  return out;
}

async function share(h: HandlerContext, deps: Pick<FeatureDeps, 'config' | 'i18n'>, n: number): Promise<Reply[]> {
  const t = h.flow.t;
  const c = Number.isInteger(n) ? await campaignByNumber(h.tx, n) : undefined;
  if (!c || !h.person) return [{ text: t('surveys-x-not_found') }];
  const r = await shareBack(h.tx, { t: deps.i18n.t, config: deps.config }, h.person.id, c.id, h.flow.now);
  if (r.ok) return [{ text: t('surveys-shared', { count: r.sent }) }];
  return [{ text: t(SHARE_REFUSAL[r.code]) }];
}

const SHARE_REFUSAL = {
  not_found: 'surveys-x-not_found',
  not_author: 'surveys-x-not_allowed',
  already_shared: 'surveys-shared-already',
  not_closed: 'surveys-x-not_closed',
} as const;
