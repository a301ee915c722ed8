import type { Context, Hono } from 'hono';
import { notFound as notFoundPage } from './not-found.js';
import { eq } from 'drizzle-orm';
import { surveyCampaigns, surveys } from '../../../db/schema/index.js';
import { auditExport, campaignInScope, campaignsInScope } from '../../../core/surveys/console-access.js';
import { answersTable, exportFile, talliesTable } from '../../../core/surveys/export.js';
import { surveyReport } from '../../../core/surveys/report.js';
import { shareBack } from '../../../core/surveys/share-back.js';
import { campaignResults, loadResponses } from '../../../core/surveys/results.js';
import type { ConsoleDeps } from '../deps.js';
import { pageCtx } from '../page-context.js';
import { SurveyCompletion, SurveyPage, SurveysPage, type ShareState } from '../pages/surveys.js';
import type { ConsoleEnv } from '../security.js';
import { UUID_PATTERN } from '../../../core/kernel/uuid.js';

const ID = UUID_PATTERN;
const FILES = {
  'answers.csv': { type: 'text/csv; charset=utf-8' },
  'answers.xlsx': { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  'tallies.xlsx': { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  'report.docx': { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
} as const;
type FileName = keyof typeof FILES;
const SHARE_REFUSAL = {
  not_found: 'con-x-not_found',
  not_author: 'con-sv-share-not-author',
  already_shared: 'surveys-shared-already',
  not_closed: 'surveys-x-not_closed',
} as const;

/**
 * Khảo sát: the campaigns of the official's subtree; one campaign's completion per unit (refreshed
 * by htmx while it is open), its results as the chat shows them, before/after when linked, and
 * the exports (anonymous answers CSV/XLSX, tallies XLSX, results report DOCX). Same scope as
 * /ketquakhaosat: a campaign whose audience is outside the subtree is 404 and audited.
 */
export function surveyRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const { db } = deps;
  const ctxOf = (c: Context<ConsoleEnv>) => pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE);
  const notFound = (c: Context<ConsoleEnv>) => notFoundPage(c, deps);

  app.get('/surveys', async (c) => c.html(<SurveysPage ctx={ctxOf(c)} campaigns={await campaignsInScope(db, c.get('user').unitPath)} />));

  async function results(c: Context<ConsoleEnv>) {
    return db.transaction(async (tx) => {
      const found = await campaignInScope(tx, c.get('user'), c.req.param('id')!, 'survey.view');
      if (!found) return null;
      const r = (await campaignResults(tx, found.id))!;
      const [row] = await tx
        .select({ baselineId: surveyCampaigns.baselineId, authorId: surveyCampaigns.authorId, sharedAt: surveyCampaigns.sharedAt })
        .from(surveyCampaigns)
        .where(eq(surveyCampaigns.id, found.id));
      const baseline = row?.baselineId ? await campaignResults(tx, row.baselineId) : null;
      const share: ShareState = row?.sharedAt ? { sharedAt: row.sharedAt } : r.status === 'closed' && row?.authorId === c.get('user').id ? 'can' : null;
      return { r, baseline, share };
    });
  }

  app.get(`/surveys/:id{${ID}}`, async (c) => {
    const out = await results(c);
    return out ? c.html(<SurveyPage ctx={ctxOf(c)} r={out.r} baseline={out.baseline} share={out.share} />) : notFound(c);
  });

  // The chat's «share back» button (core/surveys/share-back.ts holds the rule: author, closed, once).
  app.post(`/surveys/:id{${ID}}/share`, async (c) => {
    const user = c.get('user');
    const out = await db.transaction(async (tx) => {
      const found = await campaignInScope(tx, user, c.req.param('id')!, 'survey.share');
      return found ? shareBack(tx, { t: deps.t, config: deps.config }, user.id, found.id, deps.now()) : null;
    });
    if (!out) return notFound(c);
    const t = (key: string, args?: Record<string, string | number>) => deps.t(c.get('lang'), key, args);
    const message = out.ok ? { ok: true, text: t('surveys-shared', { count: out.sent }) } : { ok: false, text: t(SHARE_REFUSAL[out.code]) };
    const again = await results(c);
    if (!again) return notFound(c);
    const status = out.ok ? 200 : out.code === 'not_author' ? 403 : 409;
    return c.html(<SurveyPage ctx={ctxOf(c)} r={again.r} baseline={again.baseline} share={again.share} message={message} />, status);
  });

  app.get(`/surveys/:id{${ID}}/completion`, async (c) => {
    const out = await results(c);
    return out ? c.html(<SurveyCompletion ctx={ctxOf(c)} r={out.r} />) : notFound(c);
  });

  app.get(`/surveys/:id{${ID}}/:file{answers\\.csv|answers\\.xlsx|tallies\\.xlsx|report\\.docx}`, async (c) => {
    const file = c.req.param('file') as FileName;
    const user = c.get('user');
    const out = await db.transaction(async (tx) => {
      const found = await campaignInScope(tx, user, c.req.param('id')!, 'survey.export');
      if (!found) return null;
      await auditExport(tx, user, found.id, file);
      if (file === 'report.docx') {
        const report = (await surveyReport(tx, deps.config, deps.t, c.get('lang'), found.id, deps.now()))!;
        return { bytes: report.docx, name: report.fileName };
      }
      const responses = await loadResponses(tx, found.id);
      const r = (await campaignResults(tx, found.id, responses))!;
      const name = `khao-sat-${found.number}-${file}`;
      if (file === 'tallies.xlsx') return { bytes: exportFile('xlsx', 'tallies', talliesTable(r)), name };
      const [s] = await tx
        .select({ definition: surveys.definition })
        .from(surveyCampaigns)
        .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
        .where(eq(surveyCampaigns.id, found.id));
      return { bytes: exportFile(file === 'answers.csv' ? 'csv' : 'xlsx', 'answers', answersTable(s!.definition, responses, r.units)), name };
    });
    if (!out) return notFound(c);
    return c.body(new Uint8Array(out.bytes), 200, { 'content-type': FILES[file].type, 'content-disposition': `attachment; filename="${out.name}"` });
  });
}
