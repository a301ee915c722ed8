import type { Context, Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { surveyCampaigns, surveys } from '../../../db/schema/index.js';
import { auditExport, campaignInScope, campaignsInScope } from '../../../core/surveys/console-access.js';
import { answersTable, exportFile, talliesTable } from '../../../core/surveys/export.js';
import { surveyReport } from '../../../core/surveys/report.js';
import { campaignResults, loadResponses } from '../../../core/surveys/results.js';
import type { ConsoleDeps } from '../deps.js';
import { pageCtx } from '../page-context.js';
import { SurveyCompletion, SurveyPage, SurveysPage } from '../pages/surveys.js';
import type { ConsoleEnv } from '../security.js';

const ID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const FILES = {
  'answers.csv': { type: 'text/csv; charset=utf-8' },
  'answers.xlsx': { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  'tallies.xlsx': { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  'report.docx': { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
} as const;
type FileName = keyof typeof FILES;

/**
 * Khảo sát: the campaigns of the official's subtree; one campaign's completion per unit (refreshed
 * by htmx while it is open), its results as the chat shows them, before/after when linked, and
 * the exports (anonymous answers CSV/XLSX, tallies XLSX, results report DOCX). Same scope as
 * /ketquakhaosat: a campaign whose audience is outside the subtree is 404 and audited.
 */
export function surveyRoutes(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const { db } = deps;
  const ctxOf = (c: Context<ConsoleEnv>) => pageCtx(c, deps.t, deps.assets, deps.config.TIMEZONE);
  const notFound = (c: Context<ConsoleEnv>) => c.html(<p>{deps.t(c.get('lang'), 'con-x-not_found')}</p>, 404);

  app.get('/surveys', async (c) => c.html(<SurveysPage ctx={ctxOf(c)} campaigns={await campaignsInScope(db, c.get('user').unitPath)} />));

  async function results(c: Context<ConsoleEnv>) {
    return db.transaction(async (tx) => {
      const found = await campaignInScope(tx, c.get('user'), c.req.param('id')!, 'survey.view');
      if (!found) return null;
      const r = (await campaignResults(tx, found.id))!;
      const [row] = await tx.select({ baselineId: surveyCampaigns.baselineId }).from(surveyCampaigns).where(eq(surveyCampaigns.id, found.id));
      const baseline = row?.baselineId ? await campaignResults(tx, row.baselineId) : null;
      return { r, baseline };
    });
  }

  app.get(`/surveys/:id{${ID}}`, async (c) => {
    const out = await results(c);
    return out ? c.html(<SurveyPage ctx={ctxOf(c)} r={out.r} baseline={out.baseline} />) : notFound(c);
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
