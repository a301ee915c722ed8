import { eq, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client.js';
import { surveyCampaigns } from '../../db/schema/index.js';
import { appendAudit } from '../compliance/audit.js';
import type { Official } from '../people/audience.js';
import { audienceRootInScope } from '../people/audience.js';

/**
 * The console's view of campaigns: those whose audience lies in the official's subtree, newest
 * first, with completion; and one campaign by id, only in scope (a refusal is audited by
 * audienceRootInScope, an export by `auditExport`), as the chat's /ketquakhaosat checks it.
 */
export interface CampaignListItem {
  id: string;
  number: number;
  title: string;
  status: string;
  opensAt: Date;
  closesAt: Date;
  unitName: string;
  recipients: number;
  responded: number;
  responses: number;
}

/** `kind` narrows to questionnaires or quick polls (the chat's /ketquakhaosat lists questionnaires only; the console both). */
export async function campaignsInScope(db: Executor, rootPath: string, limit = 50, kind?: 'survey' | 'poll'): Promise<CampaignListItem[]> {
  const rows = rowsOf<{
    id: string;
    number: number;
    title: string;
    status: string;
    opens_at: string;
    closes_at: string;
    unit_name: string;
    recipients: number;
    responded: number;
    responses: number;
  }>(
    await db.execute(sql`
      select c.id, c.number, s.title, c.status, c.opens_at, c.closes_at, u.name as unit_name, c.recipients,
        (select count(*)::int from survey_recipients r where r.campaign_id = c.id and r.responded_at is not null) as responded,
        (select count(*)::int from survey_responses a where a.campaign_id = c.id) as responses
      from survey_campaigns c join surveys s on s.id = c.survey_id join units u on u.id = c.unit_id
      where u.path like ${`${rootPath}%`} ${kind ? sql`and c.kind = ${kind}` : sql``}
      order by c.created_at desc limit ${limit}`),
  );
  return rows.map((r) => ({
    id: r.id,
    number: Number(r.number),
    title: r.title,
    status: r.status,
    opensAt: new Date(r.opens_at),
    closesAt: new Date(r.closes_at),
    unitName: r.unit_name,
    recipients: Number(r.recipients),
    responded: Number(r.responded),
    responses: Number(r.responses),
  }));
}

/** The campaign when it exists and its audience root is in the official's scope; else null (refusal audited). */
export async function campaignInScope(tx: Executor, official: Official, campaignId: string, action: string): Promise<{ id: string; number: number } | null> {
  const [c] = await tx
    .select({ id: surveyCampaigns.id, number: surveyCampaigns.number, unitId: surveyCampaigns.unitId })
    .from(surveyCampaigns)
    .where(eq(surveyCampaigns.id, campaignId));
  if (!c) return null;
  return (await audienceRootInScope(tx, official, c.unitId, action)) ? { id: c.id, number: c.number } : null;
}

export async function auditExport(tx: Executor, official: Official, campaignId: string, file: string): Promise<void> {
  await appendAudit(tx, {
    actorId: official.id,
    action: 'survey.export',
    targetType: 'survey_campaign',
    targetId: campaignId,
    outcome: 'ok',
    details: { file },
  });
}
